/** What the legend says, as data, for drawing it into the exported image (pure). */
import { TIE_CHANGES, TIE_CHANGE_LABELS, describeTieChange } from '../../model/compareDiff';
import { LIGHT, type Palette } from '../../model/theme';
import type { FilterState } from '../../model/filters';
import {
  AGREEMENT_TYPES,
  AGREEMENT_TYPE_LABELS,
  REGIONS,
  type AgreementType,
} from '../../model/types';
import type { DisplayState } from '../../model/viewState';

export interface LegendEntry {
  label: string;
  /** One colour, or several for "blocs". */
  colors: string[];
  /** `ring`: a dot (second colour) in a ring (first colour). */
  shape: 'dot' | 'line' | 'arrow' | 'ring';
}

/** The difference network's legend (a comparison drawn as one picture). */
export function diffLegendEntries(palette: Palette = LIGHT): LegendEntry[] {
  return [
    { label: 'States', colors: [palette.diffNode], shape: 'dot' },
    ...TIE_CHANGES.map((c) => ({
      label: `${TIE_CHANGE_LABELS[c]}: ${describeTieChange(c)}`,
      colors: [palette.diff[c]],
      shape: 'line' as const,
    })),
    {
      label: 'Ringed: largest supplier changed',
      colors: [palette.realigned, palette.diffNode],
      shape: 'ring',
    },
  ];
}

const WEIGHT_WORDS = { value: 'value (TIV)', units: 'units', deals: 'deals' } as const;

/**
 * The legend of a view in a palette (the light one unless told). `drawnTypes`: only these
 * agreement types (e.g. those drawn in the period), for a compact legend.
 */
export function legendEntries(
  display: DisplayState,
  filters: FilterState,
  palette: Palette = LIGHT,
  drawnTypes?: ReadonlySet<AgreementType>,
): LegendEntry[] {
  const entries: LegendEntry[] = [];
  if (display.color === 'region') {
    for (const r of REGIONS)
      if (r !== 'Other') entries.push({ label: r, colors: [palette.regions[r]], shape: 'dot' });
  } else {
    entries.push({ label: 'Blocs (Louvain)', colors: palette.blocs.slice(0, 4), shape: 'dot' });
  }
  if (filters.ties.transfers)
    entries.push({
      label: `Arms transfer, supplier → recipient (width: ${WEIGHT_WORDS[display.weight]})`,
      colors: [palette.transfer],
      shape: 'arrow',
    });
  if (filters.ties.bilateral || filters.ties.multilateral) {
    for (const t of filters.agreementTypes ?? AGREEMENT_TYPES) {
      if (drawnTypes && !drawnTypes.has(t)) continue;
      entries.push({
        label: AGREEMENT_TYPE_LABELS[t],
        colors: [palette.agreementTypes[t]],
        shape: 'line',
      });
    }
    if (filters.ties.multilateral && display.multilateral === 'hub')
      entries.push({
        label: 'Multilateral agreement (hub)',
        colors: [palette.agreementTypes['collective-defence']],
        shape: 'dot',
      });
  }
  return entries;
}
