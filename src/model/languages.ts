/**
 * Per-language text rules: which tokenization, detokenization and casing a language gets. Known
 * languages (en, fr, de) have their own rules; every other language code gets the language-neutral
 * rules. A model's config names its two languages (`srcLang`, `tgtLang`); a config without them is
 * English→French, the shipped models' pair. Pure.
 */
import type { ModelConfig } from './config';

/** A language code as in a pair name (`en`, `fr`, `de`, `ko`…): 2–3 lower-case letters. */
export type Language = string;

/** How a language splits words into tokens and joins them back. */
export interface LanguageRules {
  /**
   * Apostrophes inside a word: `right` keeps them on the following piece (English `i` `'m`,
   * `do` `n't`), `left` on the preceding piece (French elisions `l'` `eau`), `keep` leaves the word whole.
   */
  apostrophes: 'right' | 'left' | 'keep';
  /** `split`: `est-ce` → `est` `-ce`; `keep`: hyphenated words stay one token. */
  hyphens: 'split' | 'keep';
  /** true: every Han, Hiragana and Katakana character is a token of its own (scripts without spaces). */
  cjkCharacters: boolean;
  /**
   * How tokens are joined: `french` keeps a space before `! ? : ;` (as the French training data
   * does); `plain` attaches them to the previous word.
   */
  spacing: 'french' | 'plain';
  /** Opening quotation marks (no space after them) beside `(`, `[`, `{`. */
  openQuotes: readonly string[];
  /** Closing quotation marks (no space before them). */
  closeQuotes: readonly string[];
}

/**
 * German uses the French tokenization rules: the en→de models' vocabularies were built with them
 * (apostrophes kept on the left: `geht's` → `geht'` `s`; the detokenizer rejoins it). German differs
 * only in how tokens are joined (`Wirklich?`, `„Danke!“`) and in its casing table (nouns).
 */
const RULES: Record<'en' | 'fr' | 'de' | 'neutral', LanguageRules> = {
  en: { apostrophes: 'right', hyphens: 'split', cjkCharacters: false, spacing: 'plain', openQuotes: ['“'], closeQuotes: ['”'] },
  fr: { apostrophes: 'left', hyphens: 'split', cjkCharacters: false, spacing: 'french', openQuotes: [], closeQuotes: [] },
  de: {
    apostrophes: 'left',
    hyphens: 'split',
    cjkCharacters: false,
    spacing: 'plain',
    openQuotes: ['„', '‚'],
    closeQuotes: ['“'],
  },
  neutral: {
    apostrophes: 'keep',
    hyphens: 'keep',
    cjkCharacters: true,
    spacing: 'plain',
    openQuotes: ['“', '„', '«', '¿', '¡', '「', '『', '（', '《', '〈'],
    closeQuotes: ['”', '»', '」', '』', '）', '》', '〉', '。', '、', '！', '？', '，', '：', '；'],
  },
};

/** Languages with rules of their own; any other code gets the language-neutral rules. */
export const KNOWN_LANGUAGES: readonly Language[] = ['en', 'fr', 'de'];

/** The rules of a language code (the language-neutral rules for codes without their own). */
export function rulesFor(lang: Language): LanguageRules {
  return lang === 'en' || lang === 'fr' || lang === 'de' ? RULES[lang] : RULES.neutral;
}

/** True for a well-formed language code (2–3 lower-case letters). */
export function isLanguageCode(v: unknown): v is Language {
  return typeof v === 'string' && /^[a-z]{2,3}$/.test(v);
}

/** A model's source and target languages; a config without them is English→French. */
export function languagesOf(cfg: Pick<ModelConfig, 'srcLang' | 'tgtLang'>): { src: Language; tgt: Language } {
  return { src: cfg.srcLang ?? 'en', tgt: cfg.tgtLang ?? 'fr' };
}

/** The two languages of a pair name such as `en-de`, or null if it is not one. */
export function parsePair(pair: string): { src: Language; tgt: Language } | null {
  const m = /^([a-z]{2,3})-([a-z]{2,3})$/.exec(pair);
  return m ? { src: m[1]!, tgt: m[2]! } : null;
}
