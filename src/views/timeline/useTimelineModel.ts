/**
 * The timeline's series (selectTimeline: every year, the period drawn over them), with the
 * selected state's bilateral agreements as bars, kept while one of those agreements is selected.
 */
import { useMemo, useState } from 'react';
import type { ModelData } from '../../model/dataset';
import { themed, type ThemeName } from '../../model/theme';
import { useTimeline } from '../../state/hooks';
import { selectFocusCountry } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { useCanvasTheme } from '../network/theme';
import type { TimelineModel } from './renderTimeline';

export function useTimelineModel(data: ModelData): {
  model: TimelineModel;
  highlightCountry: number | null;
  selectedAgreement: string | null;
} {
  const selection = useAppStore((s) => s.view.selection);
  const highlightCountry = selectFocusCountry(data, selection);
  const selectedAgreement = selection?.kind === 'agreement' ? selection.id : null;
  // A state's bilateral agreements show as bars while it is selected, and stay while one of
  // them is (choosing a bar must not make it vanish).
  const [barsCountry, setBarsCountry] = useState<number | null>(highlightCountry);
  const agreement =
    selectedAgreement === null ? undefined : data.agreementIndex.get(selectedAgreement);
  const keepBars =
    barsCountry !== null &&
    agreement !== undefined &&
    data.agreements[agreement]!.members.some((m) => m.country === barsCountry);
  const focusCountry = highlightCountry ?? (keepBars ? barsCountry : null);
  if (focusCountry !== barsCountry) setBarsCountry(focusCountry);
  // The component renders only once the data is loaded, so the series exists.
  const series = useTimeline(focusCountry)!;
  const theme = useCanvasTheme().name;
  const model = useMemo(() => themedTimeline(series, theme), [series, theme]);
  return { model, highlightCountry, selectedAgreement };
}

/**
 * The series hold the light palette; the dark theme swaps each colour for its twin, as the network
 * does, so a region or a type has one colour in both views. Suppliers' shades are checked apart as
 * a set in the light palette, and keep it.
 */
function themedTimeline(model: TimelineModel, theme: ThemeName): TimelineModel {
  if (theme === 'light') return model;
  const { volume, agreements } = model;
  const tone = (color: string) => (volume.splitBy === 'supplier' ? color : themed(color, theme));
  return {
    ...model,
    volume: { ...volume, series: volume.series.map((s) => ({ ...s, color: tone(s.color) })) },
    agreements: {
      ...agreements,
      groups: agreements.groups.map((g) => ({ ...g, color: themed(g.color, theme) })),
    },
  };
}
