/**
 * One output length limit for every decoder: evaluation (batched greedy, padded batches) and the
 * browser's traced greedy decode emit the same words for long and looping inputs on the shipped
 * models, and beam search stops at the same limit. Before `maxDecodeLen`, the browser ran to
 * maxTgtLen = 60 while evaluation stopped at 2·S + 10 of the padded batch, so a looping decode
 * showed more words than the one BLEU was measured on.
 */
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModelDir } from '../train/export';
import { greedyBatch } from './batchGreedy';
import { beamSearch } from './beam';
import { maxDecodeLen } from './config';
import { finishText, greedyDecode } from './greedy';
import { disposeModel, prepareSource, type Seq2SeqModel } from './model';
import { useCpu } from './testUtils';

/** The no-attention model loops on this one ("Ouf ! ! ! ! …" until the limit). */
const LOOPING = '!!!!!!!!!!!!!!!!';
/** 28 source tokens: a batch holding it pads every row to 28. */
const LONG = Array(27).fill('the').join(' ');
const INPUTS = [
  LOOPING,
  LONG,
  'I am a student.',
  'very very very very very very very very good',
  'Tom, Tom, Tom, Tom, Tom, Tom, Tom, Tom, Tom, Tom',
  '',
];

describe.each(['none', 'luong-general'])('shipped model %s', (variant) => {
  let model: Seq2SeqModel;
  beforeAll(async () => {
    await useCpu();
    model = loadModelDir(`public/models/en-fr/${variant}`);
  });
  afterAll(() => disposeModel(model));

  it('batch evaluation and the browser decode emit the same words, each stopping at maxDecodeLen(config, S)', async () => {
    const before = tf.memory().numTensors;
    const batched = await greedyBatch(model, INPUTS); // one padded batch of S = 28
    for (const [i, text] of INPUTS.entries()) {
      const trace = await greedyDecode(model, text);
      const limit = maxDecodeLen(model.cfg, prepareSource(model, text).ids.length);
      expect(trace.steps.length, text).toBeLessThanOrEqual(limit);
      expect(finishText(model, batched[i]!.ids, prepareSource(model, text).tokens).tokens, text).toEqual(trace.outputTokens);
      if (trace.hitMaxLength) expect(trace.steps.length, text).toBe(limit);
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('beam search stops at the same limit', async () => {
    for (const text of [LOOPING, LONG]) {
      const r = await beamSearch(model, text, { k: 3 });
      expect(r.beams.length).toBeLessThanOrEqual(maxDecodeLen(model.cfg, prepareSource(model, text).ids.length));
    }
  });
});

describe('a looping decode', () => {
  it('stops at 2·S + 10 words, before maxTgtLen, in the browser and in evaluation alike', async () => {
    await useCpu();
    const model = loadModelDir('public/models/en-fr/none');
    try {
      const S = prepareSource(model, LOOPING).ids.length;
      const trace = await greedyDecode(model, LOOPING);
      expect(trace.hitMaxLength).toBe(true);
      expect(trace.steps.length).toBe(2 * S + 10);
      expect(trace.steps.length).toBeLessThan(model.cfg.maxTgtLen);
      const [looping] = await greedyBatch(model, [LOOPING, LONG]);
      expect(looping!.ids).toHaveLength(2 * S + 10);
    } finally {
      disposeModel(model);
    }
  });
});
