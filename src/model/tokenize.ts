/**
 * Word-level tokenization shared by the trainer and the browser, per language (rules in languages.ts).
 *
 * Every language: NFC, lower case, `’` is mapped to `'`, no-break spaces are whitespace, and
 * punctuation is split off. Clitics are split so that they become reusable vocabulary items:
 *  - French (and German) keep the apostrophe on the left: `l'eau` → `l'` `eau`, `geht's` → `geht'` `s`.
 *  - English keeps it on the right: `i'm` → `i` `'m`, `don't` → `do` `n't`.
 *  - Hyphenated words become a head and `-suffix` pieces: `est-ce` → `est` `-ce`.
 * The language-neutral rules (any other language) split words at spaces and punctuation only, keep
 * apostrophes and hyphens inside words, and make each Han, Hiragana and Katakana character a token
 * (those scripts write no spaces between words; Hangul words are kept, Korean writes spaces).
 * {@link detokenize} undoes all of this (and {@link truecase} restores capitals) so that output reads
 * like normal text and scores correctly under BLEU's 13a tokenization.
 */
import { rulesFor, type Language, type LanguageRules } from './languages';

/**
 * The historical names of the shipped pair's two sides: `src` is English, `tgt` French. Accepted
 * wherever a language is, so that English→French callers stay as they were.
 */
export type Side = 'src' | 'tgt';

/** The language whose rules apply: a language code, or a {@link Side} of the English→French pair. */
export function languageOf(lang: Language): Language {
  return lang === 'src' ? 'en' : lang === 'tgt' ? 'fr' : lang;
}

/** Longest accepted input, in characters, before tokenization (longer input is cut). */
export const MAX_INPUT_CHARS = 1000;

const SPACE_RE = /[\s\u00a0\u202f\u2007\u2009\u200b\ufeff]+/gu;
const QUOTE_RE = /[\u2019\u2018\u02bc\u0060\u00b4]/gu;
const DASH_RE = /[\u2010\u2011]/gu;
/** A number (3, 3.5, 1,000), a word with inner apostrophes/hyphens, or one other visible character. */
const TOKEN_RE = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['-][\p{L}\p{M}\p{N}]+)*'?|\S/gu;
/** One character of a script written without spaces between words (each is its own token). */
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]/gu;

/** Normalises raw text: NFC, lower case, apostrophes and hyphens unified, whitespace folded. */
export function normalize(text: string): string {
  return text.normalize('NFC').replace(QUOTE_RE, "'").replace(DASH_RE, '-').replace(SPACE_RE, ' ').trim().toLowerCase();
}

function splitHyphens(word: string): string[] {
  const parts = word.split('-');
  return [parts[0]!, ...parts.slice(1).map((p) => '-' + p)].filter((p) => p !== '' && p !== '-');
}

function splitApostrophes(piece: string, side: LanguageRules['apostrophes']): string[] {
  if (!piece.includes("'") || side === 'keep') return [piece];
  if (side === 'right') {
    if (piece.endsWith("n't") && piece.length > 3) return [piece.slice(0, -3), "n't"];
    const i = piece.indexOf("'");
    if (i <= 0) return [piece];
    return [piece.slice(0, i), ...splitApostrophes(piece.slice(i), side).filter((p) => p !== '')];
  }
  const out: string[] = [];
  let rest = piece;
  let i = rest.indexOf("'");
  while (i >= 0 && i < rest.length - 1) {
    out.push(rest.slice(0, i + 1));
    rest = rest.slice(i + 1);
    i = rest.indexOf("'");
  }
  if (rest !== '') out.push(rest);
  return out;
}

/** Splits a sentence into normalised word tokens by its language's rules (see the module comment). */
export function tokenize(text: string, lang: Language): string[] {
  const rules = rulesFor(languageOf(lang));
  let norm = normalize(text.slice(0, MAX_INPUT_CHARS));
  if (rules.cjkCharacters) norm = norm.replace(CJK_RE, ' $& ');
  const tokens: string[] = [];
  for (const m of norm.matchAll(TOKEN_RE)) {
    const word = m[0];
    if (/^-+$/.test(word)) {
      tokens.push(word); // a dash or minus sign on its own is a token, not a hyphen
      continue;
    }
    for (const piece of rules.hyphens === 'split' ? splitHyphens(word) : [word]) {
      const head = piece.startsWith('-') ? '-' : '';
      const body = head ? piece.slice(1) : piece;
      const parts = splitApostrophes(body, rules.apostrophes);
      if (head && parts.length > 0) parts[0] = head + parts[0];
      tokens.push(...parts);
    }
  }
  return tokens;
}

const NO_SPACE_BEFORE = new Set(['.', ',', ')', ']', '}', '…']);
const NO_SPACE_AFTER = new Set(['(', '[', '{']);
/** Attached to the previous word except in French, which writes a space before them. */
const HIGH_PUNCTUATION = new Set(['!', '?', ':', ';', '%']);

/**
 * Joins target tokens into readable text in the language's style: elisions (`l'` + `eau` →
 * `l'eau`) and hyphen pieces (`est` + `-ce` → `est-ce`) are rejoined, `.`/`,` attach to the
 * previous word. French keeps the space before `! ? : ;` (as its training data does); the others
 * attach them (`Wirklich?`). Quotation marks hug their contents (`„Danke!“`, `"Ja."`), and
 * characters of scripts without spaces (Han, Hiragana, Katakana) are joined without spaces.
 * Without a language: French (the shipped models' target).
 */
export function detokenize(tokens: readonly string[], lang: Language = 'fr'): string {
  const rules = rulesFor(languageOf(lang));
  const plain = rules.spacing === 'plain';
  let out = '';
  let glueNext = false;
  let straightOpen = false; // inside "…"
  let lowOpen = false; // inside „…“ (German), where “ closes
  let prevCjk = false;
  for (const tok of tokens) {
    const cjk = CJK_TOKEN_RE.test(tok);
    let attach =
      out === '' ||
      glueNext ||
      NO_SPACE_BEFORE.has(tok) ||
      (tok.startsWith('-') && tok.length > 1) ||
      (tok.startsWith("'") && tok.length > 1);
    glueNext = (tok.endsWith("'") && tok.length > 1) || NO_SPACE_AFTER.has(tok);
    if (plain) {
      if (HIGH_PUNCTUATION.has(tok) || rules.closeQuotes.includes(tok) || (tok === "n't" && rules.apostrophes === 'right'))
        attach = true;
      if (tok === '"') {
        if (straightOpen) attach = true;
        else glueNext = true;
        straightOpen = !straightOpen;
      } else if (tok === '“' && lowOpen) {
        attach = true;
        glueNext = false;
        lowOpen = false;
      } else if (rules.openQuotes.includes(tok)) {
        glueNext = true;
        if (tok === '„') lowOpen = true;
      }
      if (cjk && prevCjk) attach = true;
    }
    out += attach ? tok : ' ' + tok;
    prevCjk = cjk;
  }
  return out;
}

/** A token of a script written without spaces, or its punctuation (joined without spaces). */
const CJK_TOKEN_RE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f]$/u;

/**
 * Text as BLEU should score it in a language: where the rules split Han, Hiragana and Katakana into
 * characters, each such character is spaced out (as sacreBLEU's `zh` tokenizer does), since 13a
 * alone would see a whole unspaced sentence as one word; other languages are unchanged.
 */
export function bleuText(text: string, lang: Language): string {
  return rulesFor(languageOf(lang)).cjkCharacters ? text.replace(CJK_RE, ' $& ') : text;
}

/** A lower-case word → preferred surface form table, learned from the training targets. */
export type CaseTable = Record<string, string>;

/**
 * Restores capitals: each token takes its usual casing from `table` (names like `Tom`), and the
 * first letter of the sentence is capitalised (unless the sentence starts with a number or a
 * special token such as `<unk>`).
 */
export function truecase(tokens: readonly string[], table: CaseTable): string[] {
  const out = tokens.map((t) => (Object.hasOwn(table, t) ? table[t]! : t)); // own keys only: no 'constructor'
  const first = out.findIndex((t) => /[\p{L}\p{N}]/u.test(t));
  const special = (t: string): boolean => /^<[^<>]+>$/.test(t); // <unk>, </s>: never recased
  if (first >= 0 && !special(out[first]!) && /^[^\p{N}]*\p{L}/u.test(out[first]!)) {
    const t = out[first]!;
    const k = t.search(/\p{L}/u);
    out[first] = t.slice(0, k) + t.charAt(k).toUpperCase() + t.slice(k + 1);
  }
  return out;
}

/**
 * Builds a {@link CaseTable} from raw target sentences: a word's preferred form is its most common
 * surface form when it is not sentence-initial; only forms that differ from lower case are kept.
 */
export function buildCaseTable(sentences: Iterable<string>, lang: Language = 'tgt'): CaseTable {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    const surface = tokenizeKeepCase(s, lang);
    surface.forEach((form, i) => {
      if (i === 0) return;
      const key = form.toLowerCase();
      let m = counts.get(key);
      if (!m) counts.set(key, (m = new Map<string, number>()));
      m.set(form, (m.get(form) ?? 0) + 1);
    });
  }
  const table: CaseTable = {};
  for (const [key, forms] of counts) {
    let best = key;
    let bestN = -1;
    for (const [form, n] of forms) if (n > bestN) [best, bestN] = [form, n];
    if (best !== key) table[key] = best;
  }
  return table;
}

/** Tokenizes like {@link tokenize} but keeps the original letter case (for case statistics). */
export function tokenizeKeepCase(text: string, lang: Language): string[] {
  const lower = tokenize(text, lang);
  // Re-walk the normalised-but-not-lowercased text with the same rules.
  const cased = text
    .slice(0, MAX_INPUT_CHARS)
    .normalize('NFC')
    .replace(QUOTE_RE, "'")
    .replace(DASH_RE, '-')
    .replace(SPACE_RE, ' ')
    .trim();
  const out: string[] = [];
  let pos = 0;
  for (const tok of lower) {
    // Lower-casing can change length only for rare letters; fall back to the lower form then.
    const idx = cased.toLowerCase().indexOf(tok, pos);
    if (idx < 0) {
      out.push(tok);
      continue;
    }
    out.push(cased.slice(idx, idx + tok.length));
    pos = idx + tok.length;
  }
  return out;
}
