/**
 * The mean |Δα| of every pair of compared models as a small matrix (a table: models × models),
 * each cell shaded by its value and printed; clicking a cell (or pressing Enter on it) picks that
 * pair for the difference heatmap. Presentational: names, numbers and texts in.
 */
import { scaleSequential } from 'd3-scale';
import { interpolateMagma } from 'd3-scale-chromatic';
import { readableOn } from './contrast';

/** Texts of {@link DiffMatrix}. */
export interface DiffMatrixLabels {
  /** the table's caption */
  caption: string;
  /** a cell's accessible name: the two models and the value */
  cell: (a: string, b: string, v: string) => string;
  /** printed for a model without attention */
  none: string;
}

/** Props of {@link DiffMatrix}. */
export interface DiffMatrixProps {
  /** model ids, in row/column order */
  ids: readonly string[];
  /** model names, same order */
  names: readonly string[];
  /** matrix[i][k] = mean |Δα| of models i and k; null where one of them has no attention */
  matrix: readonly (readonly (number | null)[])[];
  /** the pair shown in the difference heatmap (outlined), as indices */
  selected: readonly [number, number] | null;
  /** picks a pair (row, column indices) */
  onPick: (a: number, b: number) => void;
  labels: DiffMatrixLabels;
}

/** The same ramp as the difference heatmap (0 pale, large differences dark), over the matrix's own range. */
function rampFor(max: number): (v: number) => string {
  const s = scaleSequential((t: number) => interpolateMagma(1 - t * 0.85)).domain([0, Math.max(1e-9, max)]);
  return (v) => s(v);
}

/** Renders the pairwise mean |Δα| matrix as a table whose off-diagonal cells pick a pair. */
export function DiffMatrix({ ids, names, matrix, selected, onPick, labels }: DiffMatrixProps) {
  const max = Math.max(0, ...matrix.flat().filter((v): v is number => v !== null));
  const color = rampFor(max);
  return (
    <table className="diffmatrix" data-testid="diff-matrix">
      <caption className="small muted">{labels.caption}</caption>
      <thead>
        <tr>
          <td />
          {names.map((n, k) => (
            <th key={ids[k]} scope="col">
              {n}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.map((row, i) => (
          <tr key={ids[i]}>
            <th scope="row">{names[i]}</th>
            {row.map((v, k) => {
              const isSelected =
                !!selected && ((selected[0] === i && selected[1] === k) || (selected[0] === k && selected[1] === i));
              if (v === null || i === k)
                return (
                  <td
                    key={ids[k]}
                    className="diffmatrix__cell diffmatrix__cell--off"
                    data-testid="diff-matrix-cell"
                    data-a={ids[i]}
                    data-b={ids[k]}
                    data-mean=""
                  >
                    {v === null ? labels.none : '0'}
                  </td>
                );
              const bg = color(v);
              return (
                <td
                  key={ids[k]}
                  className={`diffmatrix__cell${isSelected ? ' diffmatrix__cell--selected' : ''}`}
                  style={{ background: bg, color: readableOn(bg) }}
                  data-testid="diff-matrix-cell"
                  data-a={ids[i]}
                  data-b={ids[k]}
                  data-mean={String(v)}
                >
                  <button
                    type="button"
                    className="diffmatrix__pick"
                    aria-label={labels.cell(names[i] ?? '', names[k] ?? '', v.toFixed(3))}
                    aria-pressed={isSelected}
                    onClick={() => onPick(i, k)}
                  >
                    {v.toFixed(3)}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
