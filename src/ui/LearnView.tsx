/**
 * "Watch it learn": trains a small attention model (and, beside it, the no-attention baseline) on a
 * toy task live in the page, one batch per animation frame, and draws the loss and accuracy curves
 * and the probes' alignments as they form. Loaded lazily as its own tab.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import * as tf from '@tensorflow/tfjs-core';
import { downloadBlob } from '../app/svgCapture';
import { LiveController, type LiveSetup } from '../learn/liveController';
import { LIVE_DEFAULTS, type LiveRun } from '../learn/liveRun';
import { GENERATED_TASKS, parsePairs, translationTask, type ToyExample } from '../learn/tasks';
import type { ModelFiles } from '../app/loadModel';
import { folderBlobs, toyModelFolder, toyPair } from '../learn/toyModelFiles';
import { LearningCurves, type CurveSeries } from '../viz/LearningCurves';
import { useStrings } from './i18n';
import { LearnProbes } from './LearnProbes';
import { LearnSettings, type LearnForm } from './LearnSettings';
import { useContentWidth } from './useContentWidth';
import './learn.css';

/** The form's starting values: reverse, length 6, the toy defaults. */
export const DEFAULT_FORM: LearnForm = {
  task: 'reverse',
  length: 6,
  attention: LIVE_DEFAULTS.attention,
  hidden: LIVE_DEFAULTS.hidden,
  lr: LIVE_DEFAULTS.lr,
  batchSize: LIVE_DEFAULTS.batchSize,
  seed: LIVE_DEFAULTS.seed,
  baseline: true,
  probes: 1,
};

/** URL of the tiny translation task's sentence pairs. */
const PAIRS_URL = `${import.meta.env.BASE_URL}learn/en-fr-tiny.tsv`;

/** Props of {@link LearnView}. */
export interface LearnViewProps {
  /** whether the tab shows: training pauses when it is hidden */
  active: boolean;
  /**
   * Opens the trained model in the other views: `files` (the app's model format), listed as
   * `name` under `pair`. Absent: no open button.
   */
  onOpenModel?: (files: ModelFiles, o: { name: string; pair: string }) => void;
}

const pct = (v: number): string => `${Math.round(v * 100)} %`;
const num = (v: number): string => (v >= 10 ? v.toFixed(0) : v.toFixed(2));

/** Training and held-out curves of the runs, for the loss or the accuracy chart. */
function curveSeries(
  runs: readonly LiveRun[],
  kind: 'loss' | 'accuracy',
  names: { train: (m: string) => string; heldOut: (m: string) => string },
  models: { attention: string; none: string },
): CurveSeries[] {
  const out: CurveSeries[] = [];
  runs.forEach((r, i) => {
    const model = i === 0 && r.cfg.attention !== 'none' ? models.attention : models.none;
    const color = i === 0 ? 'var(--accent)' : 'var(--whatif)';
    const id = i === 0 ? 'main' : 'baseline';
    if (kind === 'loss')
      out.push({
        id: `${id}-train`,
        label: names.train(model),
        color,
        dashed: true,
        points: r.losses.map((l) => ({ x: l.step, y: l.loss })),
      });
    out.push({
      id: `${id}-heldout`,
      label: names.heldOut(model),
      color,
      points: r.evaluations.map((e) => ({ x: e.step, y: kind === 'loss' ? e.heldOutLoss : e.accuracy })),
    });
  });
  return out;
}

/** The live-training view. */
export function LearnView({ active, onOpenModel }: LearnViewProps) {
  const t = useStrings().learn;
  const [form, setForm] = useState<LearnForm>(DEFAULT_FORM);
  const [pairs, setPairs] = useState<ToyExample[] | Error | null>(null);
  const [replay, setReplay] = useState<number | null>(null);
  const [, setVersion] = useState(0);
  const [controller, setController] = useState<LiveController | null>(null);
  const [downloading, setDownloading] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const width = useContentWidth(box) ?? 800;

  useEffect(() => {
    if (form.task !== 'translate' || pairs !== null) return;
    let stale = false;
    fetch(PAIRS_URL)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((text) => !stale && setPairs(parsePairs(text)))
      .catch((e: unknown) => !stale && setPairs(e instanceof Error ? e : new Error(String(e))));
    return () => {
      stale = true;
    };
  }, [form.task, pairs]);

  const task = useMemo(() => {
    if (form.task !== 'translate') return GENERATED_TASKS[form.task];
    return Array.isArray(pairs) ? translationTask(pairs) : null;
  }, [form.task, pairs]);

  // A new controller (fresh weights) for every setting; the old one frees all its tensors.
  useEffect(() => {
    if (!task) return;
    const setup: LiveSetup = {
      task,
      length: form.length,
      settings: {
        ...LIVE_DEFAULTS,
        attention: form.attention,
        hidden: form.hidden,
        lr: form.lr,
        batchSize: form.batchSize,
        seed: form.seed,
      },
      baseline: form.baseline,
      probes: form.probes,
    };
    const c = new LiveController(setup, (cb) => requestAnimationFrame(cb));
    const unsubscribe = c.subscribe(() => setVersion((v) => v + 1));
    setController(c);
    setReplay(null);
    return () => {
      unsubscribe();
      c.dispose();
    };
  }, [task, form]);

  useEffect(() => {
    if (!active) controller?.pause();
  }, [active, controller]);

  const runs = controller?.runs ?? [];
  const main = runs[0];
  const playing = controller?.playing ?? false;
  const chartWidth = Math.max(260, Math.min(560, width >= 760 ? (width - 24) / 2 : width));
  const download = async (): Promise<void> => {
    if (!main) return;
    setDownloading(true);
    try {
      const folder = await toyModelFolder(main, tf.getBackend());
      for (const f of folderBlobs(folder)) downloadBlob(f.blob, `${folder.files.variant}-${f.name}`);
    } finally {
      setDownloading(false);
    }
  };

  const openInViews = async (): Promise<void> => {
    if (!main || !onOpenModel) return;
    controller?.pause();
    setDownloading(true);
    try {
      const folder = await toyModelFolder(main, tf.getBackend());
      const name = t.trainedName(t.tasks[main.data.task.id], main.cfg.attention, main.step);
      onOpenModel(folder.files, { name, pair: toyPair(main) });
    } finally {
      setDownloading(false);
    }
  };

  return (
    <div className="learn card" ref={box} data-testid="learn-view">
      <h2>{t.heading}</h2>
      <p className="muted">{t.intro}</p>
      <LearnSettings value={form} onChange={setForm} usesLength={task?.usesLength ?? true} />
      <p className="muted learn__note">{t.settingsReset}</p>
      {form.task === 'translate' && pairs === null ? <p aria-busy="true">{t.loadingPairs}</p> : null}
      {form.task === 'translate' && pairs instanceof Error ? (
        <p className="alert alert--error" role="alert">
          {t.pairsError(pairs.message)}
        </p>
      ) : null}
      {form.task === 'translate' ? <p className="muted learn__note">{t.attribution}</p> : null}
      <div className="learn__buttons" role="group">
        <button
          type="button"
          className="button button--small button--primary"
          disabled={!controller}
          data-testid="learn-play"
          onClick={() => (playing ? controller?.pause() : controller?.play())}
        >
          {playing ? t.pause : t.play}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={!controller || playing}
          data-testid="learn-step"
          onClick={() => void controller?.stepOnce()}
        >
          {t.step}
        </button>
        <label className="learn__check">
          <input
            type="checkbox"
            checked={controller?.slow ?? false}
            onChange={(e) => controller?.setSlow(e.target.checked)}
            data-testid="learn-slow"
          />
          {t.slow}
        </label>
        <button
          type="button"
          className="button button--small"
          disabled={!controller}
          data-testid="learn-reset"
          onClick={() => {
            controller?.reset();
            setReplay(null);
          }}
        >
          {t.reset}
        </button>
        <span className="learn__status" data-testid="learn-status" data-playing={playing} data-steps={main?.step ?? 0}>
          {t.status(main?.step ?? 0, num(controller?.stepsPerSecond ?? 0), tf.getBackend() ?? '–')}
        </span>
      </div>
      {controller?.error ? (
        <p className="alert alert--error" role="alert" data-testid="learn-error">
          {t.failed(controller.error)}
        </p>
      ) : null}
      <div className="learn__charts">
        <LearningCurves
          series={curveSeries(runs, 'loss', t.series, t.models)}
          title={t.lossTitle}
          xLabel={t.stepAxis}
          format={num}
          width={chartWidth}
        />
        <LearningCurves
          series={curveSeries(runs, 'accuracy', t.series, t.models)}
          title={t.accuracyTitle}
          xLabel={t.stepAxis}
          yMax={1}
          format={pct}
          width={chartWidth}
        />
      </div>
      <h3>{t.probesHeading}</h3>
      <LearnProbes
        probes={main?.data.probes ?? []}
        evaluations={main?.evaluations ?? []}
        baseline={runs[1]?.evaluations ?? []}
        replay={replay}
        onReplay={setReplay}
        fitWidth={Math.min(width, 520)}
        hasAttention={form.attention !== 'none'}
      />
      <div className="learn__download">
        <button
          type="button"
          className="button button--small"
          disabled={!main || main.step === 0 || downloading}
          data-testid="learn-download"
          onClick={() => void download()}
        >
          {t.download}
        </button>
        <span className="muted">{t.downloadNote}</span>
      </div>
      {onOpenModel ? (
        <div className="learn__download">
          <button
            type="button"
            className="button button--small button--primary"
            disabled={!main || main.step === 0 || downloading}
            data-testid="learn-open"
            onClick={() => void openInViews()}
          >
            {t.openInViews}
          </button>
          <span className="muted">{t.openNote}</span>
        </div>
      ) : null}
    </div>
  );
}
