/**
 * A compact legend for embeds: one line of swatches (node colours, the arms arrow, the agreement
 * types drawn in the period) in the colours of the reader's theme.
 */
import { diffLegendEntries, legendEntries, type LegendEntry } from '../../data/export/legend';
import type { AgreementType } from '../../model/types';
import { useAggregate } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { useCanvasTheme } from '../network/theme';

function Swatch({ entry }: { entry: LegendEntry }) {
  const color = entry.colors[0]!;
  if (entry.shape === 'arrow')
    return (
      <svg width="22" height="10" aria-hidden="true" className="embed-swatch">
        <path d="M1 5 H 15" stroke={color} strokeWidth="2" />
        <path d="M21 5 l-7 -4 v8 z" fill={color} />
      </svg>
    );
  if (entry.shape === 'line')
    return <span className="embed-line" style={{ background: color }} aria-hidden="true" />;
  return (
    <span className="embed-dots" aria-hidden="true">
      {entry.colors.map((c) => (
        <span key={c} className="embed-dot" style={{ background: c }} />
      ))}
    </span>
  );
}

/** Short labels: the compact legend has one line, not the full legend's sentences. */
function shortLabel(entry: LegendEntry): string {
  if (entry.shape === 'arrow') return 'Arms transfer';
  if (entry.label === 'Multilateral agreement (hub)') return 'Multilateral agreement';
  // A comparison's classes: their names only ("Grown"), the thresholds are in the full legend.
  return entry.shape === 'line' ? entry.label.split(':')[0]! : entry.label;
}

export function EmbedLegend() {
  const display = useAppStore((s) => s.view.display);
  const filters = useAppStore((s) => s.view.filters);
  const compare = useAppStore((s) => s.view.compare);
  const data = useAppStore((s) => s.data);
  const agg = useAggregate();
  const { palette } = useCanvasTheme();
  if (!data || !agg) return null;
  const drawnTypes = new Set<AgreementType>(
    agg.active.map((a) => data.agreements[a.agreement]!.type),
  );
  const comparing = compare.period !== null && compare.mode === 'diff';
  const entries = comparing
    ? diffLegendEntries(palette)
    : legendEntries(display, filters, palette, drawnTypes);
  return (
    <ul className="embed-legend" aria-label="Legend">
      {entries.map((entry) => (
        <li key={entry.label}>
          <Swatch entry={entry} /> {shortLabel(entry)}
        </li>
      ))}
    </ul>
  );
}
