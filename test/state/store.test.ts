/**
 * The store in Node: actions only apply view changes and commit them; each commit says how it
 * enters history (a channel, not state); presentation keys never change the step's view.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/model/dataset';
import { viewCommits, type ViewCommit } from '../../src/state/channels';
import { createEditHistory } from '../../src/state/editHistory';
import { keyCommand } from '../../src/state/keyCommands';
import { useAppStore } from '../../src/state/store';
import { serialiseViewState } from '../../src/url';
import { exitPresentation, goToStep } from '../../src/views/present/steps';
import { fixtureDataset } from '../model/fixture';

const data = indexDataset(fixtureDataset());
let commits: ViewCommit[] = [];
let unsubscribe = () => {};
const store = () => useAppStore.getState();

beforeEach(() => {
  store().setLoaded({ data, problems: [] });
  commits = [];
  unsubscribe = viewCommits.subscribe((c) => commits.push(c));
});
afterEach(() => unsubscribe());

describe('the store', () => {
  it('loads from one object and opens in place of the current history entry', () => {
    unsubscribe();
    unsubscribe = viewCommits.subscribe((c) => commits.push(c));
    store().setLoaded({ data, problems: [], notices: ['hello'] });
    expect(store().status).toBe('ready');
    expect(store().notices).toEqual(['hello']);
    expect(commits).toEqual([{ history: 'replace', camera: 'jump' }]);
  });

  it('commits each action with its history entry, and nothing when nothing changes', () => {
    store().select({ kind: 'country', id: 'AAA' });
    store().setCamera({ x: 0.4, y: 0.5, ratio: 0.8 });
    store().setYears(1960, 1970, 'replace');
    store().select({ kind: 'country', id: 'AAA' });
    store().setFilters({ from: 1960 });
    expect(commits.map((c) => c.history)).toEqual(['push', 'replace', 'replace']);
    expect(store().view.panels).toContain('details');
  });

  it('keeps no instruction as state', () => {
    const keys = Object.keys(store());
    for (const gone of ['historyMode', 'flyTo', 'animateCamera']) expect(keys).not.toContain(gone);
  });
});

describe('presentations', () => {
  const talk = () => {
    const step1 = serialiseViewState(
      { ...store().view, selection: { kind: 'country', id: 'AAA' } },
      data,
    );
    const step2 = serialiseViewState(
      { ...store().view, selection: { kind: 'agreement', id: 'pact' } },
      data,
    );
    return [
      { title: 'One', query: step1 },
      { title: 'Two', query: step2 },
    ];
  };

  it('opens each step with its view, the camera flying', () => {
    store().setExtras({ talk: talk(), present: 1 });
    goToStep(1);
    expect(store().view.selection).toEqual({ kind: 'agreement', id: 'pact' });
    expect(store().extras.present).toBe(2);
    expect(commits.at(-1)).toEqual({ history: 'push', camera: 'fly' });
  });

  it('never drops the step’s view on a presentation key: Escape leaves, the selection stays', () => {
    store().setExtras({ talk: talk(), present: 1 });
    goToStep(0);
    const state = { presenting: true, hasSelection: true };
    expect(keyCommand('Escape', state)).toBe('exit-presentation');
    expect(keyCommand('ArrowRight', state)).toBe('next-step');
    expect(keyCommand('PageUp', state)).toBe('previous-step');
    expect(keyCommand('x', state)).toBeNull();
    exitPresentation();
    expect(store().extras.present).toBeNull();
    expect(store().view.selection).toEqual({ kind: 'country', id: 'AAA' });
    // Outside a presentation, Escape clears the selection.
    expect(keyCommand('Escape', { presenting: false, hasSelection: true })).toBe('clear-selection');
    expect(keyCommand('Escape', { presenting: false, hasSelection: false })).toBeNull();
  });
});

describe('typing', () => {
  it('is one history step per field edit', () => {
    const edits = createEditHistory();
    const caption = 'A caption of 18 ch';
    const entries = [...caption].map(() => edits.entry('caption-0'));
    expect(entries.filter((e) => e === 'push')).toHaveLength(1);
    expect(entries[0]).toBe('push');
    expect(edits.entry('title-0')).toBe('push');
    edits.end('title-0');
    expect(edits.entry('title-0')).toBe('push');
  });
});
