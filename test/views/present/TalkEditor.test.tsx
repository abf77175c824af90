// @vitest-environment jsdom
/** Typing a step's caption or title adds one history entry per field edit, not one per key. */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/model/dataset';
import { viewCommits, type HistoryEntry } from '../../../src/state/channels';
import { useAppStore } from '../../../src/state/store';
import { TalkEditor } from '../../../src/views/present/TalkEditor';
import { fixtureDataset } from '../../model/fixture';

const data = indexDataset(fixtureDataset());
let entries: HistoryEntry[] = [];
let unsubscribe = () => {};

describe('TalkEditor', () => {
  beforeEach(() => {
    act(() => {
      useAppStore.getState().setLoaded({ data, problems: [] });
      useAppStore.getState().setExtras({ talk: [{ title: 'Step 1', query: '' }] });
    });
    entries = [];
    unsubscribe = viewCommits.subscribe((c) => entries.push(c.history));
  });
  afterEach(() => {
    unsubscribe();
    cleanup();
  });

  it('types an 18-character caption as one history step', () => {
    render(<TalkEditor />);
    const caption = screen.getByLabelText('Caption of step 1');
    const text = 'Warsaw Pact, 1985.';
    expect(text).toHaveLength(18);
    for (let i = 1; i <= text.length; i++)
      fireEvent.change(caption, { target: { value: text.slice(0, i) } });
    expect(useAppStore.getState().extras.talk[0]!.caption).toBe(text);
    expect(entries.filter((e) => e === 'push')).toHaveLength(1);
    expect(entries).toHaveLength(18);

    // Leaving the field ends the edit: the next one is a new step.
    fireEvent.blur(caption);
    const title = screen.getByLabelText('Title of step 1');
    fireEvent.change(title, { target: { value: 'Blocs' } });
    fireEvent.change(title, { target: { value: 'Blocs!' } });
    expect(entries.filter((e) => e === 'push')).toHaveLength(2);
  });
});
