/**
 * German pronouns whose capital depends on who is meant: `Sie` / `Ihnen` / `Ihr…` (formal "you",
 * "your") against `sie` / `ihnen` / `ihr…` ("she", "they", "her", "their"). The target vocabulary is
 * lower-case and the casing table keeps each word's most common form (`sie` → `Sie`: 8,390 against
 * 3,995 non-initial uses in the en→de training targets), so without this every "she" and "they" came out as the
 * formal "you" ("Ich weiß, dass Sie das Buch gelesen hat."). The English source tells them apart:
 * a sentence that says "you" and neither "she", "her", "they", "them" nor "their" means the formal
 * "you"; one that names only the third person means "she"/"they". In a sentence with both ("Do you
 * know where she lives?") attention decides word by word: each `sie` / `ihnen` / `ihr…` takes the
 * person its own attention weights look at more (the weight on "you"/"your" against the weight on
 * "she"/"her"/"they"/…); without weights (the no-attention baseline) it keeps the table's form.
 */
import type { Language } from './languages';

/** English words of the second person ("you"), and of them the possessive ones ("your"). */
const SECOND = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
const SECOND_POSSESSIVE = new Set(['your', 'yours']);
/** English words of the third person that German says with `sie` / `ihr…`. */
const THIRD = new Set(['she', 'her', 'hers', 'herself', 'they', 'them', 'their', 'theirs', 'themselves']);
/** `sie` and `ihnen`: formal "you" with a capital; and the possessives, formal "your" with one. */
const PRONOUNS = new Set(['sie', 'ihnen']);
const POSSESSIVES = new Set(['ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres']);

/**
 * Cases the German pronouns of the truecased output `tokens` (not the sentence's first word,
 * capitalised anyway) by the person the source tokens `source` (lower-case) speak of; other target
 * languages are returned as they are. `weights` (α of the step that wrote each token, over the
 * source positions; empty rows for the baseline) decide the words of a sentence that speaks of both.
 */
export function casePronouns(
  tokens: readonly string[],
  source: readonly string[],
  tgt: Language,
  weights?: readonly (readonly number[])[],
): string[] {
  if (tgt !== 'de') return [...tokens];
  const words = source.map((t) => t.toLowerCase());
  const has = (set: Set<string>): boolean => words.some((w) => set.has(w));
  const second = has(SECOND);
  const third = has(THIRD);
  if (!second && !third) return [...tokens]; // no person to go by: the table's form
  const possessiveYou = has(SECOND_POSSESSIVE);
  const first = tokens.findIndex((t) => /\p{L}/u.test(t));
  return tokens.map((t, i) => {
    const key = t.toLowerCase();
    const pronoun = PRONOUNS.has(key);
    if (i === first || !(pronoun || POSSESSIVES.has(key))) return t;
    let formal: boolean;
    if (second && third) {
      // both persons: the one this word's attention looks at more ("your" for a possessive)
      const row = weights?.[i];
      if (!row || row.length === 0) return t;
      const mass = (set: Set<string>): number => words.reduce((m, w, j) => (set.has(w) ? m + (row[j] ?? 0) : m), 0);
      const you = mass(pronoun ? SECOND : SECOND_POSSESSIVE);
      const them = mass(THIRD);
      if (you === them) return t;
      formal = you > them;
    } else formal = second && (pronoun || possessiveYou);
    return formal ? key.charAt(0).toUpperCase() + key.slice(1) : key;
  });
}
