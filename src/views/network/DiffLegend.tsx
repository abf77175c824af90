/**
 * The difference network's legend, on the network itself (so it is in every screenshot and never
 * hidden in a closed panel): the two periods, the five kinds of change with their thresholds, and
 * the ring. Colours follow the page theme; each swatch also shows its width.
 */
import { TIE_CHANGES, TIE_CHANGE_LABELS, describeTieChange } from '../../model/compareDiff';
import { periodLabel } from '../../model/comparePeriod';
import { useComparison } from '../../state/comparison';
import { useAppStore } from '../../state/store';
import { useMediaQuery } from '../../ui/useMediaQuery';
import { useCanvasTheme } from './theme';
import './diffLegend.css';

/** The phone layout (as in app/PanelSheets.tsx). */
const PHONE = '(max-width: 699.98px)';

/** Swatch widths (px), as the network draws them: kept thinner, the rest full. */
const SWATCH_WIDTH = { gained: 4, grown: 4, kept: 1.5, shrunk: 4, lost: 4 } as const;

export function DiffLegend() {
  const mode = useAppStore((s) => s.view.compare.mode);
  const cv = useComparison();
  const theme = useCanvasTheme();
  // On a phone the legend starts folded to its title, so the network stays in view.
  const phone = useMediaQuery(PHONE);
  if (!cv || mode !== 'diff') return null;
  const { before, after, lengthsDiffer } = cv.comparison.periods;
  const p = theme.palette;
  return (
    <details className="diff-legend" open={!phone} data-testid="diff-legend">
      <summary>
        {periodLabel(before)} → {periodLabel(after)}
      </summary>
      <ul>
        {TIE_CHANGES.map((change) => (
          <li key={change}>
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
              <strong>{TIE_CHANGE_LABELS[change]}</strong> {describeTieChange(change)}
            </span>
          </li>
        ))}
        <li>
          <svg width="28" height="14" aria-hidden="true">
            <circle cx="14" cy="7" r="3.5" fill={p.diffNode} />
            <circle cx="14" cy="7" r="6" fill="none" stroke={p.realigned} strokeWidth="1.6" />
          </svg>
          <span>
            <strong>Ringed</strong> largest supplier changed
          </span>
        </li>
      </ul>
      {lengthsDiffer && <p>Periods of different lengths: volumes compared per year.</p>}
    </details>
  );
}
