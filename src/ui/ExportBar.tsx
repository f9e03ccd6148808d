/**
 * Downloads from the translation view: the alignment heatmap and the current step picture as SVG
 * (computed styles inlined: the screen's look, theme included, but without its cursor, hover and
 * dimming, and with a title line and the data attribution, ready for a slide) and PNG (rendered at
 * the screen's pixel ratio), the decode trace as JSON and the alignment matrix as CSV; and the
 * embed code of a view (EmbedCode).
 */
import { errorText } from './errorText';
import { useState } from 'react';
import { alignmentCsv } from '../app/csvExport';
import type { TranslationResult } from '../app/engine';
import { exportFileName } from '../app/exportNames';
import type { PhaseId } from '../app/playback';
import { downloadBlob, svgFile, svgToPng, type ExportCaption } from '../app/svgCapture';
import { traceExport, traceJson } from '../app/traceExport';
import { EmbedCode } from './EmbedCode';
import { useStrings } from './i18n';

/** Props of {@link ExportBar}. */
export interface ExportBarProps {
  /** the translation whose pictures and numbers are exported */
  result: TranslationResult;
  /** the model's display name (written into the trace file) */
  modelName: string;
  /** the step-by-step cursor: step t (1-based), phase, and the phase's title */
  cursor: { step: number; phase: PhaseId; title: string };
  /** the model has attention (else there is no heatmap or alignment matrix) */
  hasAttention: boolean;
  /** the heatmap's pictures on the page (the map, then its legend) */
  heatmapSvgs: () => SVGSVGElement[];
  /** the step picture on the page */
  stepSvg: () => SVGSVGElement | null;
}

type Job = 'heatmap-svg' | 'heatmap-png' | 'step-svg' | 'step-png' | 'json' | 'csv';

/** Renders the export buttons of one translation and saves the files they name. */
export function ExportBar({ result, modelName, cursor, hasAttention, heatmapSvgs, stepSvg }: ExportBarProps) {
  const t = useStrings().exports;
  const [busy, setBusy] = useState<Job | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { trace } = result;
  const name = (kind: 'attention' | 'step' | 'trace' | 'alignment', ext: string): string =>
    exportFileName(kind, result.variant, result.text, ext, kind === 'step' ? `t${cursor.step}-${cursor.phase}` : undefined);
  const title = (what: string): string => t.svgTitle(what, result.text, modelName);
  // the picture's own title line (sentence, model, step) and the data attribution, inside the file
  const caption = (isHeatmap: boolean): ExportCaption => ({
    title: [
      { text: t.captionWhat(isHeatmap ? t.heatmap : t.embedKinds.step, result.text), size: 14, weight: 600 },
      { text: t.captionModel(modelName, trace.translation), size: 12 },
      ...(isHeatmap ? [] : [{ text: t.captionStep(cursor.step, trace.steps.length, cursor.title), size: 12 }]),
    ],
    footer: [{ text: t.attribution, size: 10 }],
  });

  const run = async (job: Job): Promise<void> => {
    setBusy(job);
    setMessage(null);
    try {
      let blob: Blob;
      let file: string;
      if (job === 'json') {
        blob = new Blob([traceJson(traceExport(result, modelName))], { type: 'application/json' });
        file = name('trace', 'json');
      } else if (job === 'csv') {
        const csv = alignmentCsv(
          trace.encoder.tokens,
          trace.steps.map((s) => s.chosen.token),
          trace.steps.map((s) => s.weights),
        );
        blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
        file = name('alignment', 'csv');
      } else {
        const isHeatmap = job.startsWith('heatmap');
        const svgs = isHeatmap ? heatmapSvgs() : [stepSvg()].filter((s): s is SVGSVGElement => s !== null);
        const svg = svgFile(svgs, title(isHeatmap ? t.heatmap : t.stepPicture(cursor.step, cursor.title)), caption(isHeatmap));
        const kind = isHeatmap ? 'attention' : 'step';
        if (job.endsWith('svg')) {
          blob = new Blob([svg.text], { type: 'image/svg+xml' });
          file = name(kind, 'svg');
        } else {
          blob = await svgToPng(svg, window.devicePixelRatio || 1);
          file = name(kind, 'png');
        }
      }
      downloadBlob(blob, file);
      setMessage({ ok: true, text: t.saved(file) });
    } catch (e) {
      setMessage({ ok: false, text: t.failed(errorText(e)) });
    } finally {
      setBusy(null);
    }
  };

  const button = (job: Job, label: string, visible: string, tip?: string) => (
    <button
      type="button"
      className="button button--small"
      data-testid={`export-${job}`}
      aria-label={label}
      title={tip ?? label}
      disabled={busy !== null}
      onClick={() => void run(job)}
    >
      {visible}
    </button>
  );

  return (
    <section className="card exports" data-testid="exports" aria-labelledby="exports-heading">
      <h2 className="card__title" id="exports-heading">
        {t.heading}
      </h2>
      <p className="muted small">{t.intro}</p>
      <div className="exports__groups">
        {hasAttention ? (
          <div className="exports__group" role="group" aria-label={t.heatmap}>
            <span className="exports__label">{t.heatmap}</span>
            {button('heatmap-svg', t.heatmapSvg, t.asSvg)}
            {button('heatmap-png', t.heatmapPng, t.asPng)}
          </div>
        ) : null}
        <div className="exports__group" role="group" aria-label={t.stepPicture(cursor.step, cursor.title)}>
          <span className="exports__label">{t.stepPicture(cursor.step, cursor.title)}</span>
          {button('step-svg', t.stepSvg, t.asSvg)}
          {button('step-png', t.stepPng, t.asPng)}
        </div>
        <div className="exports__group" role="group" aria-label={t.data}>
          <span className="exports__label">{t.data}</span>
          {button('json', t.json, t.json, t.jsonTitle)}
          {hasAttention ? button('csv', t.csv, t.csv, t.csvTitle) : null}
        </div>
        <EmbedCode sentence={result.text} hasAttention={hasAttention} />
      </div>
      {hasAttention ? null : <p className="muted small">{t.noAttention}</p>}
      <p
        className={message && !message.ok ? 'alert alert--error' : 'muted small'}
        role="status"
        data-testid="export-status"
        data-ok={message ? String(message.ok) : undefined}
      >
        {message?.text ?? ''}
      </p>
    </section>
  );
}
