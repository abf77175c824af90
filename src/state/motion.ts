/**
 * Motion preference: follow the system (`prefers-reduced-motion`) or the user's own choice in the
 * app. Kept in localStorage like the theme, never in the URL (it is about the reader, not the
 * view). With reduced motion, layout switches and camera moves jump and Play steps without
 * transitions: animations ask `motionMs(duration)` and get 0.
 */
import { create } from 'zustand';

export type MotionSetting = 'system' | 'reduce' | 'full';

interface MotionState {
  setting: MotionSetting;
  /** The system asks for reduced motion (`prefers-reduced-motion: reduce`). */
  systemReduces: boolean;
  setSetting(setting: MotionSetting): void;
}

const MOTION_KEY = 'entente-motion';
const QUERY = '(prefers-reduced-motion: reduce)';

function readSetting(): MotionSetting {
  try {
    const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(MOTION_KEY);
    return stored === 'reduce' || stored === 'full' ? stored : 'system';
  } catch {
    return 'system';
  }
}

const media =
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(QUERY)
    : null;

export const useMotionStore = create<MotionState>()((set) => ({
  setting: readSetting(),
  systemReduces: media?.matches ?? false,
  setSetting: (setting) => {
    try {
      localStorage.setItem(MOTION_KEY, setting);
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for this visit.
    }
    set({ setting });
  },
}));

media?.addEventListener?.('change', (event) =>
  useMotionStore.setState({ systemReduces: event.matches }),
);

/** Whether motion is reduced, from the user's setting or else the system's. */
export function motionIsReduced(state: Pick<MotionState, 'setting' | 'systemReduces'>): boolean {
  return state.setting === 'system' ? state.systemReduces : state.setting === 'reduce';
}

/** For code outside React (animation loops, timers): read at the moment of animating. */
export const reducedMotion = () => motionIsReduced(useMotionStore.getState());

/** An animation's duration, or 0 when motion is reduced (the change then happens at once). */
export const motionMs = (duration: number) => (reducedMotion() ? 0 : duration);

export const useReducedMotion = () => useMotionStore(motionIsReduced);
