/** Helpers for the kernel-patch tests (not shipped: only *.test.ts files import it). */
import { expect } from 'vitest';
import { mulberry32 } from '../train/rng';

/** `n` deterministic values in [-1, 1) from `seed`. */
export function seededValues(n: number, seed: number): Float32Array {
  const r = mulberry32(seed);
  return Float32Array.from({ length: n }, () => 2 * r() - 1);
}

/** The largest |a[i] − b[i]| (the lengths must match). */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}
