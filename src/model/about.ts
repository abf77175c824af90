/**
 * What the loaded data is and where its records come from, in sentences for the Details panel:
 * they follow the dataset (the default one, an import, or a mix of both), never a fixed text.
 */
import type { ModelData } from './dataset';
import { countOf, formatCount } from './format';

export interface DatasetDescription {
  /** "Default dataset" or "Dataset trade-register.csv". */
  title: string;
  lines: string[];
}

export function describeDataset(data: ModelData): DatasetDescription {
  const origin = data.dataset.origin ?? {};
  const fallback = data.name === 'default' ? 'the default dataset' : data.name;
  const lines: string[] = [];
  const deals = data.transfers.length;
  if (deals === 0) lines.push('No arms transfers.');
  else {
    const valued = data.hasValues
      ? data.transfers.filter((t) => t.deliveries.some((d) => d.tiv !== undefined)).length
      : 0;
    lines.push(
      `Arms transfers: ${countOf(deals, 'deal')} from ${origin.transfers ?? fallback}. ` +
        (valued === 0
          ? 'They carry no values: rank by deals or units, or import SIPRI’s exports to rank by value.'
          : `Values are SIPRI trend-indicator values (TIV), summed by delivery year${valued < deals ? `; ${formatCount(valued)} of the ${formatCount(deals)} deals have them, so rankings by value leave the others out` : ''}.`),
    );
  }
  const agreements = data.agreements.length;
  lines.push(
    agreements === 0
      ? 'No agreements.'
      : `Agreements: ${countOf(agreements, 'agreement')} from ${origin.agreements ?? fallback}.`,
  );
  lines.push('Each record names its source.');
  return {
    title: data.name === 'default' ? 'Default dataset' : `Dataset ${data.name}`,
    lines,
  };
}
