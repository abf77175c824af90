/**
 * Property and fuzz tests run a bounded number of cases in `npm test`; `npm run fuzz` multiplies
 * them (FUZZ_SCALE, default 1) for a longer hunt.
 */
const scale = Math.max(1, Number(process.env.FUZZ_SCALE ?? '1') || 1);

export function fuzzRuns(base: number): number {
  return Math.round(base * scale);
}

/** Per-test timeout that grows with the scale. */
export function fuzzTimeout(baseMs: number): number {
  return baseMs * scale;
}
