/**
 * Is a view's selection drawn in its own period? A presentation step that highlights a state
 * that did not exist that year, or an agreement not in force, shows nothing: the step editor
 * says so, with the reason, before the audience sees an empty highlight.
 */
import { aggregate } from './aggregate';
import { compileFilters } from './compileFilters';
import type { ModelData } from './dataset';
import { yearRange } from './filters';
import { buildGraphSpec } from './graph';
import { hubKey, parseEdgeKey } from './keys';
import { periodLabel } from './summary';
import { EVENT_KIND_LABELS } from './types';
import type { ViewState } from './viewState';

export interface SelectionCheck {
  drawn: boolean;
  /** Why it is not drawn, in words; null when it is. */
  reason: string | null;
}

const DRAWN: SelectionCheck = { drawn: true, reason: null };
const notDrawn = (reason: string): SelectionCheck => ({ drawn: false, reason });

/** null when the view selects nothing. */
export function checkSelection(data: ModelData, view: ViewState): SelectionCheck | null {
  const selection = view.selection;
  if (!selection) return null;
  const [from, to] = yearRange(view.filters);
  const period = `in ${periodLabel(view.filters)}`;
  const agg = aggregate(data, view.filters, view.display.multilateral);
  const spec = buildGraphSpec(data, agg, view.display);
  const name = (countryId: string) =>
    data.countries[data.countryIndex.get(countryId) ?? -1]?.name ?? countryId;

  if (selection.kind === 'country') {
    const index = data.countryIndex.get(selection.id);
    if (index === undefined) return notDrawn(`${selection.id} is not in this dataset`);
    if (spec.nodes.has(selection.id)) return DRAWN;
    const country = data.countries[index]!;
    if (country.from > to || (country.to !== null && country.to < from))
      return notDrawn(
        `${country.name} did not exist ${period} (${country.from}–${country.to ?? 'today'})`,
      );
    return notDrawn(`${country.name} has no tie that matches the filters ${period}`);
  }

  if (selection.kind === 'agreement') {
    const index = data.agreementIndex.get(selection.id);
    if (index === undefined) return notDrawn(`${selection.id} is not in this dataset`);
    const agreement = data.agreements[index]!;
    const label = agreement.record.shortName ?? agreement.record.name;
    const drawn =
      spec.nodes.has(hubKey(selection.id)) ||
      (view.display.multilateral === 'hull' &&
        agreement.type !== 'export-control' &&
        agg.groups.some(
          (g) =>
            g.agreement === index && g.members.some((m) => spec.nodes.has(data.countries[m]!.id)),
        )) ||
      [...spec.edges.values()].some(
        (e) => e.attributes.edgeKind === 'alliance' && e.attributes.agreements.includes(index),
      );
    if (drawn) return DRAWN;
    if (agreement.from > to || agreement.to < from)
      return notDrawn(`${label} was not in force ${period}`);
    return notDrawn(
      `${label} is hidden by the filters ${period} (kinds of ties, agreement types or regions)`,
    );
  }

  if (selection.kind === 'event') {
    const index = data.eventIndex.get(selection.id);
    if (index === undefined) return notDrawn(`${selection.id} is not in this dataset`);
    const event = data.events[index]!;
    if (compileFilters(data, view.filters).eventKindMask[event.kindIndex] === 0)
      return notDrawn(`${EVENT_KIND_LABELS[event.kind]} events are hidden by the filters`);
    if (event.from > to || event.to < from)
      return notDrawn(`${event.record.title} is not ${period} (${event.from})`);
    return DRAWN;
  }

  if (selection.kind === 'pair') {
    const missing = [selection.id, selection.with].filter((id) => !spec.nodes.has(id));
    if (missing.length === 0) return DRAWN;
    return notDrawn(
      `${missing.map(name).join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not drawn ${period}`,
    );
  }

  if (spec.edges.has(selection.id)) return DRAWN;
  const edge = parseEdgeKey(selection.id);
  if (edge?.kind === 'transfer') {
    return notDrawn(
      `No arms deliveries from ${name(edge.supplier)} to ${name(edge.recipient)} match the filters ${period}`,
    );
  }
  return notDrawn(`This tie is not drawn ${period}`);
}
