/** "Greedy vs beam": the greedy translation and the best beam hypothesis side by side, and the finished hypotheses, best first. */
import { useId } from 'react';
import type { BeamRun, TranslationResult } from '../app/engine';
import { sentenceBleu } from '../model/bleu';
import { lengthNorm, sequenceLogp } from '../model/sequenceScore';
import { fmt } from '../viz/stepLayout';
import { useStrings } from './i18n';
import { activeTargetLang } from '../app/pairs/pairs';

/** α as the view writes it (one decimal). */
export const alphaText = (a: number): string => a.toFixed(1);

/** Props of {@link BeamCompareCard}. */
export interface BeamCompareCardProps {
  /** the finished search */
  run: BeamRun;
  /** the model's own greedy translation of the sentence */
  base: TranslationResult;
  /** references of the sentence (for sentence BLEU), possibly none */
  refs: readonly string[];
  /** the node whose hypothesis is open */
  selected: number | null;
  /** opens a finished hypothesis (by its last node) */
  onOpen: (nodeId: number) => void;
}

/** Renders greedy vs beam (log p, length, normalised score, BLEU), a note on which wins, and the finished hypotheses as buttons. */
export function BeamCompareCard({ run, base, refs, selected, onOpen }: BeamCompareCardProps) {
  const b = useStrings().beam;
  const id = useId();
  const result = run.result;
  const greedyLogp = sequenceLogp(base.trace.steps.map((st) => st.chosen.p));
  const greedyLen = base.trace.steps.length;
  const a = result.alpha;
  const greedyScore = lengthNorm(greedyLogp, greedyLen, a);
  const best = result.hypotheses[0];
  const bestLen = best ? (result.nodes[best.nodeId]?.t ?? 0) : 0;
  const bleuOf = (text: string): number | null => (refs.length ? sentenceBleu(text, [...refs]).bleu : null);
  const sameAsGreedy = best ? best.text === base.trace.translation : false;
  const finishedAny = result.nodes.some((n) => n.finished && n.kept);
  const stats = (logp: number, len: number, score: number, text: string) => (
    <dl className="compare__stats">
      <dt>{b.logp}</dt>
      <dd>{fmt(logp, 3)}</dd>
      <dt>{b.length}</dt>
      <dd>{len}</dd>
      <dt>{b.score(alphaText(a))}</dt>
      <dd>{fmt(score, 3)}</dd>
      {refs.length ? (
        <>
          <dt>{b.bleu}</dt>
          <dd>{fmt(bleuOf(text)!, 1)}</dd>
        </>
      ) : null}
    </dl>
  );
  return (
    <section className="card" data-testid="beam-compare" aria-labelledby={`${id}-c`}>
      <h2 className="card__title" id={`${id}-c`}>
        {b.compareHeading}
      </h2>
      <div className="compare">
        <div
          className="compare__col"
          data-testid="compare-greedy"
          data-logp={String(greedyLogp)}
          data-score={String(greedyScore)}
        >
          <h3 className="compare__title">{b.greedy}</h3>
          <p className="compare__text" lang={activeTargetLang()}>
            {base.trace.translation}
          </p>
          {stats(greedyLogp, greedyLen, greedyScore, base.trace.translation)}
        </div>
        <div
          className="compare__col compare__col--beam"
          data-testid="compare-beam"
          data-logp={best ? String(best.logp) : ''}
          data-score={best ? String(best.score) : ''}
        >
          <h3 className="compare__title">{b.beamBest(result.k, alphaText(result.alpha))}</h3>
          <p className="compare__text" lang={activeTargetLang()} data-testid="beam-best-text">
            {best?.text ?? ''}
          </p>
          {best ? stats(best.logp, bestLen, best.score, best.text) : null}
        </div>
      </div>
      <p className="note" data-testid="compare-note">
        {!finishedAny ? b.noFinished : sameAsGreedy ? b.same : best && best.score > greedyScore + 1e-9 ? b.better : b.worse}
      </p>
      <h3 className="sub-title">{b.hypsHeading}</h3>
      <ol className="hyps" data-testid="beam-hypotheses">
        {result.hypotheses.map((h, i) => (
          <li key={h.nodeId}>
            <button
              type="button"
              className={`hyp${selected === h.nodeId ? ' hyp--selected' : ''}`}
              data-testid="beam-hypothesis"
              data-node-id={h.nodeId}
              data-score={String(h.score)}
              aria-pressed={selected === h.nodeId}
              onClick={() => onOpen(h.nodeId)}
            >
              <span className="hyp__rank">{b.hypothesis(i + 1)}</span>
              <span className="hyp__text" lang={activeTargetLang()}>
                {h.text || '∅'}
              </span>
              <span className="hyp__num">
                {b.logp} {fmt(h.logp, 2)} · {b.score(alphaText(result.alpha))} {fmt(h.score, 3)}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
