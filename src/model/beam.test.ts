/**
 * Beam search against exhaustive search on a tiny model whose whole output space can be listed,
 * and against greedy decoding at k = 1. Log-probabilities of a fixed output come from forced
 * decoding (the same decoder step), so both searches score sequences identically.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { beamSearch } from './beam';
import type { AttentionKind } from './config';
import { greedyDecode } from './greedy';
import type { Seq2SeqModel } from './model';
import { initParams } from './params';
import { useCpu } from './testUtils';
import { EOS, SPECIALS, Vocab } from './vocab';

/** A tiny model over 4 specials + `words` target ids with sharpened (×4) random weights. */
function sharpModel(attention: AttentionKind, seed: number, maxTgtLen: number, words = ['x', 'y']): Seq2SeqModel {
  const src = new Vocab([...SPECIALS, 'a', 'b', 'c']);
  const tgt = new Vocab([...SPECIALS, ...words]);
  const cfg = { attention, embDim: 6, hidden: 8, srcVocabSize: src.size, tgtVocabSize: tgt.size, maxSrcLen: 10, maxTgtLen };
  const raw = initParams(cfg, seed);
  const params = tf.tidy(() => Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, tf.mul(v, 4)])));
  tf.dispose(Object.values(raw));
  return { cfg, params, src, tgt, caseTable: {} };
}

/** log p(ids | source) by forced decoding. */
async function logProb(model: Seq2SeqModel, text: string, ids: number[]): Promise<number> {
  const trace = await greedyDecode(model, text, { force: ids, maxLen: ids.length });
  return trace.steps.reduce((s, st) => s + Math.log(st.chosen.p), 0);
}

/** Every sequence of 1..L ids that ends with </s> (and has no earlier </s>). */
function finishedSequences(V: number, L: number): number[][] {
  const out: number[][] = [];
  const grow = (prefix: number[]): void => {
    out.push([...prefix, EOS]);
    if (prefix.length + 1 >= L) return;
    for (let id = 0; id < V; id++) if (id !== EOS) grow([...prefix, id]);
  };
  grow([]);
  return out;
}

describe('beam search', () => {
  beforeAll(useCpu);

  /** The best finished output by exhaustive search: ids and normalised score. */
  async function exhaustive(
    model: Seq2SeqModel,
    text: string,
    L: number,
    alpha: number,
  ): Promise<{ ids: number[]; score: number }> {
    let best = { ids: [] as number[], score: -Infinity };
    for (const ids of finishedSequences(model.cfg.tgtVocabSize, L)) {
      const score = (await logProb(model, text, ids)) / Math.pow(ids.length, alpha);
      if (score > best.score) best = { ids, score };
    }
    return best;
  }

  for (const attention of ['general', 'bahdanau'] as const) {
    for (const alpha of [0, 1]) {
      it(`${attention}, α=${alpha}: equals exhaustive search where nothing is pruned (5 ids, ≤ 2 tokens, k=10)`, async () => {
        for (const seed of [1, 2, 3, 4]) {
          const model = sharpModel(attention, seed, 2, ['x']);
          const best = await exhaustive(model, 'a b c', 2, alpha);
          const top = (await beamSearch(model, 'a b c', { k: 10, alpha })).hypotheses[0]!;
          expect([...top.ids], `seed ${seed}`).toEqual(best.ids);
          expect(top.score).toBeCloseTo(best.score, 4);
          tf.dispose(Object.values(model.params));
        }
      });

      it(`${attention}, α=${alpha}: with pruning (6 ids, ≤ 3 tokens), never beats exhaustive search and reports true scores`, async () => {
        for (const seed of [1, 2, 3, 4]) {
          const model = sharpModel(attention, seed, 3);
          const best = await exhaustive(model, 'a b c', 3, alpha);
          const top = (await beamSearch(model, 'a b c', { k: 10, alpha })).hypotheses[0]!;
          // (Beam search is not monotonic in k, so no comparison with k = 1 is asserted.)
          expect(top.score).toBeLessThanOrEqual(best.score + 1e-6);
          // The reported score is the forced-decoding score of the reported words.
          expect(top.score).toBeCloseTo((await logProb(model, 'a b c', top.ids)) / Math.pow(top.ids.length, alpha), 4);
          tf.dispose(Object.values(model.params));
        }
      });
    }
  }

  it('k=1 gives the greedy translation and its log-probability', async () => {
    const model = sharpModel('general', 5, 6);
    const greedy = await greedyDecode(model, 'c a b');
    const beam = await beamSearch(model, 'c a b', { k: 1, alpha: 0 });
    const greedyIds = greedy.steps.map((s) => s.chosen.id);
    expect(beam.hypotheses[0]!.ids).toEqual(greedyIds.filter((id) => id !== EOS).concat(greedy.hitMaxLength ? [] : [EOS]));
    expect(beam.hypotheses[0]!.logp).toBeCloseTo(
      greedy.steps.reduce((s, st) => s + Math.log(st.chosen.p), 0),
      4,
    );
    tf.dispose(Object.values(model.params));
  });

  it('k=1 equals greedy on many inputs (an end-of-sentence ranked second never ends the search)', async () => {
    let compared = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const model = sharpModel('general', seed, 6, ['x', 'y', 'z']);
      for (const text of ['a', 'b c', 'c a b', 'a a b c']) {
        const greedy = await greedyDecode(model, text);
        if (greedy.hitMaxLength) continue; // at the length limit beam may still close with </s>
        const beam = await beamSearch(model, text, { k: 1, alpha: 0 });
        const ids = greedy.steps.map((s) => s.chosen.id).filter((id) => id !== EOS);
        expect(
          beam.hypotheses[0]!.ids.filter((id) => id !== EOS),
          `seed ${seed} "${text}"`,
        ).toEqual(ids);
        compared += 1;
      }
      tf.dispose(Object.values(model.params));
    }
    expect(compared).toBeGreaterThanOrEqual(8); // 9 of the 24 end with </s> before the limit (sharpened random weights loop a lot)
  });

  it('keeps at most k live hypotheses per step, records pruned ones, and leaks no tensor', async () => {
    const model = sharpModel('concat', 9, 6);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) {
      const r = await beamSearch(model, 'b b a', { k: 3 });
      for (const beam of r.beams) {
        const live = beam.map((id) => r.nodes[id]!).filter((n) => !n.finished);
        expect(live.length).toBeLessThanOrEqual(3);
      }
      expect(r.nodes.some((n) => !n.kept)).toBe(true);
      expect(r.hypotheses.length).toBeGreaterThan(0);
      for (let j = 1; j < r.hypotheses.length; j++)
        expect(r.hypotheses[j - 1]!.score).toBeGreaterThanOrEqual(r.hypotheses[j]!.score);
    }
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose(Object.values(model.params));
  });

  it('gives up between two steps when its signal aborts, rejecting with the reason and leaking no tensor', async () => {
    const model = sharpModel('general', 5, 8);
    const before = tf.memory().numTensors;
    // a signal that aborts at the third step (a view closed while the search ran)
    let checks = 0;
    const signal = {
      throwIfAborted: () => {
        if (++checks === 3) throw new Error('the view closed');
      },
    } as unknown as AbortSignal;
    await expect(beamSearch(model, 'a b c', { k: 3, signal })).rejects.toThrow('the view closed');
    expect(checks).toBe(3);
    const gone = new AbortController();
    gone.abort(new Error('superseded'));
    await expect(beamSearch(model, 'a b c', { k: 3, signal: gone.signal })).rejects.toThrow('superseded');
    expect(tf.memory().numTensors).toBe(before);
    // not aborted: the same search runs to the end
    expect((await beamSearch(model, 'a b c', { k: 3, signal: new AbortController().signal })).hypotheses.length).toBeGreaterThan(
      0,
    );
    tf.dispose(Object.values(model.params));
  });
});
