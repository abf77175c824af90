import { describe, expect, it } from 'vitest';
import { formatSourceError } from '../../src/views/source/sourceStore';

describe('dataset-by-link errors', () => {
  it('say file, line, column and field', () => {
    expect(
      formatSourceError({ file: 'a.json', line: 4, column: 9, field: 'category', message: 'bad' }),
    ).toBe('a.json, line 4, column 9 (field "category"): bad');
    expect(formatSourceError({ file: 'a.json', message: 'could not be loaded (HTTP 404)' })).toBe(
      'a.json: could not be loaded (HTTP 404)',
    );
  });

  it('never say the place twice', () => {
    const message = 'a.json, line 4 (record "x", field "category"): invalid option';
    expect(formatSourceError({ file: 'a.json', line: 4, field: 'category', message })).toBe(
      message,
    );
  });
});
