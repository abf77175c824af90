/**
 * CSV of the Rankings panel: its suppliers and recipients in one table (a `role` column says
 * which), the period's figures beside the previous period's, through the same CSV writer as every
 * export (csv.ts). The comparison of two chosen periods has its own (compareCsv.ts).
 */
import type { ModelData } from '../../model/dataset';
import type { RankingRow, Rankings } from '../../model/rankings';
import { bySide, round, type CsvValue } from './csv';
import { exportFileName } from './names';

export function rankingsTable(data: ModelData, r: Rankings): CsvValue[][] {
  const period = `${r.from}-${r.to}`;
  const previous = `${r.previousFrom}-${r.previousTo}`;
  const shareOf = r.shareOf === 'world' ? 'world total' : (r.restriction ?? 'deliveries drawn');
  const columns = [
    'rank',
    `${r.measure}_${period}`,
    'share_pct',
    `${r.measure}_${previous}`,
    'change_pct',
    'share_of',
  ];
  return bySide(data, r, columns, (row: RankingRow) => [
    row.rank,
    round(row.value),
    round(row.share),
    // Before the first delivery in the data there is nothing to compare with.
    r.previousCovered ? round(row.previous) : null,
    round(row.change),
    shareOf,
  ]);
}

/** `entente-rankings-2010-2014.csv`. */
export function rankingsFileName(r: Pick<Rankings, 'from' | 'to'>): string {
  return exportFileName('rankings', 'csv', [r.from, r.to]);
}
