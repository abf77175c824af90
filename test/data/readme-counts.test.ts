/**
 * The counts that public/data/README.md gives for events.json and the defence-industrial
 * programmes must be those of the shipped files: change the data, and this fails until the
 * README says the new numbers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBilateral } from '../../src/model/dataset';
import type { Agreement, DiplomaticEvent } from '../../src/model/types';

const DATA = join(__dirname, '../../public/data');
const readme = readFileSync(join(DATA, 'README.md'), 'utf8');
const events = (
  JSON.parse(readFileSync(join(DATA, 'events.json'), 'utf8')) as { events: DiplomaticEvent[] }
).events;
const agreements = (
  JSON.parse(readFileSync(join(DATA, 'agreements.json'), 'utf8')) as { agreements: Agreement[] }
).agreements;

/** The provenance table's row of a file, e.g. "| `events.json` | 1,061 | ... |". */
function row(file: string): string {
  const line = readme
    .split('\n')
    .find((l) => l.startsWith(`| \`${file}\` |`) && /^\s*[\d,]+\s*$/.test(l.split('|')[2] ?? ''));
  if (!line) throw new Error(`public/data/README.md has no row for ${file}`);
  return line;
}
/** The number just before `words` in `text` ("448 editions of" -> 448). */
function numberBefore(text: string, words: string): number {
  const match = new RegExp(`([\\d,]+) ${words}`).exec(text);
  if (!match) throw new Error(`"${words}" not found in: ${text}`);
  return Number(match[1]!.replace(/,/g, ''));
}
const count = <T>(list: T[], keep: (x: T) => boolean) => list.filter(keep).length;
const seriesOf = (kind: DiplomaticEvent['kind']) =>
  new Set(events.filter((e) => e.kind === kind && e.series).map((e) => e.series)).size;

describe('public/data/README.md counts', () => {
  it('gives the numbers of events.json', () => {
    const r = row('events.json');
    const total = Number(r.split('|')[2]!.trim().replace(/,/g, ''));
    const ofKind = (k: DiplomaticEvent['kind']) => count(events, (e) => e.kind === k);
    const diplomacy = events.filter((e) => ['visit', 'summit', 'signing'].includes(e.kind));
    expect({
      total,
      exhibitions: numberBefore(r, 'editions of \\d+ exhibition series'),
      exhibitionSeries: numberBefore(r, 'exhibition series'),
      exercises: numberBefore(r, 'editions of \\d+ joint exercise series'),
      exerciseSeries: numberBefore(r, 'joint exercise series'),
      visits: numberBefore(r, 'visits'),
      summits: numberBefore(r, 'summits'),
      signings: numberBefore(r, 'signings'),
      linked: numberBefore(r, 'of them linked'),
      exportDecisions: numberBefore(r, 'export decisions'),
    }).toEqual({
      total: events.length,
      exhibitions: ofKind('exhibition'),
      exhibitionSeries: seriesOf('exhibition'),
      exercises: ofKind('exercise'),
      exerciseSeries: seriesOf('exercise'),
      visits: ofKind('visit'),
      summits: ofKind('summit'),
      signings: ofKind('signing'),
      linked: count(
        diplomacy,
        (e) => (e.related?.agreements?.length ?? 0) + (e.related?.transfers?.length ?? 0) > 0,
      ),
      exportDecisions: ofKind('export-decision'),
    });
  });

  it('gives the numbers of agreements.json and of its defence-industrial programmes', () => {
    const r = row('agreements.json');
    const programmes = agreements.filter((a) => a.type === 'defence-industrial');
    const bilateral = isBilateral;
    expect({
      total: Number(r.split('|')[2]!.trim().replace(/,/g, '')),
      programmes: numberBefore(r, 'defence-industrial programmes'),
      bilateral: numberBefore(r, 'bilateral, \\d+ multilateral: '),
      multilateral: numberBefore(r, 'multilateral: '),
    }).toEqual({
      total: agreements.length,
      programmes: programmes.length,
      bilateral: count(programmes, bilateral),
      multilateral: count(programmes, (a) => !bilateral(a)),
    });
  });

  it('meets the coverage the dataset promises', () => {
    const diplomacy = events.filter((e) => ['visit', 'summit', 'signing'].includes(e.kind));
    expect(seriesOf('exhibition')).toBeGreaterThanOrEqual(30);
    expect(seriesOf('exercise')).toBeGreaterThanOrEqual(40);
    expect(count(diplomacy, (e) => e.related !== undefined)).toBeGreaterThanOrEqual(150);
    expect(count(agreements, (a) => a.type === 'defence-industrial')).toBeGreaterThanOrEqual(25);
  });
});
