/** What the legend says, as data, for drawing it into the exported image (pure). */
import {
  AGREEMENT_TYPE_COLORS,
  BLOC_COLORS,
  REGION_COLORS,
  TRANSFER_COLOR,
} from '../../model/appearance';
import type { FilterState } from '../../model/filters';
import { AGREEMENT_TYPES, AGREEMENT_TYPE_LABELS, REGIONS } from '../../model/types';
import type { DisplayState } from '../../model/viewState';

export interface LegendEntry {
  label: string;
  /** One colour, or several for "blocs". */
  colors: string[];
  shape: 'dot' | 'line' | 'arrow';
}

const WEIGHT_WORDS = { value: 'value (TIV)', units: 'units', deals: 'deals' } as const;

export function legendEntries(display: DisplayState, filters: FilterState): LegendEntry[] {
  const entries: LegendEntry[] = [];
  if (display.color === 'region') {
    for (const r of REGIONS)
      if (r !== 'Other') entries.push({ label: r, colors: [REGION_COLORS[r]], shape: 'dot' });
  } else {
    entries.push({ label: 'Blocs (Louvain)', colors: BLOC_COLORS.slice(0, 4), shape: 'dot' });
  }
  if (filters.ties.transfers)
    entries.push({
      label: `Arms transfer, supplier → recipient (width: ${WEIGHT_WORDS[display.weight]})`,
      colors: [TRANSFER_COLOR],
      shape: 'arrow',
    });
  if (filters.ties.bilateral || filters.ties.multilateral) {
    for (const t of filters.agreementTypes ?? AGREEMENT_TYPES)
      entries.push({
        label: AGREEMENT_TYPE_LABELS[t],
        colors: [AGREEMENT_TYPE_COLORS[t]],
        shape: 'line',
      });
    if (filters.ties.multilateral && display.multilateral === 'hub')
      entries.push({
        label: 'Multilateral agreement (hub)',
        colors: [AGREEMENT_TYPE_COLORS['collective-defence']],
        shape: 'dot',
      });
  }
  return entries;
}
