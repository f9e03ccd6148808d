/**
 * The alignment matrix as CSV (RFC 4180): a header row `output,<source tokens…>`, then one row per
 * output token with its attention weights. Tokens are written as the model read them, but for
 * one guard against spreadsheet formula injection: a text cell that starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return (which Excel, LibreOffice and Google Sheets would run as a formula,
 * e.g. a French token such as `-t-il`, or a crafted sentence `=HYPERLINK(…)`) gets a leading `'`,
 * as OWASP recommends. A field with a comma, a quote or a line break is quoted, quotes doubled.
 * Weights are numbers, written in full precision (`String(w)`), so each row sums to 1 up to float
 * rounding.
 */

/** Lines end with CRLF, as RFC 4180 asks (every spreadsheet and CSV reader accepts it). */
export const CSV_EOL = '\r\n';

/** The characters that make a spreadsheet read a cell as a formula when they start it. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made inert for spreadsheets: a leading `'` before a formula-starting character. */
export function defuseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV text field: defused ({@link defuseFormula}), then quoted when it has to be. */
export function csvField(value: string): string {
  const v = defuseFormula(value);
  return /[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
}

/** One CSV number field (a finite number as JavaScript writes it; never a formula, never quoted). */
export function csvNumber(x: number): string {
  return String(x);
}

/** One CSV line of text fields (without the line end). */
export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

/** Label of the first column (the output tokens). */
export const OUTPUT_COLUMN = 'output';

/**
 * The alignment CSV: header `output,src_1,…,src_S`, then for each output token i `out_i,α_i1,…,α_iS`.
 * Throws if a row's length differs from the number of source tokens (a broken trace).
 */
export function alignmentCsv(
  sourceTokens: readonly string[],
  outputTokens: readonly string[],
  weights: readonly (readonly number[])[],
): string {
  if (weights.length !== outputTokens.length)
    throw new Error(`alignment: ${weights.length} rows for ${outputTokens.length} output tokens`);
  const lines = [csvLine([OUTPUT_COLUMN, ...sourceTokens])];
  weights.forEach((row, i) => {
    if (row.length !== sourceTokens.length)
      throw new Error(`alignment: row ${i + 1} has ${row.length} weights for ${sourceTokens.length} source tokens`);
    lines.push([csvField(outputTokens[i]!), ...row.map(csvNumber)].join(','));
  });
  return lines.join(CSV_EOL) + CSV_EOL;
}
