import { beforeAll, describe, expect, it } from 'vitest';
import { greedyDecode } from '../model/greedy';
import { tinyModel, useCpu } from '../model/testUtils';
import { alignmentCsv, CSV_EOL, csvField, csvLine } from './csvExport';

/** An RFC 4180 reader (quoted fields, doubled quotes, CRLF or LF), to read back what was written. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe('CSV fields', () => {
  it('quotes fields with a comma, a quote, a line break or edge spaces, and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(',')).toBe('","');
    expect(csvField('"')).toBe('""""');
    expect(csvField('say "hi", ok')).toBe('"say ""hi"", ok"');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(' x')).toBe('" x"');
    expect(csvField("l'")).toBe("l'");
    expect(csvLine(['a', 'b,c', '"'])).toBe('a,"b,c",""""');
  });
});

describe('formula injection', () => {
  it('defuses a text cell that starts with = + - @, a tab or a carriage return, and nothing else', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-t-il')).toBe("'-t-il");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
    for (const safe of ['il', 'a-t-il', "l'", '1+1', 'x=y', '«', '</s>']) expect(csvField(safe)).toBe(safe);
  });

  it('writes dangerous tokens defused in both the header and the rows, and keeps the weights numbers', () => {
    const text = alignmentCsv(
      ['=cmd', 'ok'],
      ['-t-il', '@x'],
      [
        [0.25, 0.75],
        [1, 0],
      ],
    );
    const rows = readCsv(text);
    expect(rows[0]).toEqual(['output', "'=cmd", 'ok']);
    expect(rows[1]).toEqual(["'-t-il", '0.25', '0.75']);
    expect(rows[2]).toEqual(["'@x", '1', '0']);
    // no cell of the file starts a formula
    for (const r of rows) for (const c of r) expect(c).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('alignment CSV', () => {
  const src = ['he', 'said', '"', 'hi', ',', '"', '</s>'];
  const out = ['il', 'a', 'dit', '«', ',', '</s>'];
  const weights = out.map((_, i) => src.map((_, j) => (i === j ? 0.5 : 0.5 / (src.length - 1))));

  it('has a header of source tokens, one row per output token, and reads back to the same tokens and weights', () => {
    const text = alignmentCsv(src, out, weights);
    expect(text.endsWith(CSV_EOL)).toBe(true);
    const rows = readCsv(text);
    expect(rows).toHaveLength(out.length + 1);
    expect(rows[0]).toEqual(['output', ...src]);
    rows.slice(1).forEach((r, i) => {
      expect(r).toHaveLength(src.length + 1);
      expect(r[0]).toBe(out[i]);
      expect(r.slice(1).map(Number)).toEqual(weights[i]);
    });
  });

  it('refuses a matrix that does not match the tokens', () => {
    expect(() => alignmentCsv(src, out.slice(1), weights)).toThrow(/rows/);
    expect(() => alignmentCsv(src.slice(1), out, weights)).toThrow(/row 1/);
  });

  describe('from a real decode', () => {
    beforeAll(useCpu);
    for (const kind of ['general', 'bahdanau'] as const) {
      it(`rows sum to 1 (${kind})`, async () => {
        const trace = await greedyDecode(tinyModel(kind, 3), 'a b c d');
        const text = alignmentCsv(
          trace.encoder.tokens,
          trace.steps.map((s) => s.chosen.token),
          trace.steps.map((s) => s.weights),
        );
        const rows = readCsv(text);
        expect(rows[0]).toEqual(['output', ...trace.encoder.tokens]);
        expect(rows).toHaveLength(trace.steps.length + 1);
        for (const r of rows.slice(1)) {
          const sum = r.slice(1).reduce((s, v) => s + Number(v), 0);
          expect(Math.abs(sum - 1)).toBeLessThan(1e-5);
        }
      });
    }
  });
});
