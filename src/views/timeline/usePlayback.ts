/**
 * Play: step the year (as of) or slide the range by one year at the chosen speed, and stop at the
 * last year with one history entry for where it stopped. Each step is a jump (no transition), so
 * reduced motion needs nothing more here.
 */
import { useEffect } from 'react';
import { useAppStore } from '../../state/store';
import { nextPlayStep, playStart, usePlayStore } from './playStore';
import { setPeriod } from './period';

export function usePlayback(first: number, last: number) {
  const playing = usePlayStore((s) => s.playing);
  const speed = usePlayStore((s) => s.speed);
  const setSpeed = usePlayStore((s) => s.setSpeed);
  const setPlaying = usePlayStore((s) => s.setPlaying);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const next = nextPlayStep(useAppStore.getState().view.filters, last);
      if (next) setPeriod(next.from, next.to, 'replace');
      if (!next || next.to >= last) {
        usePlayStore.getState().setPlaying(false);
        const { view, setFilters } = useAppStore.getState();
        setFilters({ from: view.filters.from, to: view.filters.to }, 'push');
      }
    }, 1000 / speed);
    return () => window.clearInterval(timer);
  }, [playing, speed, last]);

  // Leaving the timeline stops playing.
  useEffect(() => () => usePlayStore.getState().setPlaying(false), []);

  const toggle = () => {
    if (playing) return setPlaying(false);
    const filters = useAppStore.getState().view.filters;
    const start = playStart(filters, first, last);
    if (start.from !== filters.from || start.to !== filters.to)
      setPeriod(start.from, start.to, 'push');
    setPlaying(true);
  };

  return { playing, speed, setSpeed, toggle };
}
