import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/model/dataset';
import {
  VIEW_KEYS,
  VIEW_KEY_LIST,
  defaultOf,
  enumOptions,
  valueAt,
  withValueAt,
} from '../../src/model/viewKeys';
import { defaultViewState } from '../../src/model/viewState';
import { fixtureDataset } from './fixture';

const data = indexDataset(fixtureDataset());
const defaults = defaultViewState(data.yearSpan, data.hasValues);

describe('the registry of view keys', () => {
  it('gives every URL key once', () => {
    const keys = VIEW_KEY_LIST.flatMap((k) => k.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('points every key at a part of the view, with a default there', () => {
    for (const key of VIEW_KEY_LIST) {
      expect(valueAt(defaults, key.path), key.keys.join()).not.toBeUndefined();
      expect(defaultOf(key, data)).toEqual(valueAt(defaults, key.path));
    }
  });

  it('declares enum values with a label each, and the default among them', () => {
    for (const key of VIEW_KEY_LIST) {
      if (key.kind !== 'enum') continue;
      for (const v of key.values) expect(key.labels[v], `${key.key}=${v}`).toBeTruthy();
      expect(key.values).toContain(defaultOf(key, data));
    }
  });

  it('offers only what the dataset has: no value measure without values', () => {
    expect(
      enumOptions(VIEW_KEYS.weight, { ...data, hasValues: false }).map((o) => o.value),
    ).toEqual(['units', 'deals']);
    expect(enumOptions(VIEW_KEYS.direction, null).map((o) => o.label)).toEqual([
      'To or from them',
      'Into them',
      'Out of them',
    ]);
  });

  it('reads and writes a value at a path without touching the rest', () => {
    const next = withValueAt(defaults, VIEW_KEYS.direction.path, 'in');
    expect(next.filters.direction).toBe('in');
    expect(next.display).toBe(defaults.display);
    expect(withValueAt(defaults, VIEW_KEYS.direction.path, 'any')).toBe(defaults);
  });
});
