import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/data/export/footer';
import { legendEntries } from '../../../src/data/export/legend';
import { citationLine, exportFileName, isoDate } from '../../../src/data/export/names';
import { defaultFilters } from '../../../src/model/filters';
import { defaultDisplay } from '../../../src/model/viewState';
import { fixtureDataset } from '../../model/fixture';

describe('exportFileName', () => {
  it('names files by kind and period', () => {
    expect(exportFileName('deals', 'csv', [1985, 1990])).toBe('entente-deals-1985-1990.csv');
    expect(exportFileName('network', 'png', [1985, 1985])).toBe('entente-network-1985.png');
    expect(exportFileName('dataset', 'json', null)).toBe('entente-dataset-default.json');
    expect(exportFileName('dataset', 'json', null, 'SIPRI trade register.CSV')).toBe(
      'entente-dataset-sipri-trade-register.json',
    );
    expect(exportFileName('dataset', 'json', null, '../../')).toBe('entente-dataset-dataset.json');
  });
});

describe('citationLine', () => {
  it('names the dataset and the date, and credits SIPRI when its records were imported', () => {
    const dataset = fixtureDataset();
    expect(citationLine(dataset, '2026-11-27')).toBe('Entente, default dataset, 2026-11-27.');
    dataset.name = 'trade-register.csv';
    dataset.transfers[0]!.source = 'SIPRI Arms Transfers Database, trade-register.csv';
    expect(citationLine(dataset, '2026-11-27')).toBe(
      'Entente, dataset "trade-register.csv", 2026-11-27; Information from the SIPRI Arms Transfers Database.',
    );
    expect(isoDate(new Date(Date.UTC(2026, 10, 27, 23)))).toBe('2026-11-27');
  });
});

describe('legendEntries', () => {
  it('follows the colour scheme and the ties shown', () => {
    const filters = defaultFilters([1945, 2024]);
    const labels = legendEntries(defaultDisplay(false), filters).map((e) => e.label);
    expect(labels).toContain('Europe');
    expect(labels.some((l) => l.startsWith('Arms transfer'))).toBe(true);
    expect(labels).toContain('Collective defence');
    expect(labels).not.toContain('Export control');
    expect(labels).toContain('Multilateral agreement (hub)');
    const none = legendEntries(
      { ...defaultDisplay(false), color: 'bloc' },
      { ...filters, ties: { bilateral: false, multilateral: false, transfers: false } },
    );
    expect(none.map((e) => e.label)).toEqual(['Blocs (Louvain)']);
  });
});

describe('wrapText', () => {
  const measure = (s: string) => s.length;
  it('wraps at spaces and cuts words longer than the line', () => {
    expect(wrapText(measure, 'one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText(measure, 'https://example.org/abcdefghij', 10)).toEqual([
      'https://ex',
      'ample.org/',
      'abcdefghij',
    ]);
    expect(wrapText(measure, '', 10)).toEqual([]);
  });
});
