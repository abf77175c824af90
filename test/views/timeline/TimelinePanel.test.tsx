// @vitest-environment jsdom
/**
 * The timeline component under jsdom: it draws the fixture, keeps the keyboard, the mode switch and
 * clicks on bars in step with the store. (Brushing with a mouse and Play run in test/e2e.)
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/model/dataset';
import { viewCommits, type HistoryEntry } from '../../../src/state/channels';
import { useAppStore } from '../../../src/state/store';
import { TimelinePanel } from '../../../src/views/timeline/TimelinePanel';
import { nextPlayStep, playStart, usePlayStore } from '../../../src/views/timeline/playStore';
import { fixtureDataset } from '../../model/fixture';

const data = indexDataset(fixtureDataset());
let lastEntry: HistoryEntry | null = null;
viewCommits.subscribe((commit) => (lastEntry = commit.history));
const years = () => {
  const f = useAppStore.getState().view.filters;
  return [f.mode, f.from, f.to];
};

describe('TimelinePanel', () => {
  beforeEach(() => {
    act(() => useAppStore.getState().setLoaded({ data, problems: [] }));
  });
  afterEach(() => {
    cleanup();
    usePlayStore.getState().setPlaying(false);
  });

  it('draws the volume, the agreement bars and the axis', () => {
    const { container } = render(<TimelinePanel />);
    expect(container.querySelectorAll('.tl-area').length).toBeGreaterThan(0);
    expect(container.querySelector('[data-agreement="pact"]')?.getAttribute('aria-label')).toBe(
      'Three-party pact, 1950 to in force, 3 members',
    );
    // The bar carries its name, not only in a tooltip.
    expect(container.querySelector('[data-agreement="pact"] .tl-bar-label')?.textContent).toBe(
      'Three-party pact',
    );
    expect(container.querySelectorAll('.tl-axis text').length).toBeGreaterThan(2);
  });

  it('moves and resizes the range from the keyboard', () => {
    render(<TimelinePanel />);
    const slider = screen.getByRole('slider', { name: 'Period on the timeline' });
    expect(years()).toEqual(['range', 1950, 1980]);
    fireEvent.keyDown(slider, { key: 'ArrowLeft', shiftKey: true });
    expect(years()).toEqual(['range', 1950, 1979]);
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(years()).toEqual(['range', 1951, 1980]);
    fireEvent.keyDown(slider, { key: 'Home' });
    expect(years()).toEqual(['range', 1950, 1979]);
    expect(lastEntry).toBe('push');
    fireEvent.keyDown(slider, { key: 'ArrowRight', repeat: true });
    expect(lastEntry).toBe('replace');
    expect(slider.getAttribute('aria-valuetext')).toBe('1951 to 1980');
  });

  it('turns into a single-year marker in "as of" mode', () => {
    const { container } = render(<TimelinePanel />);
    fireEvent.click(screen.getByRole('radio', { name: 'As of year' }));
    const slider = screen.getByRole('slider', { name: 'Year on the timeline' });
    fireEvent.keyDown(slider, { key: 'Home' });
    expect(years()).toEqual(['asOf', 1950, 1950]);
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(years()).toEqual(['asOf', 1950, 1951]);
    expect(container.querySelector('.tl-marker-label')?.textContent).toBe('1951');
    expect(container.querySelector('.tl-brush .selection')).toBeNull();
  });

  it('selects an agreement when its bar is clicked and highlights a selected state', () => {
    const { container } = render(<TimelinePanel />);
    fireEvent.click(container.querySelector('[data-agreement="pact"] rect')!);
    expect(useAppStore.getState().view.selection).toEqual({ kind: 'agreement', id: 'pact' });
    act(() => useAppStore.getState().select({ kind: 'country', id: 'DDD' }));
    expect(container.querySelector('[data-agreement="pact"]')?.getAttribute('class')).toContain(
      'is-dim',
    );
    expect(container.querySelector('[data-agreement="aaa-ddd"]')?.getAttribute('class')).toContain(
      'is-member',
    );
  });
});

describe('TimelinePanel lanes, by keyboard', () => {
  beforeEach(() => {
    act(() => useAppStore.getState().setLoaded({ data, problems: [] }));
  });
  afterEach(() => cleanup());

  const bars = (container: HTMLElement) => [
    ...container.querySelectorAll<SVGElement>('.tl-bar[data-agreement]'),
  ];

  it('moves between bars with the arrow keys (one takes Tab) and selects with Enter', () => {
    act(() => useAppStore.getState().select({ kind: 'country', id: 'AAA' }));
    const { container } = render(<TimelinePanel />);
    // The pact, and AAA's bilateral treaty with DDD in a group of its own.
    expect(bars(container).map((b) => b.getAttribute('data-agreement'))).toEqual([
      'pact',
      'aaa-ddd',
    ]);
    const tabbable = () => bars(container).filter((b) => b.getAttribute('tabindex') === '0');
    expect(tabbable().map((b) => b.getAttribute('data-agreement'))).toEqual(['pact']);

    act(() => tabbable()[0]!.focus());
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('data-agreement')).toBe('aaa-ddd');
    expect(tabbable().map((b) => b.getAttribute('data-agreement'))).toEqual(['aaa-ddd']);

    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(useAppStore.getState().view.selection).toEqual({ kind: 'agreement', id: 'aaa-ddd' });
    // Redrawn as selected, the bar keeps the focus.
    expect(document.activeElement?.getAttribute('data-agreement')).toBe('aaa-ddd');
    expect(document.activeElement?.getAttribute('class')).toContain('is-selected');
  });

  it('folds a group into one row and unfolds it, from its name', () => {
    const { container } = render(<TimelinePanel />);
    const toggle = container.querySelector<SVGElement>(
      '[data-group="collective-defence"][role="button"]',
    )!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    act(() => toggle.focus());
    fireEvent.keyDown(toggle, { key: 'Enter' });
    const folded = container.querySelector('[data-group="collective-defence"][role="button"]')!;
    expect(folded.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(folded);
    expect(container.querySelector('[data-agreement="pact"]')).toBeNull();
    expect(
      container.querySelector('.tl-folded[data-group="collective-defence"] path'),
    ).not.toBeNull();
    fireEvent.click(folded);
    expect(container.querySelector('[data-agreement="pact"]')).not.toBeNull();
  });
});

describe('play steps', () => {
  it('steps the year or slides the range, and stops at the last year', () => {
    expect(nextPlayStep({ mode: 'asOf', from: 1950, to: 1960 }, 1980)).toEqual({
      from: 1950,
      to: 1961,
    });
    expect(nextPlayStep({ mode: 'range', from: 1950, to: 1960 }, 1980)).toEqual({
      from: 1951,
      to: 1961,
    });
    expect(nextPlayStep({ mode: 'range', from: 1970, to: 1980 }, 1980)).toBeNull();
  });

  it('starts again from the beginning when already at the end', () => {
    expect(playStart({ mode: 'asOf', from: 1950, to: 1980 }, 1950, 1980)).toEqual({
      from: 1950,
      to: 1950,
    });
    expect(playStart({ mode: 'range', from: 1970, to: 1980 }, 1950, 1980)).toEqual({
      from: 1950,
      to: 1960,
    });
    expect(playStart({ mode: 'range', from: 1960, to: 1970 }, 1950, 1980)).toEqual({
      from: 1960,
      to: 1970,
    });
  });
});
