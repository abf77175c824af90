/**
 * "Import data": choose or drop SIPRI, ATOP or Entente files. Each is recognised from its head
 * (the importer registry) before anything is read in full, which sets the default choice of what
 * the import replaces and what it keeps; the files are then parsed in a web worker with a progress
 * bar; the report says what was matched and what was not; a file that fails leaves the current
 * dataset untouched and says where (file, line, column).
 */
import { useEffect, useRef, useState } from 'react';
import type { Inspection } from '../../data/importers';
import {
  COMBINE_MODES,
  COMBINE_MODE_LABELS,
  defaultCombineMode,
  type CombineMode,
  type RecordKind,
} from '../../model/combine';
import type { ModelData } from '../../model/dataset';
import { countOf, formatCount } from '../../model/format';
import { newDatasetId } from '../../data/storage';
import { DEFAULT_DATASET } from '../../url';
import { useAppStore } from '../../state/store';
import { switchToDataset } from './applyImport';
import { ImportReportView } from './ImportReportView';
import { runImport, type RunOutcome } from './runImport';
import './import.css';

type Phase =
  | { step: 'idle' }
  | { step: 'choose'; files: File[]; inspections: Inspection[] | null }
  | { step: 'running'; files: File[]; progress: number }
  | { step: 'done'; outcome: RunOutcome; files: File[] };

/** What each choice does to the current data, in its own numbers. */
function modeHint(mode: CombineMode, data: ModelData): string {
  const deals = countOf(data.transfers.length, 'deal');
  const agreements = countOf(data.agreements.length, 'agreement');
  switch (mode) {
    case 'replace-transfers':
      return `The file's deals replace the current ${deals}; the ${agreements} stay, so alliances are still drawn and ally shares still computed.`;
    case 'replace-agreements':
      return `The file's agreements replace the current ${agreements}; the ${deals} stay.`;
    case 'replace-all':
      return `Only the file's records are kept (with the current states and embargoes): the ${deals} and ${agreements} go.`;
    case 'add':
      return (
        `The current ${deals} and ${agreements} stay and the file's are added. No deal is counted twice: ` +
        `a SIPRI file is SIPRI's own record of each supplier–recipient pair it has, for the years it covers, so it ` +
        `replaces the current deals of those pairs and years that cite SIPRI (as the default deals do). ` +
        `Agreements with the same id are one; ATOP and Entente name theirs differently, so an alliance in both is listed twice.`
      );
  }
}

/**
 * An idle moment (at most IDLE_WAIT_MS away). Receiving 30,000 deals leaves the garbage collector
 * work to do (the end of a major collection, ~20-30 ms here); in an idle moment it does it in a
 * task of its own, instead of inside the long task that shows the new dataset. Where the browser
 * has no requestIdleCallback (Safari), the next task.
 */
const IDLE_WAIT_MS = 200;
function idleMoment(): Promise<void> {
  return new Promise((next) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => next(), { timeout: IDLE_WAIT_MS });
    else setTimeout(next, 0);
  });
}

/** Read the head of each file (the whole of a JSON file) and recognise it. */
async function inspectFiles(files: File[]): Promise<Inspection[]> {
  // The detectors load with the importers, on first use: most readers never import.
  const { HEAD_BYTES, inspectFile } = await import('../../data/importers');
  return Promise.all(
    files.map(async (f) => {
      const head = new Uint8Array(await f.slice(0, HEAD_BYTES).arrayBuffer());
      const first = head.find((b) => b > 0x20 && b !== 0xef && b !== 0xbb && b !== 0xbf);
      const json = first === 0x7b || first === 0x5b; // { or [
      return inspectFile(f.name, json ? new Uint8Array(await f.arrayBuffer()) : head);
    }),
  );
}

export function ImportControl() {
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [mode, setMode] = useState<CombineMode>('replace-transfers');
  const current = useAppStore((s) => s.data);
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);

  // Drag and drop anywhere on the page.
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!event.dataTransfer?.files.length) return;
      event.preventDefault();
      setDragging(false);
      choose([...event.dataTransfer.files]);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  useEffect(() => {
    if (phase.step !== 'idle') dialogRef.current?.focus();
  }, [phase.step]);

  // Files chosen: recognise them, then preselect what their kind of records replaces.
  function choose(files: File[]) {
    setPhase({ step: 'choose', files, inspections: null });
    void inspectFiles(files).then((inspections) => {
      const brings = inspections.flatMap((i) => (i.ok ? i.brings : []));
      setMode(defaultCombineMode(brings));
      setPhase((p) => (p.step === 'choose' && p.files === files ? { ...p, inspections } : p));
    });
  }

  const start = async (files: File[]) => {
    const current = useAppStore.getState().data;
    if (!current) return;
    setPhase({ step: 'running', files, progress: 0 });
    const bytes = await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    const name = files.map((f) => f.name).join(' + ');
    const id = newDatasetId();
    const description = `${files.map((f) => f.name).join(', ')}: ${COMBINE_MODE_LABELS[mode].toLowerCase()} of ${current.name === 'default' ? 'the default dataset' : current.name}`;
    const outcome = await runImport(
      { files: bytes, current: current.dataset, mode, name, keepAs: { id, description } },
      (progress) => setPhase({ step: 'running', files, progress }),
    );
    setPhase({ step: 'done', outcome, files });
    if (outcome.ok) {
      // The report first, the new dataset in a later task: two shorter tasks, not one long one.
      await idleMoment();
      const notices = outcome.kept
        ? outcome.notes
        : [
            ...outcome.notes,
            'This browser would not keep the imported dataset (no IndexedDB): it lasts until you reload.',
          ];
      switchToDataset(outcome.data, outcome.problems, outcome.kept ? id : DEFAULT_DATASET, notices);
    }
  };

  const close = () => {
    setPhase({ step: 'idle' });
    if (inputRef.current) inputRef.current.value = '';
  };

  return (
    <>
      <label className="button-like import-button">
        Import data
        <input
          ref={inputRef}
          type="file"
          multiple
          accept=".csv,.json,.txt,text/csv,application/json"
          className="visually-hidden-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            if (files.length > 0) choose(files);
          }}
        />
      </label>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop SIPRI, ATOP or Entente files to import them
        </div>
      )}
      {phase.step !== 'idle' && (
        <div className="dialog-backdrop">
          <div
            ref={dialogRef}
            className="dialog"
            role="dialog"
            aria-modal="true"
            aria-labelledby="import-title"
            tabIndex={-1}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && phase.step !== 'running') {
                e.stopPropagation();
                close();
              }
            }}
          >
            <h2 id="import-title">Import data</h2>
            <p className="meta">
              {phase.files
                .map((f) => `${f.name} (${formatCount(Math.round(f.size / 1024))} kB)`)
                .join(', ')}
            </p>
            {phase.step === 'choose' && (
              <ChooseMode
                inspections={phase.inspections}
                mode={mode}
                setMode={setMode}
                current={current}
                onImport={() => void start(phase.files)}
                onCancel={close}
              />
            )}
            {phase.step === 'running' && (
              <>
                <label htmlFor="import-progress">Reading and checking…</label>
                <progress id="import-progress" max={1} value={phase.progress}>
                  {Math.round(phase.progress * 100)}%
                </progress>
              </>
            )}
            {phase.step === 'done' &&
              (phase.outcome.ok ? (
                <>
                  <p role="status">
                    Imported. The data now has{' '}
                    {countOf(phase.outcome.data.transfers.length, 'deal')} and{' '}
                    {countOf(phase.outcome.data.agreements.length, 'agreement')}. The dataset is
                    kept in this browser and named in the link.
                  </p>
                  <ImportReportView outcome={phase.outcome} />
                </>
              ) : (
                <div role="alert" className="import-error">
                  <p>
                    <strong>
                      {phase.outcome.error.file}, line {phase.outcome.error.line}
                      {phase.outcome.error.column !== undefined
                        ? `, column ${phase.outcome.error.column}`
                        : ''}
                      {phase.outcome.error.field ? ` (field "${phase.outcome.error.field}")` : ''}:
                    </strong>{' '}
                    {phase.outcome.error.message}
                  </p>
                  <p>Nothing was imported; the current dataset is unchanged.</p>
                </div>
              ))}
            {phase.step === 'done' && (
              <div className="dialog-buttons">
                <button type="button" className="primary" onClick={close}>
                  Close
                </button>
              </div>
            )}
          </div>
        </div>
      )}
    </>
  );
}

const KIND_WORDS: Record<RecordKind, string> = {
  countries: 'states',
  agreements: 'agreements',
  transfers: 'arms transfers',
  embargoes: 'embargoes',
  events: 'events',
};

/** The files as recognised, and the choice of what the import replaces and keeps. */
function ChooseMode({
  inspections,
  mode,
  setMode,
  current,
  onImport,
  onCancel,
}: {
  inspections: Inspection[] | null;
  mode: CombineMode;
  setMode(mode: CombineMode): void;
  current: ModelData | null;
  onImport(): void;
  onCancel(): void;
}) {
  const refused = inspections?.filter((i) => !i.ok) ?? [];
  const recommended = inspections
    ? defaultCombineMode(inspections.flatMap((i) => (i.ok ? i.brings : [])))
    : null;
  return (
    <>
      {inspections === null ? (
        <p>Reading the files…</p>
      ) : (
        <ul className="import-files">
          {inspections.map((i, k) =>
            i.ok ? (
              <li key={k}>
                {i.label}:{' '}
                {i.brings.length > 0 ? i.brings.map((k) => KIND_WORDS[k]).join(', ') : 'no records'}
              </li>
            ) : (
              <li key={k} className="import-error">
                <span role="alert">
                  <strong>
                    {i.error.file}, line {i.error.line}:
                  </strong>{' '}
                  {i.error.message}
                </span>
              </li>
            ),
          )}
        </ul>
      )}
      <p className="hint">
        Supported: SIPRI's trade register and its per-delivery-year export (several files of one
        export are merged), ATOP's member-level CSV, and Entente JSON.
      </p>
      <fieldset>
        <legend>What to do with the current data</legend>
        {COMBINE_MODES.map((m) => (
          <label key={m} className="import-mode">
            <input
              type="radio"
              name="import-mode"
              value={m}
              checked={mode === m}
              onChange={() => setMode(m)}
            />{' '}
            {COMBINE_MODE_LABELS[m]}
            {m === recommended && <span className="meta"> (suggested for these files)</span>}
            {current && mode === m && (
              <span className="hint mode-hint">{modeHint(m, current)}</span>
            )}
          </label>
        ))}
      </fieldset>
      <div className="dialog-buttons">
        <button
          type="button"
          className="primary"
          disabled={inspections === null || refused.length > 0}
          onClick={onImport}
        >
          Import
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
