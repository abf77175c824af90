/** File names and the citation line of exports. */
import { citesSipri } from '../../model/combine';
import type { Dataset } from '../../model/types';

export type ExportKind = 'deals' | 'edges' | 'network' | 'dataset' | 'timeline' | 'rankings';

/** `entente-deals-1985-1990.csv`, `entente-network-1985.png`, `entente-dataset-default.json`. */
export function exportFileName(
  kind: ExportKind,
  extension: string,
  period: readonly [number, number] | null,
  datasetName = 'default',
): string {
  if (kind === 'dataset') {
    const slug =
      datasetName
        .toLowerCase()
        .replace(/\.[a-z0-9]+$/, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 40) || 'dataset';
    return `entente-dataset-${slug}.${extension}`;
  }
  const years =
    period === null ? '' : period[0] === period[1] ? `-${period[0]}` : `-${period[0]}-${period[1]}`;
  return `entente-${kind}${years}.${extension}`;
}

/**
 * True when records cite the SIPRI Arms Transfers Database as their source (imported SIPRI files,
 * and the default dataset's deals taken from it): SIPRI's terms then ask for the credit line.
 */
export function hasSipriRecords(dataset: Dataset): boolean {
  return dataset.transfers.some(citesSipri);
}

/** "Entente, default dataset, 2026-11-27." (+ the SIPRI credit when records cite SIPRI). */
export function citationLine(dataset: Dataset, date: string): string {
  const name = dataset.name ?? 'default';
  const which = name === 'default' ? 'default dataset' : `dataset "${name}"`;
  const sipri = hasSipriRecords(dataset)
    ? '; Information from the SIPRI Arms Transfers Database'
    : '';
  return `Entente, ${which}, ${date}${sipri}.`;
}

/** Today's date as YYYY-MM-DD (UTC). */
export function isoDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
