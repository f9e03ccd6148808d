/**
 * The en→de example chips as the shipped models translate them: each is there to show a German
 * reordering, so each model must translate the whole sentence (a chip whose clause the default
 * model dropped showed nothing of what it was chosen for), and the subordinate-clause chip's
 * participle must look back at its English verb.
 */
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { greedyDecode } from '../../model/greedy';
import { disposeModel, type Seq2SeqModel } from '../../model/model';
import { useCpu } from '../../model/testUtils';
import { loadModelDir } from '../../train/export';
import { PAIR_EXAMPLES } from './pairs';

const EXAMPLES = PAIR_EXAMPLES['en-de'] ?? [];
/** English conjunctions of a subordinate clause and the German words that must say them. */
const CLAUSES: [RegExp, RegExp][] = [
  [/\bbecause\b/, /, weil /],
  [/\bthat\b/, /, dass /],
];

describe.each(['luong-general', 'bahdanau', 'none'])('the en→de examples, translated by %s', (folder) => {
  let model: Seq2SeqModel;
  beforeAll(async () => {
    await useCpu();
    model = loadModelDir(`public/models/en-de/${folder}`);
  });
  afterAll(() => disposeModel(model));

  it('keep every subordinate clause and end as a sentence, leaving no tensor behind', async () => {
    const before = tf.memory().numTensors;
    for (const e of EXAMPLES) {
      const { translation, hitMaxLength } = await greedyDecode(model, e);
      expect(hitMaxLength, e).toBe(false);
      expect(translation, e).toMatch(/[.!?]$/);
      for (const [en, de] of CLAUSES) if (en.test(e)) expect(translation, e).toMatch(de);
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('the subordinate-clause example in the default en→de model', () => {
  let model: Seq2SeqModel;
  beforeAll(async () => {
    await useCpu();
    model = loadModelDir('public/models/en-de/luong-general');
  });
  afterAll(() => disposeModel(model));

  it('puts the participle and the auxiliary at the end; the participle attends to "worked"', async () => {
    const sentence = EXAMPLES.find((e) => /\bbecause\b/.test(e))!;
    const trace = await greedyDecode(model, sentence);
    expect(trace.translation).toMatch(/, weil ich .* gearbeitet habe\.$/);
    const step = trace.steps.find((s) => s.chosen.token === 'gearbeitet')!;
    const top = step.weights.indexOf(Math.max(...step.weights));
    expect(trace.encoder.tokens[top]).toBe('worked');
  });
});
