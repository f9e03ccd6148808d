/**
 * The shipped precomputed example (public/examples/precomputed-trace.json): well-formed, computed
 * by the shipped model it names (same weights checksum), and equal to what that model decodes now.
 * When the model is retrained, this fails until `npm run example-trace` writes the file again.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { greedyDecode } from '../model/greedy';
import { disposeModel } from '../model/model';
import { useCpu } from '../model/testUtils';
import type { ModelJson } from '../model/weights';
import { loadModelDir } from '../train/export';
import {
  EXAMPLE_SENTENCE,
  isPrecomputedExample,
  PRECOMPUTED_PATH,
  roundSig,
  roundTrace,
  type PrecomputedExample,
} from './precomputed';

const FILE = path.resolve('public', PRECOMPUTED_PATH);
const read = (): PrecomputedExample => JSON.parse(readFileSync(FILE, 'utf8')) as PrecomputedExample;

describe('precomputed example', () => {
  beforeAll(useCpu);

  it('is well-formed, labelled as precomputed, and rejected when broken', () => {
    const ex = read();
    expect(isPrecomputedExample(ex)).toBe(true);
    expect(ex.sentence).toBe(EXAMPLE_SENTENCE);
    expect(ex.description).toMatch(/^Precomputed, not live/);
    const broken: ((e: PrecomputedExample) => void)[] = [
      (e) => void (e.format = 'other' as PrecomputedExample['format']),
      (e) => void e.trace.encoder.annotations.pop(),
      (e) => void e.trace.steps[0]!.state.pop(),
      (e) => void (e.trace.steps[1]!.weights = [0.5]),
      (e) => void (e.trace.steps[2]!.context[3] = Number.NaN),
      (e) => void (e.trace.steps[0]!.topK = []),
      (e) => void (e.trace.steps = []),
      (e) => void delete (e as Partial<PrecomputedExample>).trace,
    ];
    for (const [i, breakIt] of broken.entries()) {
      const e = read();
      breakIt(e);
      expect(isPrecomputedExample(e), `breakage ${i}`).toBe(false);
    }
    expect(isPrecomputedExample(null)).toBe(false);
  });

  it('was computed by the shipped model it names, and matches its decode now', async () => {
    const ex = read();
    const dir = path.resolve('public/models/en-fr', ex.variant);
    const json = JSON.parse(readFileSync(path.join(dir, 'model.json'), 'utf8')) as ModelJson;
    expect(ex.modelSha256, `${PRECOMPUTED_PATH} is stale (the ${ex.variant} weights changed): run npm run example-trace`).toBe(
      json.sha256,
    );
    const model = loadModelDir(dir);
    try {
      const live = await greedyDecode(model, ex.sentence);
      expect(ex.trace.translation).toBe(live.translation);
      expect(ex.trace.encoder.tokens).toEqual(live.encoder.tokens);
      expect(ex.trace.steps.map((s) => s.chosen.id)).toEqual(live.steps.map((s) => s.chosen.id));
      for (const [i, s] of live.steps.entries()) {
        const p = ex.trace.steps[i]!;
        s.weights.forEach((w, j) => expect(p.weights[j]).toBeCloseTo(w, 3));
        s.state.forEach((v, j) => expect(p.state[j]).toBeCloseTo(v, 2));
        expect(p.topK.map((c) => c.id)).toEqual(s.topK.map((c) => c.id));
      }
    } finally {
      disposeModel(model);
    }
  });

  it('rounds every number to 4 significant digits and keeps ids and tokens', () => {
    expect(roundSig(0.123456)).toBe(0.1235);
    expect(roundSig(-1234.56)).toBe(-1235);
    expect(roundSig(0.000012346)).toBe(0.00001235);
    expect(roundSig(0)).toBe(0);
    const ex = read();
    const again = roundTrace(ex.trace);
    expect(again).toEqual(ex.trace); // already rounded: idempotent
    const digits = (x: number): number => (x === 0 ? 0 : x.toExponential().split('e')[0]!.replace(/[-.]/g, '').length);
    for (const s of ex.trace.steps)
      for (const v of [...s.state, ...s.weights, ...s.topK.map((c) => c.p)]) expect(digits(v)).toBeLessThanOrEqual(4);
  });
});
