import * as tf from '@tensorflow/tfjs-core';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModelDir } from '../train/export';
import { beamSearch, hypothesisWeights } from './beam';
import { greedyDecode, surfaceText } from './greedy';
import { disposeModel, type Seq2SeqModel } from './model';
import { useCpu } from './testUtils';
import { parseUnkDictionary, replaceInTrace, replaceUnknowns, sourceSurface, type UnkDictionary } from './unkReplace';

const SRC = ['the', 'treaty', 'was', 'signed', 'in', '1992', '.', '</s>'];

describe('replaceUnknowns (the rule)', () => {
  it('takes the source word with the highest attention weight at that step', () => {
    const out = ['le', 'traité', 'fut', 'signé', 'en', '<unk>', '.'];
    const w: number[][] = out.map(() => SRC.map(() => 0));
    w[5] = [0.05, 0.05, 0, 0.1, 0.2, 0.55, 0.05, 0]; // "1992" has the largest α
    const r = replaceUnknowns(out, w, SRC);
    expect(r.tokens).toEqual(['le', 'traité', 'fut', 'signé', 'en', '1992', '.']);
    expect(r.replacements).toEqual([
      { outputIndex: 5, sourcePosition: 5, sourceWord: '1992', alpha: 0.55, word: '1992', via: 'copy' },
    ]);
    // move the peak: the replacement follows it
    w[5] = [0, 0.7, 0, 0.1, 0.1, 0.1, 0, 0];
    expect(replaceUnknowns(out, w, SRC).tokens[5]).toBe('treaty');
  });

  it('translates through the dictionary when it has the word, else copies it', () => {
    const dict: UnkDictionary = { treaty: 'traité', signed: 'signé' };
    const out = ['le', '<unk>', 'fut', '<unk>', 'en', '<unk>'];
    const w = [[], [0, 0.9, 0.1, 0, 0, 0, 0, 0], [], [0, 0, 0.2, 0.8, 0, 0, 0, 0], [], [0, 0, 0, 0, 0.3, 0.6, 0.1, 0]];
    const r = replaceUnknowns(out, w, SRC, { dictionary: dict });
    expect(r.tokens).toEqual(['le', 'traité', 'fut', 'signé', 'en', '1992']);
    expect(r.replacements.map((x) => [x.word, x.via, x.sourceWord])).toEqual([
      ['traité', 'dictionary', 'treaty'],
      ['signé', 'dictionary', 'signed'],
      ['1992', 'copy', '1992'],
    ]);
    // inherited object keys are not dictionary entries
    expect(replaceUnknowns(['<unk>'], [[1]], ['constructor', '</s>'], { dictionary: dict }).tokens).toEqual(['constructor']);
  });

  it('leaves known words alone, never picks </s>, and keeps <unk> without attention weights', () => {
    const out = ['le', 'traité', '<unk>'];
    const w = [
      [0.1, 0.8, 0, 0, 0, 0, 0, 0.1],
      [0.1, 0.8, 0, 0, 0, 0, 0, 0.1],
      [0, 0, 0, 0, 0, 0.3, 0, 0.7], // </s> has the most weight: the best real word is "1992"
    ];
    const r = replaceUnknowns(out, w, SRC, { dictionary: { the: 'XX', treaty: 'YY' } });
    expect(r.tokens).toEqual(['le', 'traité', '1992']);
    expect(r.replacements).toHaveLength(1);
    expect(r.replacements[0]!.alpha).toBe(0.3);
    // the no-attention baseline has no weights: nothing to follow
    expect(replaceUnknowns(['<unk>', '.'], [[], []], SRC)).toEqual({ tokens: ['<unk>', '.'], replacements: [] });
  });

  it('a copied word keeps its source case, except the sentence-initial capital', () => {
    const src = ['zanzibar', 'is', 'far', 'from', 'zanzibar', '</s>'];
    const surface = ['Zanzibar', 'is', 'far', 'from', 'Zanzibar'];
    expect(replaceUnknowns(['<unk>'], [[0, 0, 0, 0, 1, 0]], src, { sourceSurface: surface }).tokens).toEqual(['Zanzibar']);
    expect(replaceUnknowns(['<unk>'], [[1, 0, 0, 0, 0, 0]], src, { sourceSurface: surface }).tokens).toEqual(['zanzibar']);
  });
});

describe('parseUnkDictionary', () => {
  it('reads the shipped dictionaries and rejects damaged ones with a reason', () => {
    for (const pair of ['en-fr', 'en-de']) {
      const d = parseUnkDictionary(JSON.parse(readFileSync(`public/models/${pair}/unk-dict.json`, 'utf8')));
      expect(Object.keys(d).length).toBeGreaterThan(5000);
    }
    expect(() => parseUnkDictionary({ entries: {} })).toThrow(
      'unk-dict.json is not an unknown-word dictionary (format unk-dict/1)',
    );
    expect(() => parseUnkDictionary({ format: 'unk-dict/1', entries: [] })).toThrow('unk-dict.json has no "entries" object');
    expect(() => parseUnkDictionary({ format: 'unk-dict/1', entries: { a: 'b', c: 3 } })).toThrow(
      'unk-dict.json: the entry "c" is not a word',
    );
  });
});

describe('unknown-word replacement with the shipped en→fr luong-general model', () => {
  let model: Seq2SeqModel;
  let dict: UnkDictionary;
  beforeAll(async () => {
    await useCpu();
    model = loadModelDir('public/models/en-fr/luong-general');
    dict = parseUnkDictionary(JSON.parse(readFileSync('public/models/en-fr/unk-dict.json', 'utf8')));
  });
  afterAll(() => disposeModel(model));
  const TEXT = 'Tom went to Zanzibar with Mary in 1987.';

  it('greedy: the name and the number the model cannot write come back, copied from where it looked', async () => {
    const before = tf.memory().numTensors;
    const trace = await greedyDecode(model, TEXT);
    expect(trace.translation).toContain('<unk>'); // the model alone cannot write them
    const r = replaceInTrace(model, trace, TEXT, dict);
    expect(r.text).toBe('Tom est allé à Zanzibar avec Mary en 1987.');
    expect(r.replacements.map((x) => [x.sourceWord, x.via])).toEqual([
      ['zanzibar', 'copy'],
      ['1987', 'copy'],
    ]);
    for (const x of r.replacements) {
      // α is the weight the model really put on that word at that step, and the largest one
      const w = trace.steps[x.outputIndex]!.weights;
      expect(x.alpha).toBe(w[x.sourcePosition]);
      expect(x.alpha).toBe(Math.max(...w));
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('greedy: a rare word is translated by the dictionary learned from training alignments', async () => {
    const text = 'She bought a tarantula and an aquarium.';
    const r = replaceInTrace(model, await greedyDecode(model, text), text, dict);
    expect(r.text).toBe('Elle a acheté une tarentule et un aquarium.');
    expect(r.replacements).toMatchObject([{ sourceWord: 'tarantula', word: 'tarentule', via: 'dictionary' }]);
    // without the dictionary the English word is copied
    expect(replaceInTrace(model, await greedyDecode(model, text), text).text).toBe('Elle a acheté une tarantula et un aquarium.');
  });

  it('beam: the best hypothesis is replaced through its own path of attention weights', async () => {
    const r = await beamSearch(model, TEXT, { k: 5 });
    const best = r.hypotheses[0]!;
    expect(best.tokens).toContain('<unk>');
    const weights = hypothesisWeights(r, best.nodeId);
    expect(weights).toHaveLength(best.ids.length);
    const out = replaceUnknowns(best.tokens, weights, r.sourceTokens, {
      dictionary: dict,
      sourceSurface: sourceSurface(model, TEXT),
    });
    const text = surfaceText(model, out.tokens, r.sourceTokens);
    expect(text).toContain('Zanzibar');
    expect(text).toContain('1987');
    expect(text).not.toContain('<unk>');
  });
});
