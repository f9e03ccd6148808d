/**
 * "Watch it learn": trains a small attention model (and, beside it, the no-attention baseline) on a
 * toy task live in the page, one batch per animation frame, and draws the loss and accuracy curves
 * and the probes' alignments as they form. Loaded lazily as its own tab.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { downloadBlob } from '../app/svgCapture';
import { pageChannel, workerChannel } from '../learn/liveChannels';
import { LiveClient, type RunView } from '../learn/liveClient';
import type { LiveSetupSpec } from '../learn/liveProtocol';
import { LIVE_DEFAULTS } from '../learn/liveRun';
import { GENERATED_TASKS, parsePairs, type ToyExample } from '../learn/tasks';
import type { ModelFiles } from '../app/loadModel';
import { folderBlobs, toyPair } from '../learn/toyModelFiles';
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
  /** the page's active backend (null until started): training starts on the same one */
  backend: string | null;
  /**
   * Opens the trained model in the other views: `files` (the app's model format), listed as
   * `name` under `pair`. Absent: no open button.
   */
  onOpenModel?: (files: ModelFiles, o: { name: string; pair: string; card: Record<string, unknown> }) => void;
}

const pct = (v: number): string => `${Math.round(v * 100)} %`;
const num = (v: number): string => (v >= 10 ? v.toFixed(0) : v.toFixed(2));

/** Training and held-out curves of the runs, for the loss or the accuracy chart. */
function curveSeries(
  runs: readonly RunView[],
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
export function LearnView({ active, backend, onOpenModel }: LearnViewProps) {
  const t = useStrings().learn;
  const [form, setForm] = useState<LearnForm>(DEFAULT_FORM);
  const [pairs, setPairs] = useState<ToyExample[] | Error | null>(null);
  const [replay, setReplay] = useState<number | null>(null);
  const [, setVersion] = useState(0);
  const [client, setClient] = useState<LiveClient | null>(null);
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

  // One trainer (a worker, else the page) per visit of the view, on the page's backend once known.
  const [trainerBackend, setTrainerBackend] = useState<string | null>(backend);
  if (trainerBackend === null && backend !== null) setTrainerBackend(backend);
  useEffect(() => {
    if (trainerBackend === null) return;
    const c = new LiveClient({
      backend: trainerBackend,
      open: workerChannel,
      fallback: () => pageChannel((cb) => requestAnimationFrame(cb)),
      redraw: (cb) => requestAnimationFrame(cb),
    });
    const unsubscribe = c.subscribe(() => setVersion((v) => v + 1));
    setClient(c);
    return () => {
      unsubscribe();
      c.dispose();
      setClient(null);
    };
  }, [trainerBackend]);

  const spec = useMemo((): LiveSetupSpec | null => {
    if (form.task === 'translate' && !Array.isArray(pairs)) return null;
    return {
      task: form.task,
      pairs: form.task === 'translate' && Array.isArray(pairs) ? pairs : undefined,
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
  }, [form, pairs]);

  // Fresh weights for every setting; the trainer frees the old runs' tensors.
  useEffect(() => {
    if (!client || !spec) return;
    client.setup(spec);
    setReplay(null);
  }, [client, spec]);

  const runs = client?.runs ?? [];
  const main = runs[0];
  const playing = client?.playing ?? false;
  useEffect(() => {
    if (!active && playing) client?.pause();
  }, [active, client, playing]);
  const chartWidth = Math.max(260, Math.min(560, width >= 760 ? (width - 24) / 2 : width));
  const download = async (): Promise<void> => {
    if (!main || !client) return;
    setDownloading(true);
    try {
      const folder = await client.exportModel();
      for (const f of folderBlobs(folder)) downloadBlob(f.blob, `${folder.files.variant}-${f.name}`);
    } finally {
      setDownloading(false);
    }
  };

  const openInViews = async (): Promise<void> => {
    if (!main || !onOpenModel || !client) return;
    client.pause();
    setDownloading(true);
    try {
      const folder = await client.exportModel();
      const name = t.trainedName(t.tasks[main.task], main.cfg.attention, main.step);
      onOpenModel(folder.files, { name, pair: toyPair(main.task), card: folder.card });
    } finally {
      setDownloading(false);
    }
  };
  const where = client?.backend ? t.where(client.backend, client.where === 'worker') : '–';

  return (
    <div className="learn card" ref={box} data-testid="learn-view">
      <h2>{t.heading}</h2>
      <p className="muted">{t.intro}</p>
      <LearnSettings
        value={form}
        onChange={setForm}
        usesLength={form.task === 'translate' || GENERATED_TASKS[form.task].usesLength}
      />
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
          disabled={!client}
          data-testid="learn-play"
          onClick={() => (playing ? client?.pause() : client?.play())}
        >
          {playing ? t.pause : t.play}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={!client || playing}
          data-testid="learn-step"
          onClick={() => client?.stepOnce()}
        >
          {t.step}
        </button>
        <label className="learn__check">
          <input
            type="checkbox"
            checked={client?.slow ?? false}
            onChange={(e) => client?.setSlow(e.target.checked)}
            data-testid="learn-slow"
          />
          {t.slow}
        </label>
        <button
          type="button"
          className="button button--small"
          disabled={!client}
          data-testid="learn-reset"
          onClick={() => {
            client?.reset();
            setReplay(null);
          }}
        >
          {t.reset}
        </button>
        <span
          className="learn__status"
          data-testid="learn-status"
          data-playing={playing}
          data-pending={client?.pending ?? true}
          data-steps={main?.step ?? 0}
          data-tensors={client?.tensors ?? 0}
          data-where={client?.where ?? ''}
          data-backend={client?.backend ?? ''}
        >
          {t.status(main?.step ?? 0, num(client?.stepsPerSecond ?? 0), where)}
        </span>
      </div>
      {client?.fallbackReason ? (
        <p className="muted learn__note" data-testid="learn-fallback">
          {t.inPage(client.fallbackReason)}
        </p>
      ) : null}
      {client?.error ? (
        <p className="alert alert--error" role="alert" data-testid="learn-error">
          {t.failed(client.error)}
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
        probes={main?.probes ?? []}
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
