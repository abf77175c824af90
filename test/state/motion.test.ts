import { afterEach, describe, expect, it } from 'vitest';
import { motionIsReduced, motionMs, useMotionStore } from '../../src/state/motion';

describe('motion preference', () => {
  afterEach(() => useMotionStore.setState({ setting: 'system', systemReduces: false }));

  it('follows the system unless the reader chose otherwise', () => {
    expect(motionIsReduced({ setting: 'system', systemReduces: true })).toBe(true);
    expect(motionIsReduced({ setting: 'system', systemReduces: false })).toBe(false);
    expect(motionIsReduced({ setting: 'full', systemReduces: true })).toBe(false);
    expect(motionIsReduced({ setting: 'reduce', systemReduces: false })).toBe(true);
  });

  it('turns animation durations into zero when motion is reduced', () => {
    expect(motionMs(600)).toBe(600);
    useMotionStore.setState({ systemReduces: true });
    expect(motionMs(600)).toBe(0);
    useMotionStore.getState().setSetting('full');
    expect(motionMs(600)).toBe(600);
  });
});
