/**
 * The decode trace as a JSON file: the plain-data trace the model produced (every number of every
 * step, exactly as the page shows them), with what it was produced from — sentence, model, backend,
 * what-if manipulations — and the app version.
 */
import { name as appName, version as appVersion } from '../../package.json';
import type { DecodeTrace } from '../model/trace';
import type { TranslationResult } from './engine';

/** Identifies the file format (bumped if the layout changes). */
export const TRACE_FORMAT = 'attention-visualizer/trace@1';

/** The app that wrote an export (from package.json). */
export const APP_INFO = { name: appName, version: appVersion } as const;

/** The content of a trace export. */
export interface TraceExport {
  format: typeof TRACE_FORMAT;
  app: { name: string; version: string };
  /** ISO 8601 time of the export */
  exportedAt: string;
  /** the English sentence as typed */
  sentence: string;
  model: { id: string; name: string };
  /** the tfjs backend the decode ran on */
  backend: string;
  /** decode time, ms */
  decodeMs: number;
  /** the French translation (detokenized) */
  translation: string;
  /** forced words / attention set by hand, when the trace is a what-if re-decode */
  whatIf?: TranslationResult['options'];
  trace: DecodeTrace;
}

/** Builds the export of a translation `r` made by model `modelName`, at time `now`. */
export function traceExport(r: TranslationResult, modelName: string, now: Date = new Date()): TraceExport {
  const out: TraceExport = {
    format: TRACE_FORMAT,
    app: { ...APP_INFO },
    exportedAt: now.toISOString(),
    sentence: r.text,
    model: { id: r.variant, name: modelName },
    backend: r.backend,
    decodeMs: Math.round(r.ms * 10) / 10,
    translation: r.trace.translation,
    trace: r.trace,
  };
  if (r.options) out.whatIf = r.options;
  return out;
}

/** The export as JSON text (compact: a trace holds thousands of numbers; numbers keep full precision). */
export function traceJson(e: TraceExport): string {
  return `${JSON.stringify(e)}\n`;
}
