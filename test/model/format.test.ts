import { describe, expect, it } from 'vitest';
import {
  countOf,
  formatChange,
  formatCount,
  formatFigure,
  formatIndex,
  formatList,
  formatNumber,
  formatPercent,
  formatQuantity,
  formatYearRuns,
  formatYearSpan,
  measureUnit,
  restrictionPhrase,
} from '../../src/model/format';

describe('format', () => {
  it('uses plural rules: 1 deal, 0 deals, 2 deals', () => {
    expect(countOf(1, 'deal')).toBe('1 deal');
    expect(countOf(0, 'deal')).toBe('0 deals');
    expect(countOf(1234, 'state')).toBe('1,234 states');
    expect(countOf(2, 'other actor')).toBe('2 other actors');
    expect(measureUnit('deals', 1)).toBe('deal');
    expect(measureUnit('units', 1.5)).toBe('units');
    expect(formatQuantity(1, 'deals')).toBe('1 deal');
    expect(formatQuantity(1234.4, 'value')).toBe('1,234 TIV (m)');
  });

  it('writes numbers one way: grouped thousands, at most one decimal, never -0', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatNumber(1234.56)).toBe('1,234.6');
    expect(formatFigure(1234.56)).toBe('1,235');
    expect(formatFigure(12.34)).toBe('12.3');
    expect(formatFigure(-0.01)).toBe('0');
    expect(formatIndex(0.375)).toBe('0.38');
  });

  it('writes shares and changes', () => {
    expect(formatPercent(12.345)).toBe('12.3%');
    expect(formatPercent(null)).toBe('n/a');
    expect(formatChange(12.4)).toBe('+12%');
    expect(formatChange(-5.6)).toBe('−6%');
    expect(formatChange(0.2)).toBe('0%');
    expect(formatChange(1234)).toBe('+1,234%');
  });

  it('writes periods and runs of years with an en dash', () => {
    expect(formatYearSpan(1985, 1985)).toBe('1985');
    expect(formatYearSpan(1990, 2024)).toBe('1990–2024');
    expect(formatYearRuns([1967, 1963, 1964, 1965, 1970, 1971, 1964])).toBe(
      '1963–1965, 1967, 1970–1971',
    );
    expect(formatYearRuns([])).toBe('');
  });

  it('names what a region filter keeps', () => {
    expect(formatList(['A', 'B', 'C'])).toBe('A, B and C');
    expect(restrictionPhrase({ regions: null, direction: 'in' })).toBe('');
    expect(restrictionPhrase({ regions: ['Africa'], direction: 'in' })).toBe(
      'deliveries into Africa',
    );
    expect(restrictionPhrase({ regions: ['Europe', 'Western Asia'], direction: 'out' })).toBe(
      'deliveries out of Europe or Western Asia',
    );
    expect(restrictionPhrase({ regions: ['Africa'], direction: 'any' })).toBe(
      'deliveries to or from Africa',
    );
  });
});
