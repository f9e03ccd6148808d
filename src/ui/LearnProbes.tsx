/**
 * The probes' alignments as training goes: one heatmap per probe for the attention model (the
 * shared AttentionHeatmap), the baseline's outputs beside them, and a timeline slider that replays
 * how the alignment formed (the runs keep every measurement's alignments, not the weights).
 */
import type { LiveEvaluation } from '../learn/liveRun';
import type { ToyExample } from '../learn/tasks';
import { AttentionHeatmap } from '../viz/AttentionHeatmap';
import { useStrings } from './i18n';
import { heatmapLabels } from './heatmapLabels';

/** Props of {@link LearnProbes}. */
export interface LearnProbesProps {
  probes: readonly ToyExample[];
  /** the attention model's measurements, oldest first */
  evaluations: readonly LiveEvaluation[];
  /** the baseline's measurements (empty without a baseline) */
  baseline: readonly LiveEvaluation[];
  /** shown measurement index; null follows the latest */
  replay: number | null;
  onReplay: (index: number | null) => void;
  /** px available for each heatmap */
  fitWidth: number;
  /** whether the attention model has attention (false: the `none` scorer was chosen) */
  hasAttention: boolean;
}

const pct = (v: number): string => `${Math.round(v * 100)} %`;

/** Output tokens for a heatmap: the decoded words, plus `</s>` when the rows include its step. */
function rowLabels(words: readonly string[], rows: number): string[] {
  return rows > words.length ? [...words, '</s>'] : [...words];
}

/** Renders the timeline slider and one heatmap (or the baseline note) per probe. */
export function LearnProbes({ probes, evaluations, baseline, replay, onReplay, fitWidth, hasAttention }: LearnProbesProps) {
  const strings = useStrings();
  const t = strings.learn;
  if (evaluations.length === 0) return <p className="muted">{t.notYet}</p>;
  const index = replay === null ? evaluations.length - 1 : Math.min(replay, evaluations.length - 1);
  const e = evaluations[index]!;
  const base = [...baseline].reverse().find((b) => b.step <= e.step) ?? null;
  return (
    <div className="learn__probes">
      <label className="learn__timeline">
        {t.timeline} <output data-testid="learn-replay-step">{e.step}</output>
        {replay === null ? ` (${t.latest})` : ''}
        <input
          type="range"
          min={0}
          max={evaluations.length - 1}
          value={index}
          onChange={(ev) => {
            const i = Number(ev.target.value);
            onReplay(i === evaluations.length - 1 ? null : i);
          }}
          data-testid="learn-timeline"
        />
      </label>
      {base ? <p className="muted">{t.baselineNote(pct(base.accuracy))}</p> : null}
      <div className="learn__probe-list">
        {probes.map((p, i) => {
          const weights = e.probeWeights[i] ?? [];
          const words = e.probeOutputs[i] ?? [];
          return (
            <section key={i} className="learn__probe" data-testid="learn-probe">
              <h4>{t.probe(i + 1)}</h4>
              <p className="learn__io">
                <span>{t.output(words.join(' '))}</span>
                <span className="muted">{t.target(p.tgt.join(' '))}</span>
                {base ? (
                  <span className="learn__baseline-out" data-testid="learn-baseline-output">
                    {t.models.none}: {(base.probeOutputs[i] ?? []).join(' ')}
                  </span>
                ) : null}
              </p>
              {hasAttention && weights.length > 0 ? (
                <AttentionHeatmap
                  labels={heatmapLabels(strings)}
                  sourceTokens={[...p.src, '</s>']}
                  outputTokens={rowLabels(words, weights.length)}
                  weights={weights}
                  fitWidth={fitWidth}
                  showValues={p.src.length <= 10}
                  caption={t.heatmapCaption(i + 1, e.step)}
                />
              ) : null}
            </section>
          );
        })}
      </div>
    </div>
  );
}
