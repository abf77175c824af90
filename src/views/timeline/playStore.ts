/**
 * Play state of the timeline: whether it steps through the years and how fast. Short-lived
 * interaction state, kept apart from the app store (it is not in the URL and no model needs it).
 */
import { create } from 'zustand';

export const PLAY_SPEEDS = [0.5, 1, 2, 4] as const;
export type PlaySpeed = (typeof PLAY_SPEEDS)[number];

export interface PlayState {
  playing: boolean;
  /** Years per second. */
  speed: PlaySpeed;
  setPlaying(playing: boolean): void;
  setSpeed(speed: PlaySpeed): void;
}

export const usePlayStore = create<PlayState>()((set) => ({
  playing: false,
  speed: 1,
  setPlaying: (playing) => set({ playing }),
  setSpeed: (speed) => set({ speed }),
}));

/**
 * One play step, as a pure function of the period: the next year (as-of mode) or the range slid by
 * one year, or null at the last year (playing stops there).
 */
export function nextPlayStep(
  period: { mode: 'range' | 'asOf'; from: number; to: number },
  last: number,
): { from: number; to: number } | null {
  if (period.to >= last) return null;
  return period.mode === 'asOf'
    ? { from: period.from, to: period.to + 1 }
    : { from: period.from + 1, to: period.to + 1 };
}

/** Where playing starts: the current period, or back at the start when it is at the end already. */
export function playStart(
  period: { mode: 'range' | 'asOf'; from: number; to: number },
  first: number,
  last: number,
): { from: number; to: number } {
  if (period.to < last) return { from: period.from, to: period.to };
  if (period.mode === 'asOf') return { from: period.from, to: first };
  const width = period.to - period.from;
  return { from: first, to: Math.min(last, first + width) };
}
