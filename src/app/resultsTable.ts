/**
 * The models' results table from their cards: test-set BLEU where measured, else dev-set BLEU
 * (labelled), BLEU by source-length bucket, sizes and training cost. Pure.
 */
import type { ModelCard } from './loadModel';

export interface ResultRow {
  id: string;
  name: string;
  hasCard: boolean;
  attention: string | null;
  /** which set the BLEU numbers come from (null: none measured) */
  set: 'test' | 'dev' | null;
  greedy: number | null;
  beam5: number | null;
  /** greedy BLEU per bucket key, same set */
  byLength: Record<string, number>;
  parameters: number | null;
  weightsBytes: number | null;
  wallSeconds: number | null;
  steps: number | null;
  epochs: number | null;
  tokensPerSecond: number | null;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function resultRow(id: string, name: string, card: ModelCard | undefined): ResultRow {
  const ev = card?.eval;
  const set: 'test' | 'dev' | null =
    ev?.test?.greedy?.bleu !== undefined || ev?.test?.beam5?.bleu !== undefined
      ? 'test'
      : ev?.dev || typeof card?.devBleu === 'number'
        ? 'dev'
        : null;
  const e = set ? ev?.[set] : undefined;
  const byLength: Record<string, number> = {};
  for (const [k, v] of Object.entries(e?.greedy?.by_length ?? {})) if (num(v?.bleu) !== null) byLength[k] = v.bleu;
  return {
    id,
    name,
    hasCard: !!card,
    attention: typeof card?.config?.attention === 'string' ? card.config.attention : null,
    set,
    greedy: num(e?.greedy?.bleu) ?? (set === 'dev' ? num(card?.devBleu) : null),
    beam5: num(e?.beam5?.bleu),
    byLength,
    parameters: num(card?.parameters),
    weightsBytes: num(card?.weightsBytes),
    wallSeconds: num(card?.training?.wallSeconds),
    steps: num(card?.training?.steps),
    epochs: num(card?.training?.epochs),
    tokensPerSecond: num(card?.training?.targetTokensPerSecond),
  };
}

/**
 * Bucket keys present in any row, in length order: by lower bound, then by upper bound, an open
 * bucket ("15+") after the closed ones that start with it: 1-4, 5-9, 10-14, 10+, 15+.
 */
export function bucketKeys(rows: readonly ResultRow[]): string[] {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r.byLength)))];
  const bounds = (k: string): [number, number] => {
    const m = /^(\d+)(?:\s*[-–]\s*(\d+)|(\+))?$/.exec(k.trim());
    if (!m) return [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]; // unknown keys last
    const lo = Number(m[1]);
    return [lo, m[2] !== undefined ? Number(m[2]) : m[3] ? Number.POSITIVE_INFINITY : lo];
  };
  return keys.sort((a, b) => {
    const [la, ha] = bounds(a);
    const [lb, hb] = bounds(b);
    return la - lb || (ha === hb ? 0 : ha < hb ? -1 : 1) || a.localeCompare(b);
  });
}

/**
 * True when every row's training step count is known and they agree within 1 %: the models had one
 * budget (the exported checkpoint is the one chosen by a dev evaluation, and those fall at slightly
 * different steps: 15,000 periodically, 14,964 at the end of epoch 6).
 */
export function sameBudget(rows: readonly ResultRow[]): boolean {
  const steps = rows.map((r) => r.steps);
  if (steps.length === 0 || steps.some((n) => n === null || n <= 0)) return false;
  const known = steps as number[];
  return Math.max(...known) <= 1.01 * Math.min(...known);
}
