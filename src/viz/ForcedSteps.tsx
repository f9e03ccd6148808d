/**
 * Teacher forcing, step by step: for every reference token, the probability the model gave it
 * (fed the reference prefix) next to the model's own most probable word at that step.
 * Presentational: plain rows in, a table with probability bars out.
 */
import { ScrollBox } from '../ui/ScrollBox';
import { fmt } from './stepLayout';

/** One teacher-forcing step: the reference token, its probability, and the model's own top word. */
export interface ForcedRow {
  /** the decoder step (1-based) */
  t: number;
  /** the reference token y_t */
  token: string;
  /** the token is not in the target vocabulary (fed and scored as `<unk>`) */
  unknown: boolean;
  /** p(y_t | y_<t, x) */
  p: number;
  /** the model's own most probable word at this step, and its probability */
  top: { token: string; p: number };
}

/** Texts of the teacher-forcing table (caption, column headers, agreement marks). */
export interface ForcedStepsLabels {
  /** the table's caption (also the name of its scroll box) */
  caption: string;
  /** header of the step column */
  step: string;
  /** header of the reference-token column */
  reference: string;
  /** header of the probability column */
  p: string;
  /** header of the model's-own-choice column */
  top: string;
  /** (hidden) header of the agreement column */
  agree: string;
  /** the mark's text where the model's top word is the reference word */
  same: string;
  /** the mark's text where the model would have chosen another word */
  differs: string;
  /** tooltip of a reference word the model does not know */
  unknown: string;
}

/** Props of {@link ForcedSteps}. */
export interface ForcedStepsProps {
  /** one row per reference token (`</s>` last) */
  rows: readonly ForcedRow[];
  /** the table's texts */
  labels: ForcedStepsLabels;
  /** language code of the reference and the model's words (their `lang` attribute), e.g. `de` */
  lang?: string;
  /** a row to highlight (linked with the heatmap) */
  highlight?: number | null;
  /** the pointer entered a row (its index) or left the rows (null) */
  onHover?: (row: number | null) => void;
}

/** Bar colour from the probability: low = warm, high = the output colour of the step view. */
const barClass = (p: number): string => (p >= 0.5 ? 'fbar--high' : p >= 0.1 ? 'fbar--mid' : 'fbar--low');

/** Renders the teacher-forcing table: per reference token, p with a bar, the model's top word and whether they agree. */
export function ForcedSteps({ rows, labels, lang, highlight = null, onHover }: ForcedStepsProps) {
  return (
    <ScrollBox className="forced__scroll" label={labels.caption}>
      <table className="forced" data-testid="forced-table">
        <caption className="visually-hidden">{labels.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.step}</th>
            <th scope="col">{labels.reference}</th>
            <th scope="col" className="forced__pcol">
              {labels.p}
            </th>
            <th scope="col">{labels.top}</th>
            <th scope="col">
              <span className="visually-hidden">{labels.agree}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const agree = r.top.token === r.token && !r.unknown;
            return (
              <tr
                key={i}
                className={`forced__row${highlight === i ? ' forced__row--active' : ''}${agree ? '' : ' forced__row--differs'}`}
                data-testid="forced-row"
                data-t={r.t}
                data-token={r.token}
                data-unknown={r.unknown ? 'true' : 'false'}
                data-p={String(r.p)}
                data-top={r.top.token}
                data-top-p={String(r.top.p)}
                data-agree={agree ? 'true' : 'false'}
                onMouseEnter={onHover ? () => onHover(i) : undefined}
                onMouseLeave={onHover ? () => onHover(null) : undefined}
              >
                <td className="forced__t">{r.t}</td>
                <td className="forced__tok" lang={lang}>
                  <span className={r.unknown ? 'forced__unk' : undefined} title={r.unknown ? labels.unknown : undefined}>
                    {r.token}
                  </span>
                  {r.unknown ? <span className="token__badge"> &lt;unk&gt;</span> : null}
                </td>
                <td className="forced__p">
                  <span className="fbar" aria-hidden="true">
                    <span className={`fbar__fill ${barClass(r.p)}`} style={{ width: `${Math.max(0.5, r.p * 100)}%` }} />
                  </span>
                  <span className="forced__num">{fmt(r.p, 3)}</span>
                </td>
                <td className="forced__top" lang={lang}>
                  <span className="forced__topword">{r.top.token}</span>{' '}
                  <span className="forced__num muted">{fmt(r.top.p, 3)}</span>
                </td>
                <td className={`forced__agree${agree ? ' forced__agree--yes' : ''}`} title={agree ? labels.same : labels.differs}>
                  {agree ? '✓' : '✗'}
                  <span className="visually-hidden">{agree ? labels.same : labels.differs}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
}
