/**
 * The numbers of a heatmap as a visually hidden data table that is also its keyboard grid
 * (WAI-ARIA grid, roving tabindex): one Tab stop; arrows, Home / End, Ctrl + Home / End and
 * Page Up / Down move between cells (see gridNav.ts); Enter picks the row. Screen readers read a
 * real table with row and column headers; sighted keyboard users see the focused cell outlined in
 * the picture with its exact value, through `onFocusCell`. The picture itself stays a plain image.
 */
import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { clampPos, gridMove, type GridPos } from './gridNav';

/** Props of {@link HeatmapTable}. */
export interface HeatmapTableProps {
  /** the table's name (its caption) */
  caption: string;
  /** how to move around the grid (its description) */
  help: string;
  /** header of the row-header column */
  corner: string;
  /** the column headers (source tokens) */
  colHeaders: readonly string[];
  /** the row headers (output tokens) */
  rowHeaders: readonly string[];
  /** cells[row][col], already formatted */
  cells: readonly (readonly string[])[];
  /** the focused cell (null: the focus left the grid, or Escape) */
  onFocusCell: (cell: GridPos | null) => void;
  /** Enter on a cell of this row */
  onEnter?: (row: number) => void;
  /** the table's `data-testid` */
  testId?: string;
}

const key = (c: GridPos): string => `${c.row}-${c.col}`;

/** Renders the heatmap's values as a visually hidden table that doubles as its keyboard grid (one roving Tab stop). */
export function HeatmapTable({
  caption,
  help,
  corner,
  colHeaders,
  rowHeaders,
  cells,
  onFocusCell,
  onEnter,
  testId,
}: HeatmapTableProps) {
  const rows = cells.length;
  const cols = colHeaders.length;
  const [pos, setPos] = useState<GridPos>({ row: 0, col: 0 });
  const roving = clampPos(pos, rows, cols);
  const refs = useRef(new Map<string, HTMLTableCellElement>());
  const helpId = useId();

  const cellOf = (el: EventTarget | null): GridPos | null => {
    const td = el instanceof Element ? el.closest('td[data-row]') : null;
    return td ? { row: Number(td.getAttribute('data-row')), col: Number(td.getAttribute('data-col')) } : null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>): void => {
    const cur = cellOf(e.target);
    if (!cur) return;
    if (e.key === 'Enter' && onEnter) {
      e.preventDefault();
      onEnter(cur.row);
      return;
    }
    if (e.key === 'Escape') {
      onFocusCell(null);
      return;
    }
    const to = gridMove(cur, e, rows, cols);
    if (!to) return;
    e.preventDefault(); // also keeps the page's playback keys out of it
    setPos(to);
    // The table is invisible: the picture scrolls its own cell into view (onFocusCell).
    refs.current.get(key(to))?.focus({ preventScroll: true });
  };
  const onBlur = (e: FocusEvent<HTMLTableElement>): void => {
    if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) onFocusCell(null);
  };

  return (
    <>
      {/* hidden by a wrapper, not on the table: a table box grows to its content whatever its width,
          and an unclipped one widened the picture's scroll area into empty space */}
      <div className="visually-hidden">
        <table role="grid" aria-describedby={helpId} data-testid={testId} onKeyDown={onKeyDown} onBlur={onBlur}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{corner}</th>
              {colHeaders.map((h, j) => (
                <th key={j} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cells.map((row, i) => (
              <tr key={i}>
                <th scope="row">{rowHeaders[i]}</th>
                {row.map((v, j) => (
                  <td
                    key={j}
                    ref={(el) => {
                      if (el) refs.current.set(key({ row: i, col: j }), el);
                      else refs.current.delete(key({ row: i, col: j }));
                    }}
                    tabIndex={roving.row === i && roving.col === j ? 0 : -1}
                    data-row={i}
                    data-col={j}
                    onFocus={() => {
                      setPos({ row: i, col: j });
                      onFocusCell({ row: i, col: j });
                    }}
                  >
                    {v}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p id={helpId} className="visually-hidden">
        {help}
      </p>
    </>
  );
}
