/**
 * The sentence-pair file format users train on: `source<TAB>target` per line, UTF-8; several lines
 * with the same source are several references of it. A byte-order mark and Windows line ends (CRLF)
 * are accepted silently, blank lines are skipped; everything else that is wrong stops the reading
 * with a {@link TsvError} naming the file, the line and the problem. Pure (no Node APIs): the
 * trainer reads the bytes from disk, a page could read them from a dropped file.
 */

/** One `source<TAB>target` line. */
export interface Pair {
  src: string;
  tgt: string;
}

/** What can be wrong with a sentence-pair file. */
export type TsvProblem =
  /** the file does not exist (or cannot be read) */
  | { kind: 'notFound' }
  /** the path is a folder (e.g. the data folder given where its train.tsv was meant) */
  | { kind: 'folder' }
  /** the bytes are not valid UTF-8 */
  | { kind: 'encoding' }
  /** a line has no tab between source and target */
  | { kind: 'missingTab' }
  /** a line has more than one tab */
  | { kind: 'tooManyTabs'; tabs: number }
  /** a line's source or target is empty (or only spaces) */
  | { kind: 'emptySide'; side: 'source' | 'target' }
  /** the file has no sentence pair at all */
  | { kind: 'noPairs' };

/** The problem in English (Node scripts print it; the message names the file and line too). */
export function describeTsvProblem(p: TsvProblem): string {
  switch (p.kind) {
    case 'notFound':
      return 'the file is missing';
    case 'folder':
      return 'is a folder, not a sentence-pair file';
    case 'encoding':
      return 'is not valid UTF-8 (save the file as UTF-8)';
    case 'missingTab':
      return 'has no tab: each line must be source<TAB>target';
    case 'tooManyTabs':
      return `has ${p.tabs} tabs: each line must be source<TAB>target, with exactly one tab`;
    case 'emptySide':
      return `has an empty ${p.side}`;
    case 'noPairs':
      return 'has no source<TAB>target line';
  }
}

/** A problem in a sentence-pair file, at a line (1-based) where there is one. */
export class TsvError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly problem: TsvProblem,
  ) {
    super(`${file}${line !== undefined ? `, line ${line}` : ''}: ${describeTsvProblem(problem)}`);
    this.name = 'TsvError';
  }
}

/** The first line (1-based) of `bytes` that is not valid UTF-8. */
function badUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      decoder.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    line++;
    start = i + 1;
  }
  return line - 1;
}

/**
 * Parses a sentence-pair file's bytes (`file` names it in errors). Sources and targets are kept
 * as written (tokenization normalises spaces later); only a final `\r` and a leading BOM go.
 */
export function parseTsv(bytes: Uint8Array, file: string): Pair[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes); // drops a leading BOM
  } catch {
    throw new TsvError(file, badUtf8Line(bytes), { kind: 'encoding' });
  }
  const pairs: Pair[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    const fields = line.split('\t');
    if (fields.length < 2) throw new TsvError(file, i + 1, { kind: 'missingTab' });
    if (fields.length > 2) throw new TsvError(file, i + 1, { kind: 'tooManyTabs', tabs: fields.length - 1 });
    const [src, tgt] = fields as [string, string];
    if (src.trim() === '') throw new TsvError(file, i + 1, { kind: 'emptySide', side: 'source' });
    if (tgt.trim() === '') throw new TsvError(file, i + 1, { kind: 'emptySide', side: 'target' });
    pairs.push({ src, tgt });
  });
  if (pairs.length === 0) throw new TsvError(file, undefined, { kind: 'noPairs' });
  return pairs;
}
