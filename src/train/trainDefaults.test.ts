/**
 * The size-dependent training defaults: the tiny preset trains longer in smaller steps, and the base
 * size (the shipped models, and the en→de runs that resume with these defaults) keeps the shared
 * schedule exactly — a change there would silently change what a resumed run does.
 */
import { describe, expect, it } from 'vitest';
import { SIZE_TRAIN_DEFAULTS, TRAIN_DEFAULTS, defaultLrDecayAt } from '../model/config';

describe('training defaults by size', () => {
  it('base adds nothing to TRAIN_DEFAULTS: 8 epochs of 64 at lr 0.001, halved at epochs 5.6 and 6.8', () => {
    expect(SIZE_TRAIN_DEFAULTS.base).toEqual({});
    const base = { ...TRAIN_DEFAULTS, ...SIZE_TRAIN_DEFAULTS.base };
    expect([base.epochs, base.batchSize, base.lr, base.attLrScale]).toEqual([8, 64, 0.001, 0.0625]);
    expect(defaultLrDecayAt(base.epochs).map((e) => +e.toFixed(2))).toEqual([5.6, 6.8]);
  });

  it('tiny trains more, smaller steps: more updates than base over the same pairs', () => {
    const tiny = { ...TRAIN_DEFAULTS, ...SIZE_TRAIN_DEFAULTS.tiny };
    const updatesPerPair = (d: { epochs: number; batchSize: number }): number => d.epochs / d.batchSize;
    expect(updatesPerPair(tiny)).toBeGreaterThan(4 * updatesPerPair(TRAIN_DEFAULTS));
  });
});
