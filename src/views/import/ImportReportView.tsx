/** What an import matched, approximated and could not match: nothing is dropped silently. */
import type { RunOutcome } from './runImport';
import { formatProblem } from '../../data/problem';
import { IMPORT_FORMAT_LABELS } from '../../data/importers/labels';
import { countOf } from '../../model/format';

const MAX_ITEMS = 15;

export function ImportReportView({ outcome }: { outcome: Extract<RunOutcome, { ok: true }> }) {
  return (
    <div className="import-report">
      {outcome.files.map(({ name, format, report }) => {
        const nonStates = report.actors.filter((a) => a.kind !== 'state');
        return (
          <section key={name} aria-label={`Report for ${name}`}>
            <h3>
              {name}{' '}
              <span className="meta">
                ({IMPORT_FORMAT_LABELS[format]}, {report.encoding})
              </span>
            </h3>
            <p>
              {countOf(report.rows, 'row')} read, {countOf(report.records, 'record')}.
            </p>
            {report.unmatched.length > 0 ? (
              <>
                <h4>Names not matched ({report.unmatched.length}), kept as their own nodes</h4>
                <ul>
                  {report.unmatched.slice(0, MAX_ITEMS).map((u) => (
                    <li key={u.name}>
                      “{u.name}” → {u.id} ({u.count} record{u.count === 1 ? '' : 's'})
                    </li>
                  ))}
                </ul>
                {report.unmatched.length > MAX_ITEMS && (
                  <p>…and {report.unmatched.length - MAX_ITEMS} more.</p>
                )}
              </>
            ) : (
              <p>
                Every name was matched to a state, or recognised as a non-state actor, an
                organisation or an unknown party.
              </p>
            )}
            {nonStates.length > 0 && (
              <details>
                <summary>
                  {nonStates.length} non-state actors, organisations and unknown parties kept as
                  their own nodes
                </summary>
                <ul>
                  {nonStates.map((a) => (
                    <li key={a.id}>
                      {a.name} → {a.id} ({a.kind}, {a.count})
                    </li>
                  ))}
                </ul>
              </details>
            )}
            {report.approximations.length > 0 && (
              <>
                <h4>Approximations</h4>
                <ul>
                  {report.approximations.map((a) => (
                    <li key={a}>{a}</li>
                  ))}
                </ul>
              </>
            )}
            {report.warnings.length > 0 && (
              <details>
                <summary>{report.warnings.length} warnings</summary>
                <ul>
                  {report.warnings.slice(0, 50).map((w, i) => (
                    <li key={i}>{w}</li>
                  ))}
                </ul>
              </details>
            )}
          </section>
        );
      })}
      {outcome.notes.length > 0 && (
        <ul>
          {outcome.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
      {outcome.problems.length > 0 && (
        <details>
          <summary>{outcome.problems.length} checks flagged (kept unless marked as errors)</summary>
          <ul>
            {outcome.problems.slice(0, 30).map((p, i) => (
              <li key={i}>{formatProblem(p)}</li>
            ))}
          </ul>
          {outcome.problems.length > 30 && <p>…and {outcome.problems.length - 30} more.</p>}
        </details>
      )}
    </div>
  );
}
