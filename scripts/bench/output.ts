/**
 * The bench's output: one JSON line per figure on stdout (kept for the summary), progress on stderr.
 */

// stdout carries only the JSON lines; route stray console output (tfjs notices) to stderr.
console.log = (...a: unknown[]) => console.error(...a);

/** A progress line on stderr. */
export const note = (line: string): void => void process.stderr.write(`[bench] ${line}\n`);

/** One measured figure: its name and whatever it reports. */
export type Figure = { figure: string; [k: string]: unknown };

/** Every figure emitted so far, in order. */
export const figures: Figure[] = [];

/** Prints a figure as one JSON line and keeps it for the summary. */
export function emit(f: Figure): void {
  figures.push(f);
  process.stdout.write(JSON.stringify(f) + '\n');
}

/** Rounded to two decimals. */
export const r2 = (x: number): number => Math.round(x * 100) / 100;
