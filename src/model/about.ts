/**
 * What the loaded data is and where its records come from, in sentences for the Details panel:
 * they follow the dataset (the default one, an import, or a mix of both), never a fixed text.
 */
import type { ModelData } from './dataset';

export interface DatasetDescription {
  /** "Default dataset" or "Dataset trade-register.csv". */
  title: string;
  lines: string[];
}

const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

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
      `Arms transfers: ${count(deals, 'deal')} from ${origin.transfers ?? fallback}. ` +
        (valued === 0
          ? 'They carry no values: rank by deals or units, or import SIPRI’s exports to rank by value.'
          : `Values are SIPRI trend-indicator values (TIV), summed by delivery year${valued < deals ? `; ${valued.toLocaleString('en')} of the ${deals.toLocaleString('en')} deals have them, so rankings by value leave the others out` : ''}.`),
    );
  }
  const agreements = data.agreements.length;
  lines.push(
    agreements === 0
      ? 'No agreements.'
      : `Agreements: ${count(agreements, 'agreement')} from ${origin.agreements ?? fallback}.`,
  );
  lines.push('Each record names its source.');
  return {
    title: data.name === 'default' ? 'Default dataset' : `Dataset ${data.name}`,
    lines,
  };
}
