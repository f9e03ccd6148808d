import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModelDir } from '../train/export';
import { beamSearch } from './beam';
import { greedyDecode } from './greedy';
import { disposeModel, type Seq2SeqModel } from './model';
import { casePronouns } from './pronounCase';
import { useCpu } from './testUtils';
import { tokenize, truecase } from './tokenize';

/** The case table's forms for these words, as in the en→de models (`sie` → `Sie`, `ihnen` → `Ihnen`). */
const TABLE = { sie: 'Sie', ihnen: 'Ihnen', buch: 'Buch' };

/** German output words (lower-case, as decoded) for an English source, truecased then pronoun-cased. */
function cased(english: string, german: string): string {
  const tokens = truecase(german.split(' '), TABLE);
  return casePronouns(tokens, tokenize(english, 'en'), 'de').join(' ');
}

describe('casePronouns', () => {
  it('she / they / them / her / their: lower case', () => {
    expect(cased('I know that she has read the book.', 'ich weiß , dass sie das buch gelesen hat .')).toBe(
      'Ich weiß , dass sie das Buch gelesen hat .',
    );
    expect(cased('I gave them the book.', 'ich habe ihnen das buch gegeben .')).toBe('Ich habe ihnen das Buch gegeben .');
    expect(cased('Is that her book?', 'ist das ihr buch ?')).toBe('Ist das ihr Buch ?');
    expect(cased('They like their teacher.', 'sie mögen ihren lehrer .')).toBe('Sie mögen ihren lehrer .'); // first word: capital
  });

  it('you / your: the formal capital', () => {
    expect(cased('Can you help me?', 'können sie mir helfen ?')).toBe('Können Sie mir helfen ?');
    expect(cased('I will give you the book.', 'ich gebe ihnen das buch .')).toBe('Ich gebe Ihnen das Buch .');
    expect(cased('Is that your book?', 'ist das ihr buch ?')).toBe('Ist das Ihr Buch ?');
    // "you" without "your": `ihr` is the informal plural "you", not formal: lower case
    expect(cased('Are you hungry?', 'habt ihr hunger ?')).toBe('Habt ihr hunger ?');
  });

  it('both persons: each word goes with the person its attention looks at more', () => {
    const en = tokenize('Do you know where she lives?', 'en'); // do you know where she lives ? </s>
    const de = truecase('wissen sie , wo sie wohnt ?'.split(' '), TABLE);
    const at = (j: number): number[] => en.map((_, k) => (k === j ? 0.7 : 0.3 / (en.length - 1)));
    const weights = [at(2), at(1), at(3), at(3), at(4), at(5), at(6)]; // 2nd token on "you", 5th on "she"
    expect(casePronouns(de, en, 'de', weights).join(' ')).toBe('Wissen Sie , wo sie wohnt ?');
    // the other way round: the second `sie` looking at "you" is the formal one
    expect(casePronouns(de, en, 'de', [at(2), at(4), at(3), at(3), at(1), at(5), at(6)]).join(' ')).toBe(
      'Wissen sie , wo Sie wohnt ?',
    );
    // a possessive takes the capital only from "your": "you" and "her" in the source, `ihr` looking at "you"
    const en2 = tokenize('Did you see her book?', 'en'); // did you see her book ? </s>
    const de2 = truecase('hast du ihr buch gesehen ?'.split(' '), TABLE);
    const on = (j: number): number[] => en2.map((_, k) => (k === j ? 1 : 0));
    expect(casePronouns(de2, en2, 'de', [on(0), on(1), on(1), on(4), on(2), on(5)]).join(' ')).toBe('Hast du ihr Buch gesehen ?');
  });

  it('both persons without weights (the baseline), or neither: the table decides; other languages are left alone', () => {
    expect(cased('Do you know where she lives?', 'wissen sie , wo sie wohnt ?')).toBe('Wissen Sie , wo Sie wohnt ?');
    const en = tokenize('Do you know where she lives?', 'en');
    const de = truecase('wissen sie , wo sie wohnt ?'.split(' '), TABLE);
    expect(
      casePronouns(
        de,
        en,
        'de',
        de.map(() => []),
      ).join(' '),
    ).toBe('Wissen Sie , wo Sie wohnt ?');
    expect(cased('It is raining.', 'es regnet sie .')).toBe('Es regnet Sie .');
    expect(casePronouns(['Elle', 'a', 'lu', 'Sie'], ['she', 'has', 'read'], 'fr')).toEqual(['Elle', 'a', 'lu', 'Sie']);
  });
});

describe('German pronouns in the shipped en→de model', () => {
  let model: Seq2SeqModel;
  beforeAll(async () => {
    await useCpu();
    model = loadModelDir('public/models/en-de/luong-general');
  });
  afterAll(() => disposeModel(model));

  it('"she" comes out as `sie`, "you" as `Sie`, in greedy and beam output', async () => {
    const she = await greedyDecode(model, 'I know that she has read the book.');
    expect(she.translation).toMatch(/, dass sie /);
    const you = await greedyDecode(model, 'May I ask you a question?');
    expect(you.translation).toMatch(/ ich Sie /);
    const beam = await beamSearch(model, 'I know that she has read the book.', { k: 5 });
    expect(beam.hypotheses[0]!.text).toMatch(/, dass sie /);
  });

  it('a sentence with "you" and "she": each `sie` cased by its own attention, in greedy and beam output', async () => {
    // the case table alone gave "Weißt du, wo Sie wohnt?" (the formal "you" for "she")
    const greedy = await greedyDecode(model, 'Do you know where she lives?');
    expect(greedy.translation).toMatch(/, wo sie wohnt/);
    const beam = await beamSearch(model, 'Do you know where she lives?', { k: 5 });
    expect(beam.hypotheses[0]!.text).toMatch(/, wo sie wohnt/);
    // "Can you tell them …": formal "you" and lower-case "them" in one sentence
    expect((await greedyDecode(model, 'Can you tell them that I am here?')).translation).toMatch(/^Können Sie ihnen /);
  });
});
