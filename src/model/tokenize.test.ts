import { describe, expect, it } from 'vitest';
import { buildCaseTable, detokenize, MAX_INPUT_CHARS, normalize, tokenize, tokenizeKeepCase, truecase } from './tokenize';

describe('tokenize: empty and whitespace', () => {
  it('returns no tokens for empty or whitespace-only input', () => {
    expect(tokenize('', 'src')).toEqual([]);
    expect(tokenize('', 'tgt')).toEqual([]);
    expect(tokenize('   \t\n ', 'src')).toEqual([]);
    // no-break spaces, narrow no-break space, zero-width space and BOM are whitespace too
    expect(tokenize('\u00a0\u202f\u2009\u200b\ufeff', 'tgt')).toEqual([]);
  });

  it('treats U+00A0 and U+202F (French typography) as ordinary spaces', () => {
    expect(tokenize('Va\u202f!', 'tgt')).toEqual(['va', '!']);
    expect(tokenize('Va\u00a0!', 'tgt')).toEqual(['va', '!']);
    expect(tokenize('«\u00a0Bonjour\u00a0»', 'tgt')).toEqual(['«', 'bonjour', '»']);
    // and normalize folds whitespace runs into a single ASCII space
    expect(normalize('  A\u00a0\u202f b  ')).toBe('a b');
  });
});

describe('tokenize: apostrophes', () => {
  it("maps typographic apostrophes (’ ‘ ʼ) to '", () => {
    expect(tokenize('l’eau', 'tgt')).toEqual(["l'", 'eau']);
    expect(tokenize('It’s fine', 'src')).toEqual(['it', "'s", 'fine']);
    expect(tokenize('lʼami', 'tgt')).toEqual(["l'", 'ami']);
  });

  it('splits French elisions with the apostrophe kept on the left', () => {
    expect(tokenize("l'eau", 'tgt')).toEqual(["l'", 'eau']);
    expect(tokenize("qu'il", 'tgt')).toEqual(["qu'", 'il']);
    expect(tokenize("aujourd'hui", 'tgt')).toEqual(["aujourd'", 'hui']);
    expect(tokenize("jusqu'à", 'tgt')).toEqual(["jusqu'", 'à']);
    expect(tokenize("Je n'aime pas l'eau.", 'tgt')).toEqual(['je', "n'", 'aime', 'pas', "l'", 'eau', '.']);
    expect(tokenize("C'est l'homme d'affaires.", 'tgt')).toEqual(["c'", 'est', "l'", 'homme', "d'", 'affaires', '.']);
  });

  it('splits English contractions with the apostrophe kept on the right', () => {
    expect(tokenize("I'm", 'src')).toEqual(['i', "'m"]);
    expect(tokenize("don't", 'src')).toEqual(['do', "n't"]);
    expect(tokenize("Tom's", 'src')).toEqual(['tom', "'s"]);
    expect(tokenize("We'll see, won't we?", 'src')).toEqual(['we', "'ll", 'see', ',', 'wo', "n't", 'we', '?']);
  });
});

describe('tokenize: hyphens, numbers, punctuation', () => {
  it('splits hyphenated words into a head and -suffix pieces', () => {
    expect(tokenize('est-ce', 'tgt')).toEqual(['est', '-ce']);
    expect(tokenize('a-t-il', 'tgt')).toEqual(['a', '-t', '-il']);
    expect(tokenize("Va-t'en !", 'tgt')).toEqual(['va', "-t'", 'en', '!']);
    // non-breaking hyphen U+2011 is unified with '-'
    expect(tokenize('est\u2011ce', 'tgt')).toEqual(['est', '-ce']);
  });

  it('keeps decimal and grouped numbers as one token', () => {
    expect(tokenize('3,5', 'tgt')).toEqual(['3,5']);
    expect(tokenize('1.000 euros', 'tgt')).toEqual(['1.000', 'euros']);
    expect(tokenize('Il a 3,5 ans.', 'tgt')).toEqual(['il', 'a', '3,5', 'ans', '.']);
    expect(tokenize('It costs 1,000.50 dollars.', 'src')).toEqual(['it', 'costs', '1,000.50', 'dollars', '.']);
  });

  it('splits punctuation off words', () => {
    expect(tokenize('Hello, world!', 'src')).toEqual(['hello', ',', 'world', '!']);
    expect(tokenize('Qui ?!', 'tgt')).toEqual(['qui', '?', '!']);
    expect(tokenize('(oui)', 'tgt')).toEqual(['(', 'oui', ')']);
    expect(tokenize('Attends...', 'tgt')).toEqual(['attends', '.', '.', '.']);
  });

  it('lower-cases and NFC-normalises (decomposed é equals composed é)', () => {
    expect(tokenize('E\u0301TE\u0301', 'tgt')).toEqual(['été']);
    expect(tokenize('TOM', 'src')).toEqual(['tom']);
  });
});

describe('tokenize: hostile or unusual input', () => {
  it('handles emoji and other scripts without throwing', () => {
    const toks = tokenize('😀 héllo 你好 мир مرحبا', 'src');
    expect(toks).toEqual(['😀', 'héllo', '你好', 'мир', 'مرحبا']);
    // a ZWJ emoji sequence still yields non-empty tokens only
    const zwj = tokenize('👨‍👩‍👧 ok', 'src');
    expect(zwj.length).toBeGreaterThan(1);
    expect(zwj.every((t) => t.length > 0)).toBe(true);
    expect(zwj[zwj.length - 1]).toBe('ok');
  });

  it('treats HTML as plain tokens', () => {
    expect(tokenize('<script>alert(1)</script>', 'src')).toEqual([
      '<',
      'script',
      '>',
      'alert',
      '(',
      '1',
      ')',
      '<',
      '/',
      'script',
      '>',
    ]);
  });

  it(`cuts input longer than MAX_INPUT_CHARS (${MAX_INPUT_CHARS})`, () => {
    // 'a ' is two characters: 2000 words of input → only the first 1000 characters = 500 words
    expect(tokenize('a '.repeat(2000), 'src')).toHaveLength(MAX_INPUT_CHARS / 2);
    // one huge word: the token is cut at MAX_INPUT_CHARS characters
    const big = tokenize('x'.repeat(5 * MAX_INPUT_CHARS), 'src');
    expect(big).toEqual(['x'.repeat(MAX_INPUT_CHARS)]);
  });
});

describe('detokenize and truecase', () => {
  it('truecase capitalises the first letter and applies the case table', () => {
    expect(truecase(['tom', 'est', 'là', '.'], { tom: 'Tom' })).toEqual(['Tom', 'est', 'là', '.']);
    expect(truecase(['je', 'vois', 'tom', '.'], { tom: 'Tom' })).toEqual(['Je', 'vois', 'Tom', '.']);
    // leading punctuation is skipped: the first token with a letter is capitalised
    expect(truecase(['«', 'bonjour', '»'], {})).toEqual(['«', 'Bonjour', '»']);
    expect(truecase(["l'", 'eau'], {})).toEqual(["L'", 'eau']);
    expect(truecase(['été'], {})).toEqual(['Été']);
    expect(truecase([], {})).toEqual([]);
  });

  it('detokenize rejoins elisions and hyphen pieces, attaches . and , and keeps French spacing', () => {
    expect(detokenize(["qu'", 'est', '-ce', 'que', "c'", 'est', '?'])).toBe("qu'est-ce que c'est ?");
    expect(detokenize(['oui', ',', 'merci', '.'])).toBe('oui, merci.');
    expect(detokenize(['(', 'oui', ')'])).toBe('(oui)');
    expect(detokenize(['i', "'m", 'here'])).toBe("i'm here");
    expect(detokenize([])).toBe('');
  });

  // Real target-side sentences in the training data's style (Tatoeba French).
  const SENTENCES = [
    "Qu'est-ce que c'est ?",
    "Je n'aime pas l'eau.",
    'A-t-il mangé ?',
    'Va-t’en !'.replace('’', "'"),
    'Tom est-il là ?',
    "Aujourd'hui, il fait beau.",
    "Jusqu'à quand restes-tu ?",
    "Je pense que Tom n'est pas d'accord.",
    'Il a 3,5 ans.',
    'Donne-le-moi !',
    'Où est Marie ?',
    "C'est l'homme d'affaires dont je t'ai parlé.",
    'Prends-en deux.',
    "Qu'y a-t-il ?",
    'Comment vas-tu ?',
    'Nous avons vu Tom et Marie à Paris.',
  ];
  const TABLE = buildCaseTable(['Je vois Tom.', 'Il aime Marie.', 'Je suis allé à Paris.', 'Où est Tom ?', "C'est Marie."]);

  it('buildCaseTable learns capitalised names from non-initial occurrences', () => {
    expect(TABLE).toEqual({ tom: 'Tom', marie: 'Marie', paris: 'Paris' });
    // sentence-initial capitals do not count ("Il", "Je", "Où" are not in the table)
    expect(buildCaseTable(['Tom est là.', 'Tom dort.'])).toEqual({});
    // the majority form wins when a word appears both ways after position 0
    expect(buildCaseTable(['Je vois Tom.', 'Je vois Tom.', 'Je vois tom.'])).toEqual({ tom: 'Tom' });
    expect(buildCaseTable(['Il est Grand.', 'Il est grand.', 'Il est grand.'])).toEqual({});
  });

  it('tokenizeKeepCase keeps the surface form aligned with tokenize', () => {
    expect(tokenizeKeepCase("Qu'est-ce que Tom fait ?", 'tgt')).toEqual(["Qu'", 'est', '-ce', 'que', 'Tom', 'fait', '?']);
    expect(tokenizeKeepCase("Qu'est-ce que Tom fait ?", 'tgt').map((t) => t.toLowerCase())).toEqual(
      tokenize("Qu'est-ce que Tom fait ?", 'tgt'),
    );
  });

  it('detokenize(truecase(tokenize(x))) reproduces real French sentences exactly', () => {
    for (const s of SENTENCES) {
      expect(detokenize(truecase(tokenize(s, 'tgt'), TABLE)), s).toBe(s);
    }
  });

  it('round-trips after typographic normalisation (’ and U+202F inputs)', () => {
    expect(detokenize(truecase(tokenize('Qu’est-ce que c’est\u202f?', 'tgt'), TABLE))).toBe("Qu'est-ce que c'est ?");
    expect(detokenize(truecase(tokenize('l’eau\u00a0!', 'tgt'), TABLE))).toBe("L'eau !");
  });
});

describe('truecase and special tokens', () => {
  it('never recases <unk> and does not capitalise after it', () => {
    expect(detokenize(truecase(['<unk>', '-moi', '!'], {}))).toBe('<unk>-moi !');
    expect(detokenize(truecase(['je', 'suis', '<unk>', '.'], {}))).toBe('Je suis <unk>.');
  });
});
