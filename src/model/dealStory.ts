/**
 * A deal story: the visits, summits and signings, the agreements, the orders and the deliveries
 * behind an arms relationship, in time order, each pointing at the record it stands for.
 *
 * - For a pair: every visit, summit, signing and export decision both states took part in; the
 *   bilateral agreements they signed together and any agreement those events produced; every
 *   order and delivery between them, both ways.
 * - For one state: its visits, summits, signings and export decisions, with the agreements and
 *   deals they produced or acted on (a state's whole arms trade would bury the story).
 *
 * Steps that happen in the same period sort by stage (event, then agreement, order, delivery),
 * so a signing comes before the order it announced. Pure: a function of the indexed dataset.
 */
import type { ModelData } from './dataset';
import { countOf, formatYearRuns } from './format';
import {
  STORY_KINDS,
  eventPosition,
  eventStates,
  formatEventDate,
  formatPartialDate,
  involvesBoth,
} from './events';
import { AGREEMENT_TYPE_LABELS, EVENT_KIND_LABELS, type EventKind } from './types';

export type StoryStage = 'event' | 'agreement' | 'order' | 'delivery';
export const STORY_STAGES: readonly StoryStage[] = ['event', 'agreement', 'order', 'delivery'];

export type StoryTarget =
  | { kind: 'event'; id: string }
  | { kind: 'agreement'; id: string }
  /** A deal (index in ModelData.transfers) between its supplier and recipient (country ids). */
  | { kind: 'deal'; index: number; supplier: string; recipient: string };

export interface StoryStep {
  /** Unique within a story: `event:<id>`, `agreement:<id>`, `order:<i>`, `delivery:<i>`. */
  key: string;
  stage: StoryStage;
  /** The event's kind, for event steps. */
  eventKind?: EventKind;
  /** Where the step falls on a year axis (see eventPosition), for sorting. */
  position: number;
  /** As precise as the data: "11 April 1945", "2009", "2011–2013". */
  when: string;
  title: string;
  /** One line of facts: kind and states, type, units. */
  detail: string;
  target: StoryTarget;
  /** Keys of the earlier event steps that produced or announced this one. */
  after: string[];
}

export interface DealStory {
  steps: StoryStep[];
  /** Steps per stage. */
  counts: Record<StoryStage, number>;
}

const STAGE_ORDER = new Map(STORY_STAGES.map((s, i) => [s, i]));

interface Builder {
  data: ModelData;
  steps: Map<string, StoryStep>;
}

function addEvent(b: Builder, index: number): string {
  const e = b.data.events[index]!;
  const key = `event:${e.record.id}`;
  if (!b.steps.has(key)) {
    const names = eventStates(e).map((s) => b.data.countries[s]!.name);
    b.steps.set(key, {
      key,
      stage: 'event',
      eventKind: e.kind,
      position: eventPosition(e.record.date),
      when: formatEventDate(e.record),
      title: e.record.title,
      detail: `${EVENT_KIND_LABELS[e.kind]} · ${names.join(', ')}`,
      target: { kind: 'event', id: e.record.id },
      after: [],
    });
  }
  return key;
}

/**
 * The step under `key`, made on first sight; `after` (an event step that produced or announced it)
 * is linked each time, so a record reached from two events names both.
 */
function upsertStep(
  b: Builder,
  key: string,
  make: () => Omit<StoryStep, 'key' | 'after'>,
  after?: string,
): void {
  let step = b.steps.get(key);
  if (!step) {
    step = { key, ...make(), after: [] };
    b.steps.set(key, step);
  }
  if (after && !step.after.includes(after)) step.after.push(after);
}

function addAgreement(b: Builder, index: number, after?: string): void {
  const a = b.data.agreements[index]!;
  upsertStep(
    b,
    `agreement:${a.record.id}`,
    () => {
      const parties = new Set(a.members.map((m) => m.country)).size;
      return {
        stage: 'agreement',
        position: eventPosition(a.record.signed),
        when: formatPartialDate(a.record.signed),
        title: a.record.shortName ?? a.record.name,
        detail: `${AGREEMENT_TYPE_LABELS[a.type]} · signed${parties > 2 ? ` · ${countOf(parties, 'party', 'parties')}` : ''}`,
        target: { kind: 'agreement', id: a.record.id },
      };
    },
    after,
  );
}

function addDeal(b: Builder, index: number, after?: string): void {
  const t = b.data.transfers[index]!;
  const target = { kind: 'deal', index, supplier: t.supplier, recipient: t.recipient } as const;
  const names = () =>
    `${b.data.countries[b.data.countryIndex.get(t.supplier)!]!.name} → ${
      b.data.countries[b.data.countryIndex.get(t.recipient)!]!.name
    }`;
  const units = (n: number | undefined) => (n === undefined ? '' : ` · ${countOf(n, 'unit')}`);
  const ordered = t.ordered;
  if (ordered)
    upsertStep(
      b,
      `order:${index}`,
      () => ({
        stage: 'order',
        position: ordered.year,
        when: String(ordered.year),
        title: t.designation,
        detail: names() + units(ordered.units),
        target,
      }),
      after,
    );
  // The delivery follows from its order; an event that announced the deal still counts.
  if (t.deliveries.length > 0)
    upsertStep(
      b,
      `delivery:${index}`,
      () => {
        const years = t.deliveries.map((d) => d.year);
        const known = t.deliveries.filter((d) => d.units !== undefined);
        return {
          stage: 'delivery',
          position: Math.min(...years),
          when: formatYearRuns(years),
          title: t.designation,
          detail:
            names() + units(known.length > 0 ? known.reduce((s, d) => s + d.units!, 0) : undefined),
          target,
        };
      },
      after,
    );
}

/**
 * An event and what it produced or announced, of the story's states only: a decision about
 * India and Pakistan brings India's deals into India's story, not Pakistan's treaty.
 */
function addEventWithRecords(b: Builder, index: number, states: readonly number[]): void {
  const key = addEvent(b, index);
  const e = b.data.events[index]!;
  const ids = states.map((s) => b.data.countries[s]!.id);
  for (const a of e.agreements) {
    const parties = b.data.agreements[a]!.members.map((m) => m.country);
    if (states.every((s) => parties.includes(s))) addAgreement(b, a, key);
  }
  for (const t of e.transfers) {
    const deal = b.data.transfers[t]!;
    if (ids.every((id) => deal.supplier === id || deal.recipient === id)) addDeal(b, t, key);
  }
}

function finish(steps: Map<string, StoryStep>): DealStory {
  const list = [...steps.values()].sort(
    (x, y) =>
      x.position - y.position ||
      STAGE_ORDER.get(x.stage)! - STAGE_ORDER.get(y.stage)! ||
      x.title.localeCompare(y.title),
  );
  const counts = { event: 0, agreement: 0, order: 0, delivery: 0 };
  for (const s of list) counts[s.stage]++;
  return { steps: list, counts };
}

const isStoryEvent = (kind: EventKind) => STORY_KINDS.includes(kind);

/** The story between two states (country indices), over the whole dataset. */
export function pairStory(data: ModelData, a: number, b: number): DealStory {
  const builder: Builder = { data, steps: new Map() };
  data.events.forEach((e, i) => {
    if (isStoryEvent(e.kind) && involvesBoth(e, a, b)) addEventWithRecords(builder, i, [a, b]);
  });
  data.agreements.forEach((agreement, i) => {
    if (!agreement.bilateral) return;
    const parties = agreement.members.map((m) => m.country);
    if (parties.includes(a) && parties.includes(b)) addAgreement(builder, i);
  });
  const idA = data.countries[a]!.id;
  const idB = data.countries[b]!.id;
  data.transfers.forEach((t, i) => {
    if ((t.supplier === idA && t.recipient === idB) || (t.supplier === idB && t.recipient === idA))
      addDeal(builder, i);
  });
  return finish(builder.steps);
}

/** A state's story: its diplomatic events and the records they produced. */
export function stateStory(data: ModelData, country: number): DealStory {
  const builder: Builder = { data, steps: new Map() };
  data.events.forEach((e, i) => {
    if (isStoryEvent(e.kind) && eventStates(e).includes(country))
      addEventWithRecords(builder, i, [country]);
  });
  return finish(builder.steps);
}
