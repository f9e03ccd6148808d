/**
 * BLEU explained on one sentence: the output's n-grams for n = 1..4 with the clipped matches
 * highlighted (in the output and in the references), the clipped precisions, the brevity penalty
 * and the final sentence BLEU with its smoothing, every number from src/model/bleu.ts (the code
 * the evaluator uses) via explainBleu.
 */
import { useMemo, useState } from 'react';
import { explainBleu, hypothesisCoverage, referenceCoverage, type BleuExplained } from '../app/bleuExplain';
import { fmt } from '../viz/stepLayout';
import { Formula } from './Formula';
import { useStrings } from './i18n';
import { ScrollBox } from './ScrollBox';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** Props of {@link BleuPanel}. */
export interface BleuPanelProps {
  /** the output scored (detokenized) */
  hypothesis: string;
  /** the reference translations it is scored against */
  refs: readonly string[];
  /** language code of the output and references (their `lang` attribute), e.g. `de` */
  lang?: string;
}

/** Renders the sentence-BLEU breakdown of `hypothesis` against `refs`: matched n-grams per order, precisions, brevity penalty and score. */
export function BleuPanel({ hypothesis, refs, lang }: BleuPanelProps) {
  const t = useStrings();
  const e = useMemo(() => explainBleu(hypothesis, refs), [hypothesis, refs]);
  const [n, setN] = useState(1);
  const b = t.bleu;
  if (!e)
    return (
      <p className="muted" data-testid="bleu-empty">
        {b.noReference}
      </p>
    );
  const hypCover = hypothesisCoverage(e, n);
  const refCover = referenceCoverage(e, n);
  return (
    <div
      className="bleu"
      data-testid="bleu-panel"
      data-bleu={String(e.bleu)}
      data-bp={String(e.bp)}
      data-geo-mean={String(e.geoMean)}
      data-effective-order={e.effectiveOrder}
      data-hyp-len={e.hypLen}
      data-ref-len={e.refLen}
      data-smoothing="exp"
    >
      <div className="bleu__order-pick" role="group" aria-label={b.orderPick}>
        <span className="muted small">{b.orderPick}:</span>
        {e.orders.map((o) => (
          <button
            key={o.n}
            type="button"
            className={`chip${n === o.n ? ' chip--active' : ''}`}
            aria-pressed={n === o.n}
            data-testid="bleu-order-pick"
            data-n={o.n}
            onClick={() => setN(o.n)}
          >
            {b.order(o.n)}
          </button>
        ))}
      </div>

      <div className="bleu__lines">
        <div className="bleu__line" data-testid="bleu-hyp">
          <span className="bleu__line-label">{b.output}</span>
          <span className="bleu__toks" lang={lang}>
            {e.hypTokens.map((tok, i) => (
              <span
                key={i}
                className={`btok${hypCover[i] ? ' btok--match' : ''}`}
                data-testid="bleu-hyp-token"
                data-matched={hypCover[i] ? 'true' : 'false'}
              >
                {tok}
              </span>
            ))}
          </span>
        </div>
        {e.refTokens.map((toks, r) => (
          <div key={r} className="bleu__line" data-testid="bleu-ref">
            <span className="bleu__line-label">
              {b.referenceN(r + 1)}
              {r === e.closestRef ? <span className="bleu__closest"> · {b.closest}</span> : null}
            </span>
            <span className="bleu__toks" lang={lang}>
              {toks.map((tok, i) => (
                <span
                  key={i}
                  className={`btok${refCover[r]?.[i] ? ' btok--match' : ''}`}
                  data-matched={refCover[r]?.[i] ? 'true' : 'false'}
                >
                  {tok}
                </span>
              ))}
            </span>
          </div>
        ))}
      </div>

      {/* on a phone the four columns may not fit: the table scrolls inside its box, not the page */}
      <ScrollBox className="bleu__table-scroll" label={b.ngramsCol}>
        <table className="bleu__table">
          <thead>
            <tr>
              <th scope="col">n</th>
              <th scope="col">{b.ngramsCol}</th>
              <th scope="col">{b.clipped}</th>
              <th scope="col">{b.precision}</th>
            </tr>
          </thead>
          <tbody>
            {e.orders.map((o) => (
              <tr
                key={o.n}
                className={`bleu__row${o.n === n ? ' bleu__row--active' : ''}`}
                data-testid="bleu-order"
                data-n={o.n}
                data-matches={o.matches}
                data-total={o.total}
                data-precision={o.precision === null ? '' : String(o.precision)}
                data-used={o.used === null ? '' : String(o.used)}
                data-smoothed={o.smoothed ? 'true' : 'false'}
                onClick={() => setN(o.n)}
              >
                <th scope="row">{o.n}</th>
                <td>
                  <div className="bleu__grams">
                    {o.ngrams.length === 0 ? <span className="muted small">{b.noNgrams}</span> : null}
                    {o.ngrams.map((g, i) => (
                      <span
                        key={i}
                        className={`bgram${g.matched ? ' bgram--match' : ''}`}
                        data-testid="bleu-ngram"
                        data-matched={g.matched ? 'true' : 'false'}
                        title={g.matched ? b.matchedTitle(o.n) : b.unmatchedTitle(o.n)}
                        lang={lang}
                      >
                        {g.gram.join(' ')}
                      </span>
                    ))}
                  </div>
                </td>
                <td className="bleu__num">{o.total > 0 ? b.precisionOf(o.matches, o.total) : '–'}</td>
                <td className="bleu__num">
                  {o.used === null ? '–' : pct(o.used)}
                  {o.smoothed ? (
                    <div className="muted small bleu__smooth">{b.smoothedNote(smoothIndex(e, o.n), o.total)}</div>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <p className="muted small bleu__note">{b.clipNote}</p>

      <h4 className="bleu__sub">{b.bpHeading}</h4>
      <p data-testid="bleu-bp">
        {e.hypLen === 0
          ? b.bpEmpty
          : e.hypLen >= e.refLen
            ? b.bpLong(e.hypLen, e.refLen)
            : b.bpShort(e.hypLen, e.refLen, fmt(e.bp, 3))}
      </p>

      <h4 className="bleu__sub">{b.finalHeading}</h4>
      <ScrollBox className="bleu__final" testId="bleu-final" label={b.finalHeading}>
        <Formula tex={finalTex(e)} />
      </ScrollBox>
      {e.bleu === 0 && e.orders.every((o) => o.matches === 0) ? <p className="note">{b.zero}</p> : null}
      <p className="muted small bleu__note" data-testid="bleu-smoothing">
        {b.smoothing}
      </p>
    </div>
  );
}

/** k of an 'exp'-smoothed order: 1 for the first order without a match, 2 for the next, … */
function smoothIndex(e: BleuExplained, n: number): number {
  return e.orders.filter((o) => o.n <= n && o.smoothed).length;
}

/** The final formula with the numbers filled in. */
function finalTex(e: BleuExplained): string {
  const used = e.orders.filter((o) => o.used !== null);
  const N = e.effectiveOrder;
  const ps = used.map((o) => `p_{${o.n}}`).join(' \\cdot ');
  const vals = used.map((o) => fmt(o.used!, 3)).join(' \\cdot ');
  const n = Math.max(1, N);
  return `\\mathrm{BLEU} = 100 \\cdot \\mathrm{BP} \\cdot \\big(${ps || '0'}\\big)^{1/${n}} = 100 \\cdot ${fmt(e.bp, 3)} \\cdot \\big(${vals || '0'}\\big)^{1/${n}} = \\mathbf{${e.bleu.toFixed(2)}}`;
}
