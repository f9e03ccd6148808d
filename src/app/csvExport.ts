/**
 * The alignment matrix as CSV (RFC 4180): a header row `output,<source tokens…>`, then one row per
 * output token with its attention weights. Tokens are written exactly as the model read them; a
 * field with a comma, a quote or a line break is quoted, quotes doubled. Weights are written in
 * full precision (`String(w)`), so each row sums to 1 up to float rounding.
 */

/** Lines end with CRLF, as RFC 4180 asks (every spreadsheet and CSV reader accepts it). */
export const CSV_EOL = '\r\n';

/** One CSV field, quoted when it has to be. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV line (without the line end). */
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
    lines.push(csvLine([outputTokens[i]!, ...row.map((w) => String(w))]));
  });
  return lines.join(CSV_EOL) + CSV_EOL;
}
