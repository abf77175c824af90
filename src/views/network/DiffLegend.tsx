/**
 * The difference network's legend, on the network itself (so it is in every screenshot and never
 * hidden in a closed panel): the two periods, the five kinds of change with their thresholds, and
 * the ring. Colours follow the page theme; each swatch also shows its width. On a small canvas
 * it is compact (the names in a row, each explained in its tooltip and to screen readers), so it
 * covers little of the picture; the camera fit frames the graph beside it either way.
 */
import { useMemo, useState } from 'react';
import { TIE_CHANGES, TIE_CHANGE_LABELS, describeTieChange } from '../../model/compareDiff';
import { periodLabel } from '../../model/comparePeriod';
import { useComparison } from '../../state/comparison';
import { useAppStore } from '../../state/store';
import { useElementSize } from '../../ui/useElementSize';
import { useMediaQuery } from '../../ui/useMediaQuery';
import { useCanvasTheme } from './theme';
import './diffLegend.css';

/** The phone layout (as in app/PanelSheets.tsx). */
const PHONE = '(max-width: 699.98px)';

/** Swatch widths (px), as the network draws them: kept thinner, the rest full. */
const SWATCH_WIDTH = { gained: 4, grown: 4, kept: 1.5, shrunk: 4, lost: 4 } as const;

/** Below this canvas size (px) the legend is compact. */
const FULL_LEGEND = { width: 900, height: 460 };

export function DiffLegend() {
  const mode = useAppStore((s) => s.view.compare.mode);
  const cv = useComparison();
  const theme = useCanvasTheme();
  // On a phone the legend starts folded to its title, so the network stays in view.
  const phone = useMediaQuery(PHONE);
  const [network, setNetwork] = useState<HTMLElement | null>(null);
  const canvas = useElementSize(
    useMemo(() => ({ current: network }), [network]),
    FULL_LEGEND,
  );
  const compact = canvas.width < FULL_LEGEND.width || canvas.height < FULL_LEGEND.height;
  // Compact: the explanations are for screen readers only (and in each name's tooltip).
  const detailClass = compact ? 'diff-legend-detail visually-hidden' : 'diff-legend-detail';
  if (!cv || mode !== 'diff') return null;
  const { before, after, lengthsDiffer } = cv.comparison.periods;
  const p = theme.palette;
  return (
    <details
      className={compact ? 'diff-legend diff-legend-compact' : 'diff-legend'}
      open={!phone}
      data-testid="diff-legend"
      ref={(el) => setNetwork(el?.parentElement ?? null)}
    >
      <summary>
        {periodLabel(before)} → {periodLabel(after)}
      </summary>
      <ul>
        {TIE_CHANGES.map((change) => (
          <li key={change} title={compact ? describeTieChange(change) : undefined}>
            <svg width="28" height="10" aria-hidden="true">
              <line
                x1="1"
                y1="5"
                x2="27"
                y2="5"
                stroke={p.diff[change]}
                strokeWidth={SWATCH_WIDTH[change]}
              />
            </svg>
            <span>
              <strong>{TIE_CHANGE_LABELS[change]}</strong>{' '}
              <span className={detailClass}>{describeTieChange(change)}</span>
            </span>
          </li>
        ))}
        <li title={compact ? 'largest supplier changed' : undefined}>
          <svg width="28" height="14" aria-hidden="true">
            <circle cx="14" cy="7" r="3.5" fill={p.diffNode} />
            <circle cx="14" cy="7" r="6" fill="none" stroke={p.realigned} strokeWidth="1.6" />
          </svg>
          <span>
            <strong>Ringed</strong> <span className={detailClass}>largest supplier changed</span>
          </span>
        </li>
      </ul>
      {lengthsDiffer && <p>Periods of different lengths: volumes compared per year.</p>}
    </details>
  );
}
