/**
 * The timeline's series: every year (the period is drawn over them, not cut out), with the
 * filters' regions, focus and direction, categories, tie kinds and agreement types, and the selected state's
 * bilateral agreements as bars.
 */
import { useMemo, useState } from 'react';
import type { ModelData } from '../../model/dataset';
import { defaultFilters } from '../../model/filters';
import { agreementBars, transferVolumeByYear } from '../../model/timeline';
import { useAppStore } from '../../state/store';
import type { TimelineModel } from './renderTimeline';

export function useTimelineModel(data: ModelData) {
  const selection = useAppStore((s) => s.view.selection);
  const highlightCountry =
    selection?.kind === 'country' ? (data.countryIndex.get(selection.id) ?? null) : null;
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
  const model = useSeries(data, focusCountry);
  return { model, highlightCountry, selectedAgreement };
}

function useSeries(data: ModelData, focusCountry: number | null): TimelineModel {
  const regions = useAppStore((s) => s.view.filters.regions);
  const focus = useAppStore((s) => s.view.filters.focus);
  const direction = useAppStore((s) => s.view.filters.direction);
  const categories = useAppStore((s) => s.view.filters.categories);
  const ties = useAppStore((s) => s.view.filters.ties);
  const agreementTypes = useAppStore((s) => s.view.filters.agreementTypes);
  const weight = useAppStore((s) => s.view.display.weight);
  const splitBy = useAppStore((s) => s.view.display.split);
  const groupBy = useAppStore((s) => s.view.display.group);
  return useMemo<TimelineModel>(() => {
    const f = {
      ...defaultFilters(data.yearSpan),
      regions,
      focus,
      direction,
      categories,
      ties,
      agreementTypes,
    };
    return {
      volume: transferVolumeByYear(data, f, splitBy, weight),
      agreements: agreementBars(data, f, groupBy, { focusCountry }),
      countryName: (i) => data.countries[i]?.name ?? '?',
    };
  }, [
    data,
    regions,
    focus,
    direction,
    categories,
    ties,
    agreementTypes,
    splitBy,
    weight,
    groupBy,
    focusCountry,
  ]);
}
