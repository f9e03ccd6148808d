/** The settings form of the "Watch it learn" view: task, length, scoring function, sizes, lr, batch, seed. */
import { ATTENTION_KINDS, type AttentionKind } from '../model/config';
import { LENGTH_RANGE, TASK_IDS, type TaskId } from '../learn/tasks';
import { useStrings } from './i18n';

/** What the learner chose. */
export interface LearnForm {
  task: TaskId;
  length: number;
  attention: AttentionKind;
  hidden: number;
  lr: number;
  batchSize: number;
  seed: number;
  baseline: boolean;
  probes: number;
}

/** Hidden sizes offered. */
export const HIDDEN_SIZES = [16, 32, 64, 128] as const;
/** Learning rates offered. */
export const LEARNING_RATES = [0.001, 0.002, 0.005, 0.01, 0.02] as const;
/** Batch sizes offered. */
export const BATCH_SIZES = [8, 16, 32, 64] as const;
/** Highest seed accepted. */
export const MAX_SEED = 9999;

/** Props of {@link LearnSettings}. */
export interface LearnSettingsProps {
  value: LearnForm;
  onChange: (next: LearnForm) => void;
  /** whether the length slider applies to the task */
  usesLength: boolean;
}

/** Renders the settings; every change is reported whole (the view restarts training with it). */
export function LearnSettings({ value, onChange, usesLength }: LearnSettingsProps) {
  const t = useStrings().learn;
  const set = <K extends keyof LearnForm>(k: K, v: LearnForm[K]): void => onChange({ ...value, [k]: v });
  return (
    <fieldset className="learn__settings" data-testid="learn-settings">
      <label>
        {t.task}
        <select value={value.task} onChange={(e) => set('task', e.target.value as TaskId)} data-testid="learn-task">
          {TASK_IDS.map((id) => (
            <option key={id} value={id}>
              {t.tasks[id]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.length}: <output data-testid="learn-length-value">{usesLength ? value.length : '–'}</output>
        <input
          type="range"
          min={LENGTH_RANGE.min}
          max={LENGTH_RANGE.max}
          value={value.length}
          disabled={!usesLength}
          onChange={(e) => set('length', Number(e.target.value))}
          data-testid="learn-length"
        />
        {usesLength ? null : <span className="muted">{t.lengthFixed}</span>}
      </label>
      <label>
        {t.scoring}
        <select
          value={value.attention}
          onChange={(e) => set('attention', e.target.value as AttentionKind)}
          data-testid="learn-scoring"
        >
          {ATTENTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t.scoringNames[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.hidden}
        <select value={value.hidden} onChange={(e) => set('hidden', Number(e.target.value))} data-testid="learn-hidden">
          {HIDDEN_SIZES.map((h) => (
            <option key={h} value={h}>
              {h}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.lr}
        <select value={value.lr} onChange={(e) => set('lr', Number(e.target.value))} data-testid="learn-lr">
          {LEARNING_RATES.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.batch}
        <select value={value.batchSize} onChange={(e) => set('batchSize', Number(e.target.value))} data-testid="learn-batch">
          {BATCH_SIZES.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.seed}
        <input
          type="number"
          min={1}
          max={MAX_SEED}
          value={value.seed}
          onChange={(e) => {
            const n = Math.round(Number(e.target.value));
            if (Number.isFinite(n) && n >= 1 && n <= MAX_SEED) set('seed', n);
          }}
          data-testid="learn-seed"
        />
      </label>
      <label>
        {t.probes}
        <select value={value.probes} onChange={(e) => set('probes', Number(e.target.value))} data-testid="learn-probes">
          {[1, 2, 3].map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <label className="learn__check">
        <input
          type="checkbox"
          checked={value.baseline && value.attention !== 'none'}
          disabled={value.attention === 'none'}
          onChange={(e) => set('baseline', e.target.checked)}
          data-testid="learn-baseline"
        />
        {t.baseline}
      </label>
    </fieldset>
  );
}
