/**
 * Toy tasks for training live in the page: pure, seeded generators of (source, target) token
 * sequences. Each is chosen to show one thing about attention: reverse (an anti-diagonal
 * alignment), sort (an alignment that depends on the data), date conversion (reordering and
 * skipping: "5 March 2021" → "2021-03-05") and a tiny real en→fr translation task.
 */

/** The tasks the "Watch it learn" view offers. */
export type TaskId = 'reverse' | 'sort' | 'date' | 'translate';

/** All task ids, in display order. */
export const TASK_IDS: readonly TaskId[] = ['reverse', 'sort', 'date', 'translate'];

/** One training or held-out example as tokens (no `</s>`: batching adds it). */
export interface ToyExample {
  src: string[];
  tgt: string[];
}

/** Shortest and longest sequence length the length slider offers. */
export const LENGTH_RANGE = { min: 5, max: 30 } as const;

/** A task: its symbols and a sampler. */
export interface ToyTask {
  id: TaskId;
  /** every token a source may contain */
  srcSymbols: readonly string[];
  /** every token a target may contain */
  tgtSymbols: readonly string[];
  /** whether the length slider changes the examples (a date has a fixed format) */
  usesLength: boolean;
  /**
   * A random example whose source has between ⌈length/2⌉ and `length` tokens (`exact`: exactly
   * `length`, as for probes; the translation task gives its nearest). Uses only `rand`.
   */
  sample(rand: () => number, length: number, exact?: boolean): ToyExample;
}

/** The ten digits, the symbols of the reverse and sort tasks. */
export const DIGITS: readonly string[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** English month names, the date task's month tokens. */
export const MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A length in [⌈length/2⌉, length] (or exactly `length`), clamped to the slider's range. */
function pickLength(rand: () => number, length: number, exact = false): number {
  const n = Math.min(LENGTH_RANGE.max, Math.max(1, Math.round(length)));
  if (exact) return n;
  const lo = Math.ceil(n / 2);
  return lo + Math.floor(rand() * (n - lo + 1));
}

const randomDigits = (rand: () => number, n: number): string[] =>
  Array.from({ length: n }, () => DIGITS[Math.floor(rand() * 10)]!);

/** A task over digit sequences of the chosen length whose target is `transform` of the source. */
const digitTask = (id: ToyTask['id'], transform: (src: string[]) => string[]): ToyTask => ({
  id,
  srcSymbols: DIGITS,
  tgtSymbols: DIGITS,
  usesLength: true,
  sample(rand, length, exact) {
    const src = randomDigits(rand, pickLength(rand, length, exact));
    return { src, tgt: transform([...src]) };
  },
});

/** Reverse a digit sequence: 3 1 4 → 4 1 3. */
export const reverseTask: ToyTask = digitTask('reverse', (src) => src.reverse());

/** Sort a digit sequence ascending: 3 1 4 1 → 1 1 3 4. */
export const sortTask: ToyTask = digitTask('sort', (src) => src.sort());

/** Days in a month of a year (Gregorian). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * A written date as tokens and its ISO form: day digits, month name, year digits →
 * "5 March 2021" = 5 March 2 0 2 1 → 2 0 2 1 - 0 3 - 0 5.
 */
export function dateExample(year: number, month: number, day: number): ToyExample {
  const two = (n: number): string[] => String(n).padStart(2, '0').split('');
  return {
    src: [...String(day).split(''), MONTHS[month - 1]!, ...String(year).split('')],
    tgt: [...String(year).split(''), '-', ...two(month), '-', ...two(day)],
  };
}

/** Date conversion between 1900 and 2099 (the length slider does not apply). */
export const dateTask: ToyTask = {
  id: 'date',
  srcSymbols: [...DIGITS, ...MONTHS],
  tgtSymbols: [...DIGITS, '-'],
  usesLength: false,
  sample(rand) {
    const year = 1900 + Math.floor(rand() * 200);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * daysInMonth(year, month));
    return dateExample(year, month, day);
  },
};

/**
 * The tiny translation task over tokenized sentence pairs (see public/learn/en-fr-tiny.tsv): a
 * random pair whose English side has at most `length` tokens (`exact`: the longest such pair
 * nearest to `length`).
 */
export function translationTask(pairs: readonly ToyExample[]): ToyTask {
  if (pairs.length === 0) throw new Error('the translation task needs at least one sentence pair');
  const srcSymbols = [...new Set(pairs.flatMap((p) => p.src))].sort();
  const tgtSymbols = [...new Set(pairs.flatMap((p) => p.tgt))].sort();
  const shortest = Math.min(...pairs.map((p) => p.src.length));
  return {
    id: 'translate',
    srcSymbols,
    tgtSymbols,
    usesLength: true,
    sample(rand, length, exact) {
      const limit = Math.max(shortest, length);
      const fits = pairs.filter((p) => (exact ? p.src.length === Math.min(limit, maxLen(pairs, limit)) : p.src.length <= limit));
      return fits[Math.floor(rand() * fits.length)]!;
    },
  };
}

/** The longest source length ≤ `limit` among `pairs`. */
function maxLen(pairs: readonly ToyExample[], limit: number): number {
  return pairs.reduce((m, p) => (p.src.length <= limit && p.src.length > m ? p.src.length : m), 0);
}

/** Parses the shipped pairs file: one `english tokens<TAB>french tokens` line each, tokens separated by spaces. */
export function parsePairs(text: string): ToyExample[] {
  const out: ToyExample[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [en, fr] = line.split('\t');
    if (!en || !fr) throw new Error(`sentence pair file: line "${line.slice(0, 40)}" has no tab-separated French side`);
    out.push({ src: en.split(' '), tgt: fr.split(' ') });
  }
  return out;
}

/** The generated tasks by id (the translation task needs its pairs: {@link translationTask}). */
export const GENERATED_TASKS: Readonly<Record<Exclude<TaskId, 'translate'>, ToyTask>> = {
  reverse: reverseTask,
  sort: sortTask,
  date: dateTask,
};
