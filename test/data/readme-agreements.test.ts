/**
 * The claims public/data/README.md makes about the default dataset's agreements are computed here
 * from public/data/agreements.json and fail when they stop being true: the number of records,
 * the years covered, bilateral / multilateral counts of alliances (the README's definition:
 * bilateral means never more than two parties at the same time, as src/model/dataset.ts says), the count of each
 * type, and the participants of the export-control regimes it quotes. (The ATOP coverage figure
 * is checked against ../shared/data by crosscheck-atop.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBilateral } from '../../src/model/dataset';
import {
  AGREEMENT_TYPES,
  isAllianceType,
  type Agreement,
  type AgreementType,
} from '../../src/model/types';

const DATA = join(__dirname, '../../public/data');
const readme = readFileSync(join(DATA, 'README.md'), 'utf8');
const agreements = (
  JSON.parse(readFileSync(join(DATA, 'agreements.json'), 'utf8')) as { agreements: Agreement[] }
).agreements;

/**
 * The README's words for each type, as in "57 mutual defence"; agreements that are not alliances
 * are counted on their own ("4 export-control regimes", "2 defence-industrial programmes").
 */
const TYPE_WORDS: Record<AgreementType, string> = Object.fromEntries(
  AGREEMENT_TYPES.map((t) => [t, t === 'non-aggression' ? t : t.replace(/-/g, ' ')]),
) as Record<AgreementType, string>;
TYPE_WORDS['export-control'] = 'export-control regimes';
TYPE_WORDS['defence-industrial'] = 'defence-industrial programmes';

const row = readme.split('\n').find((l) => /^\| `agreements.json` \| \d/.test(l)) ?? '';
const yearOf = (d: string) => Number(d.slice(0, 4));

/** The number written before `words` in the agreements row, e.g. 147 for "147 bilateral". */
function claimed(words: string): number | undefined {
  const m = new RegExp(`(\\d[\\d,]*) ${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(row);
  return m ? Number(m[1]!.replace(/,/g, '')) : undefined;
}

describe('public/data/README.md on agreements', () => {
  it('has a row for agreements.json in the provenance table', () => {
    expect(row).not.toBe('');
  });

  it('gives the number of records and the years covered', () => {
    const total = /^\| `agreements.json` \| (\d[\d,]*) \|/.exec(row);
    expect(Number(total?.[1]?.replace(/,/g, ''))).toBe(agreements.length);
    const span = /(\d{4}) to (\d{4}):/.exec(row);
    expect(span, 'the row states the years covered ("1945 to 2025:")').not.toBeNull();
    const [from, to] = [Number(span![1]), Number(span![2])];
    // Every agreement is in force at some time in the span, and one is in force at each end.
    for (const a of agreements) {
      expect(yearOf(a.signed), a.id).toBeLessThanOrEqual(to);
      if (a.ended !== null) expect(yearOf(a.ended), a.id).toBeGreaterThanOrEqual(from);
    }
    expect(
      agreements.some(
        (a) => yearOf(a.signed) <= from && (a.ended === null || yearOf(a.ended) >= from),
      ),
    ).toBe(true);
    expect(agreements.some((a) => yearOf(a.signed) === to)).toBe(true);
  });

  it('counts bilateral and multilateral alliances, and each type', () => {
    const alliances = agreements.filter((a) => isAllianceType(a.type));
    expect({ bilateral: claimed('bilateral'), multilateral: claimed('multilateral') }).toEqual({
      bilateral: alliances.filter(isBilateral).length,
      multilateral: alliances.filter((a) => !isBilateral(a)).length,
    });
    const counts = new Map<AgreementType, number>();
    for (const a of agreements) counts.set(a.type, (counts.get(a.type) ?? 0) + 1);
    const stated = Object.fromEntries([...counts.keys()].map((t) => [t, claimed(TYPE_WORDS[t])]));
    expect(stated).toEqual(Object.fromEntries(counts));
  });

  it('quotes the participants of the export-control regimes it names', () => {
    const members = (id: string) => {
      const a = agreements.find((x) => x.id === id);
      expect(a, id).toBeDefined();
      return new Set(a!.members.map((m) => m.country)).size;
    };
    expect(Number(/Wassenaar with all (\d+) participants/.exec(row)?.[1])).toBe(
      members('wassenaar'),
    );
    expect(Number(/Arms Trade Treaty with (\d+) of its parties/.exec(row)?.[1])).toBe(
      members('arms-trade-treaty'),
    );
    const gap = /Arms Trade Treaty lists (\d+) of its/.exec(readme);
    if (gap) expect(Number(gap[1])).toBe(members('arms-trade-treaty'));
  });
});
