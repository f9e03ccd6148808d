import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { languagesOf, parsePair, rulesFor } from './languages';
import { bleuText, buildCaseTable, detokenize, tokenize, tokenizeKeepCase, truecase } from './tokenize';

/** tokenize → truecase → detokenize, as the decoder's output goes. */
const roundTrip = (s: string, lang: string, table = buildCaseTable([s], lang)): string =>
  detokenize(truecase(tokenize(s, lang), table), lang);

describe('German', () => {
  it('tokenizes with the French rules the en→de vocabularies were built with', () => {
    expect(tokenize('Ich habe den Film gesehen.', 'de')).toEqual(['ich', 'habe', 'den', 'film', 'gesehen', '.']);
    expect(tokenize("Wie geht's?", 'de')).toEqual(['wie', "geht'", 's', '?']);
    expect(tokenize('Das ist eine E-Mail.', 'de')).toEqual(['das', 'ist', 'eine', 'e', '-mail', '.']);
    expect(tokenize('„Danke!“', 'de')).toEqual(['„', 'danke', '!', '“']);
    for (const s of ["Ich kann's nicht ändern.", 'Weißt du, wo Tom ist?', 'Er kommt um 3,5 Uhr.'])
      expect(tokenize(s, 'de')).toEqual(tokenize(s, 'tgt'));
  });

  it('detokenizes without a space before ! ? : ; (French keeps it)', () => {
    expect(detokenize(['wirklich', '?'], 'de')).toBe('wirklich?');
    expect(detokenize(['hilfe', '!'], 'de')).toBe('hilfe!');
    expect(detokenize(['achtung', ':', 'heiß', ';', 'ja', '.'], 'de')).toBe('achtung: heiß; ja.');
    expect(detokenize(['vraiment', '?'], 'fr')).toBe('vraiment ?');
    expect(detokenize(['vraiment', '?'])).toBe('vraiment ?'); // no language: French, as the shipped models
  });

  it('rejoins clitics, hyphen pieces and German quotation marks', () => {
    expect(detokenize(['wie', "geht'", 's', '?'], 'de')).toBe("wie geht's?");
    expect(detokenize(['eine', 'e', '-mail'], 'de')).toBe('eine e-mail');
    expect(detokenize(['„', 'danke', '!', '“', '–', '„', 'bitte', '!', '“'], 'de')).toBe('„danke!“ – „bitte!“');
    expect(detokenize(['"', 'ja', '.', '"', 'sagte', 'er', '.'], 'de')).toBe('"ja." sagte er.');
  });

  it('capitalises nouns through a casing table learned from German sentences', () => {
    const table = buildCaseTable(
      ['Ich sehe den Film.', 'Das ist ein gutes Buch.', 'Wo ist der Hund?', 'Ich sehe den Hund.'],
      'de',
    );
    expect(table).toMatchObject({ film: 'Film', buch: 'Buch', hund: 'Hund' });
    expect(table).not.toHaveProperty('ich');
    expect(detokenize(truecase(tokenize('ich habe den film gesehen.', 'de'), table), 'de')).toBe('Ich habe den Film gesehen.');
    expect(roundTrip("Wie geht's?", 'de')).toBe("Wie geht's?");
    expect(roundTrip('Wirklich?', 'de')).toBe('Wirklich?');
  });

  const TRAIN = path.resolve('../shared/data/en-de/train.tsv');
  it.skipIf(!existsSync(TRAIN))(
    'the table learned from the en→de training targets capitalises nouns and not pronouns',
    () => {
      const targets = readFileSync(TRAIN, 'utf8')
        .split('\n')
        .filter((l) => l.includes('\t'))
        .map((l) => l.split('\t')[1]!);
      const table = buildCaseTable(targets, 'de');
      for (const noun of ['Film', 'Haus', 'Frau', 'Hund', 'Buch', 'Zeit', 'Tom']) expect(table[noun.toLowerCase()]).toBe(noun);
      for (const word of ['ich', 'habe', 'gesehen', 'den', 'müde']) expect(table).not.toHaveProperty(word);
      const out = (s: string): string => detokenize(truecase(tokenize(s, 'de'), table), 'de');
      expect(out('Ich habe den Film gesehen.')).toBe('Ich habe den Film gesehen.');
      expect(out('Er ist müde, weil er keine Zeit hat.')).toBe('Er ist müde, weil er keine Zeit hat.');
    },
    60_000,
  );
});

describe('English as a target', () => {
  it("attaches n't, 's and punctuation", () => {
    expect(detokenize(tokenize("I don't know, do you? It's Tom's!", 'en'), 'en')).toBe("i don't know, do you? it's tom's!");
    expect(detokenize(['he', 'said', '“', 'yes', '”', '.'], 'en')).toBe('he said “yes”.');
  });
});

describe('language-neutral rules (any other language)', () => {
  it('keeps Latin words with diacritics, apostrophes and hyphens whole, and splits punctuation', () => {
    expect(tokenize('¿Dónde está la estación?', 'es')).toEqual(['¿', 'dónde', 'está', 'la', 'estación', '?']);
    expect(tokenize("L'acqua è fredda, vero?", 'it')).toEqual(["l'acqua", 'è', 'fredda', ',', 'vero', '?']);
    expect(tokenize('Çok güzel! Ağaç yeşil.', 'tr')).toEqual(['çok', 'güzel', '!', 'ağaç', 'yeşil', '.']);
    expect(tokenize('Ein Zwölf-Jähriger.', 'xx')).toEqual(['ein', 'zwölf-jähriger', '.']);
    expect(roundTrip('¿Dónde está la estación?', 'es')).toBe('¿Dónde está la estación?');
    expect(roundTrip("L'acqua è fredda, vero?", 'it')).toBe("L'acqua è fredda, vero?");
  });

  it('handles Cyrillic and Greek (case folding and truecasing included)', () => {
    expect(tokenize('Привет, Мир! Как дела?', 'ru')).toEqual(['привет', ',', 'мир', '!', 'как', 'дела', '?']);
    expect(tokenize('ΟΔΟΣ Αθηνάς.', 'el')).toEqual(['οδος', 'αθηνάς', '.']); // final sigma lower-cased as ς
    expect(roundTrip('Я живу в Москве.', 'ru')).toBe('Я живу в Москве.');
    expect(roundTrip('Η Αθήνα είναι όμορφη.', 'el')).toBe('Η Αθήνα είναι όμορφη.');
  });

  it('splits Han, Hiragana and Katakana into characters and joins them back without spaces', () => {
    expect(tokenize('我爱你。', 'zh')).toEqual(['我', '爱', '你', '。']);
    expect(tokenize('私はコーヒーが好きです。', 'ja')).toEqual([
      '私',
      'は',
      'コ',
      'ー',
      'ヒ',
      'ー',
      'が',
      '好',
      'き',
      'で',
      'す',
      '。',
    ]);
    expect(tokenize('我有3本书。', 'zh')).toEqual(['我', '有', '3', '本', '书', '。']);
    expect(roundTrip('我爱你。', 'zh')).toBe('我爱你。');
    expect(roundTrip('私はコーヒーが好きです。', 'ja')).toBe('私はコーヒーが好きです。');
    // Hangul words stay whole (Korean writes spaces between words)
    expect(tokenize('나는 학생입니다.', 'ko')).toEqual(['나는', '학생입니다', '.']);
    expect(roundTrip('나는 학생입니다.', 'ko')).toBe('나는 학생입니다.');
  });

  it('BLEU sees Chinese and Japanese characters as words; other languages unchanged', () => {
    expect(bleuText('我爱你。', 'zh').split(' ').filter(Boolean)).toEqual(['我', '爱', '你', '。']);
    expect(bleuText('Ich sehe den Film.', 'de')).toBe('Ich sehe den Film.');
    expect(bleuText('你好', 'en')).toBe('你好');
  });

  it('the English and French rules do not split CJK (the shipped vocabularies were built so)', () => {
    expect(tokenize('你好', 'en')).toEqual(['你好']);
    expect(rulesFor('en').cjkCharacters).toBe(false);
    expect(rulesFor('zh').cjkCharacters).toBe(true);
  });

  it('tokenizeKeepCase stays aligned with tokenize on every script', () => {
    for (const [s, lang] of [
      ['Привет, Мир!', 'ru'],
      ['我爱Tom。', 'zh'],
      ['Ἀθῆναι Athen', 'el'],
    ] as const)
      expect(tokenizeKeepCase(s, lang).map((t) => t.toLowerCase())).toEqual(tokenize(s, lang));
  });
});

describe('languages of a model', () => {
  it('a config without languages is English→French; pair names parse', () => {
    expect(languagesOf({})).toEqual({ src: 'en', tgt: 'fr' });
    expect(languagesOf({ srcLang: 'en', tgtLang: 'de' })).toEqual({ src: 'en', tgt: 'de' });
    expect(parsePair('en-de')).toEqual({ src: 'en', tgt: 'de' });
    expect(parsePair('english-german')).toBeNull();
  });
});
