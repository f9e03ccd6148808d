/** Word vocabularies with four reserved ids. */

/** Padding id (never produced, masked everywhere). */
export const PAD = 0;
/** Unknown-word id. */
export const UNK = 1;
/** Start-of-sentence id, the decoder's first input y_0. */
export const BOS = 2;
/** End-of-sentence id: decoding stops when it is chosen. */
export const EOS = 3;
/** The special token strings, indexed by id. */
export const SPECIALS = ['<pad>', '<unk>', '<s>', '</s>'] as const;

/** A word list and its inverse index. */
export class Vocab {
  /** Token string of each id. */
  readonly tokens: readonly string[];
  private readonly index: Map<string, number>;

  /** Builds a vocabulary from its token list (which must start with {@link SPECIALS}). */
  constructor(tokens: readonly string[]) {
    SPECIALS.forEach((s, i) => {
      if (tokens[i] !== s) throw new Error(`vocabulary must start with ${SPECIALS.join(' ')}`);
    });
    this.tokens = tokens;
    this.index = new Map(tokens.map((t, i) => [t, i]));
  }

  /** Number of ids, specials included. */
  get size(): number {
    return this.tokens.length;
  }

  /** Id of a token, or {@link UNK}. */
  id(token: string): number {
    return this.index.get(token) ?? UNK;
  }

  /** Ids of a token sequence. */
  encode(tokens: readonly string[]): number[] {
    return tokens.map((t) => this.id(t));
  }

  /** Token string of an id. */
  token(id: number): string {
    return this.tokens[id] ?? SPECIALS[UNK];
  }

  /** Keeps the `size - 4` most frequent words (ties broken alphabetically, so builds are reproducible). */
  static fromCounts(counts: Map<string, number>, size: number): Vocab {
    const words = [...counts.entries()]
      .filter(([w]) => !(SPECIALS as readonly string[]).includes(w))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, size - SPECIALS.length)
      .map(([w]) => w);
    return new Vocab([...SPECIALS, ...words]);
  }
}
