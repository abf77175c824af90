/** What the timeline's tooltip says: about a bar, or about the year under the pointer. */
import type { IndexedEvent, ModelData } from '../../model/dataset';
import { eventStates, formatEventDate } from '../../model/events';
import { EVENT_KIND_LABELS } from '../../model/types';
import type { AgreementBar } from '../../model/timeline';
import { countOf } from '../../model/format';
import {
  formatNumber,
  unitFor,
  yearAt,
  type TimelineModel,
  type TimelineScales,
} from './renderTimeline';

export interface TooltipText {
  title: string;
  lines: string[];
}

const MAX_NAMES = 6;
const names = (list: number[], model: TimelineModel) => {
  const shown = list.slice(0, MAX_NAMES).map(model.countryName).join(', ');
  return list.length > MAX_NAMES ? `${shown} and ${list.length - MAX_NAMES} more` : shown;
};

export function barTooltip(bar: AgreementBar, model: TimelineModel, data: ModelData): TooltipText {
  const record = data.agreements[bar.agreement]!.record;
  const lines = [
    `${bar.from}–${bar.ongoing ? 'in force' : bar.to} · ${bar.members.length} members`,
  ];
  if (record.shortName && record.shortName !== record.name) lines.unshift(record.name);
  const changes = bar.changes.slice(0, 5);
  for (const c of changes) {
    if (c.joined.length > 0) lines.push(`${c.year}: joined ${names(c.joined, model)}`);
    if (c.left.length > 0) lines.push(`${c.year}: left ${names(c.left, model)}`);
  }
  if (bar.changes.length > changes.length)
    lines.push(`…and ${bar.changes.length - changes.length} more years with changes`);
  return { title: bar.label, lines };
}

/** Figures of the year under a point of the head (volume or bilateral band), or null. */
export function yearTooltip(
  model: TimelineModel,
  scales: TimelineScales,
  px: number,
  py: number,
): TooltipText | null {
  const [x0, x1] = scales.x.range() as [number, number];
  if (px < x0 || px > x1) return null;
  const inVolume = py >= scales.volume.top && py <= scales.volume.bottom;
  const band = scales.bilateral;
  const inBilateral = band !== null && py >= band.top && py <= band.bottom;
  if (!inVolume && !inBilateral) return null;
  const year = yearAt(scales, px);
  const i = year - scales.first;
  if (inBilateral) {
    const row = model.agreements.bilateral[i];
    if (!row) return null;
    return {
      title: `${year}: ${countOf(row.total, 'bilateral agreement')} in force`,
      lines: model.agreements.bilateralGroups
        .map((g, gi) => ({ label: g.label, v: row.counts[gi]! }))
        .filter((e) => e.v > 0)
        .map((e) => `${e.label}: ${e.v}`),
    };
  }
  const row = model.volume.rows[i];
  if (!row) return null;
  return {
    title: `${year}: ${formatNumber(row.total)} ${unitFor(model.volume.weight, row.total)}`,
    lines: model.volume.series
      .map((s, si) => ({ label: s.label, v: row.values[si]! }))
      .filter((e) => e.v > 0)
      .map((e) => `${e.label}: ${formatNumber(e.v)}`),
  };
}

/** An event's marker: title, kind and date, its states. */
export function eventTooltip(event: IndexedEvent, model: TimelineModel): TooltipText {
  const lines = [`${EVENT_KIND_LABELS[event.kind]} · ${formatEventDate(event.record)}`];
  const states = eventStates(event);
  if (states.length > 0) lines.push(names(states, model));
  return { title: event.record.title, lines };
}
