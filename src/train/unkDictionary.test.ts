import { describe, expect, it } from 'vitest';
import { tokenize } from '../model/tokenize';
import { buildUnkDictionary, ibmModel1 } from './unkDictionary';

const CORPUS = [
  ['the house', 'la maison'],
  ['the blue house', 'la maison bleue'],
  ['the flower', 'la fleur'],
  ['a blue flower', 'une fleur bleue'],
  ['a house', 'une maison'],
  ['the tarantula', 'la tarentule'],
  ['a tarantula', 'une tarentule'],
  ['Tom in 1992', 'Tom en 1992'],
].map(([s, t]) => ({ src: tokenize(s!, 'en'), tgt: tokenize(t!, 'fr') }));

describe('IBM Model 1 and the unknown-word dictionary', () => {
  it('learns word translations from co-occurrence alone', () => {
    const t = ibmModel1(CORPUS, 10);
    expect(t.get('house')![0]!.word).toBe('maison');
    expect(t.get('blue')![0]!.word).toBe('bleue');
    expect(t.get('tarantula')![0]!.word).toBe('tarentule');
    for (const list of t.values()) {
      const sum = list.reduce((s, c) => s + c.p, 0); // t(· | e) is a distribution over target words
      expect(sum).toBeCloseTo(1, 9);
    }
  });

  it('keeps words the model cannot handle, drops identities and words the model translates itself', () => {
    const dict = buildUnkDictionary(CORPUS, {
      iterations: 10,
      srcVocab: new Set(['the', 'a', 'house', 'blue', 'flower', 'tom', 'in', '1992']),
      tgtVocab: new Set(['la', 'une', 'maison', 'bleue', 'fleur', 'tom', 'en', '1992']),
    });
    // "tarantula" is outside the source vocabulary; "house" → "maison" the model knows;
    // "tom" and "1992" translate to themselves (copying does that)
    expect(dict).toEqual({ tarantula: 'tarentule' });
    const withRare = buildUnkDictionary(CORPUS, {
      iterations: 10,
      rareCount: 2,
      srcVocab: new Set(['house', 'flower', 'tarantula']),
      tgtVocab: new Set(['maison', 'fleur', 'tarentule']),
    });
    expect(withRare).toMatchObject({ flower: 'fleur', tarantula: 'tarentule' }); // seen twice: rare
    expect(withRare).not.toHaveProperty('house'); // seen 3 times, known on both sides
  });
});
