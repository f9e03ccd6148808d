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

  it('both persons, or neither: the table decides; other target languages are left alone', () => {
    expect(cased('Do you know where she lives?', 'wissen sie , wo sie wohnt ?')).toBe('Wissen Sie , wo Sie wohnt ?');
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
});
