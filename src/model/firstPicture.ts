/**
 * The first picture: what a link that names no view key opens (the app's front page). Every tie of
 * eighty years at once is an unreadable mass (1,500 lines between 267 states), so the first
 * picture keeps the alliances proper (agreements with a defence obligation: collective and mutual
 * defence) and only the strongest arms flows, as many as keep the drawn ties within
 * FIRST_PICTURE_TIES. The network says what is left out and offers the rest in one click
 * (FirstPictureNote); links that name any key keep their meaning, since only an empty link opens
 * this picture.
 */
import { aggregate } from './aggregate';
import type { ModelData } from './dataset';
import { buildGraphSpec } from './graph';
import { DEFENCE_OBLIGATION_TYPES } from './types';
import { defaultViewState, type ViewState } from './viewState';

/** At most this many drawn ties (alliance lines, hub spokes and arrows) in the first picture. */
export const FIRST_PICTURE_TIES = 400;
/** However many alliance ties there are, at least this many flows are drawn. */
export const FIRST_PICTURE_MIN_FLOWS = 50;

export function firstPicture(data: ModelData): ViewState {
  const base = defaultViewState(data.yearSpan, data.hasValues);
  const filters = { ...base.filters, agreementTypes: [...DEFENCE_OBLIGATION_TYPES] };
  const { multilateral } = base.display;
  const alliancesOnly = aggregate(
    data,
    { ...filters, ties: { ...filters.ties, transfers: false } },
    multilateral,
  );
  const allianceTies = buildGraphSpec(data, alliancesOnly, base.display).edges.size;
  const flows = aggregate(data, filters, multilateral).transfers.length;
  const budget = Math.max(FIRST_PICTURE_MIN_FLOWS, FIRST_PICTURE_TIES - allianceTies);
  return {
    ...base,
    filters,
    display: { ...base.display, flows: flows <= budget ? base.display.flows : budget },
  };
}
