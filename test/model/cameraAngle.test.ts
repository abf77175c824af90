import { describe, expect, it } from 'vitest';
import { cameraAngle, PORTRAIT_RATIO, QUARTER_TURN } from '../../src/model/cameraAngle';

describe('cameraAngle', () => {
  it('turns the force layout a quarter on a canvas clearly taller than wide', () => {
    expect(cameraAngle({ width: 390, height: 718 }, 'force')).toBe(QUARTER_TURN);
    expect(Math.abs(QUARTER_TURN)).toBeCloseTo(Math.PI / 2, 12);
  });

  it('leaves wide, square and nearly square canvases unturned', () => {
    expect(cameraAngle({ width: 1280, height: 600 }, 'force')).toBe(0);
    expect(cameraAngle({ width: 500, height: 500 }, 'force')).toBe(0);
    // At the threshold: not yet turned; just past it: turned.
    expect(cameraAngle({ width: 500, height: 500 * PORTRAIT_RATIO }, 'force')).toBe(0);
    expect(cameraAngle({ width: 500, height: 500 * PORTRAIT_RATIO + 1 }, 'force')).toBe(
      QUARTER_TURN,
    );
  });

  it('never turns the map: north stays up', () => {
    expect(cameraAngle({ width: 390, height: 718 }, 'geo')).toBe(0);
    expect(cameraAngle({ width: 1280, height: 600 }, 'geo')).toBe(0);
  });

  it('leaves a canvas with no size yet unturned', () => {
    expect(cameraAngle({ width: 0, height: 0 }, 'force')).toBe(0);
    expect(cameraAngle({ width: 0, height: 700 }, 'force')).toBe(0);
    expect(cameraAngle({ width: Number.NaN, height: 700 }, 'force')).toBe(0);
  });
});
