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

/** Bucket keys present in any row, in a natural order (1-4, 5-9, 10-14, 15+, then 10+). */
export function bucketKeys(rows: readonly ResultRow[]): string[] {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r.byLength)))];
  const lo = (k: string): number => Number.parseInt(k, 10) || 0;
  const open = (k: string): number => (k.endsWith('+') ? 1 : 0);
  // the aggregate "10+" overlaps 10-14 and 15+: keep it last
  const aggregate = (k: string): number => (k.endsWith('+') && keys.some((o) => o !== k && lo(o) > lo(k)) ? 1 : 0);
  return keys.sort((a, b) => aggregate(a) - aggregate(b) || lo(a) - lo(b) || open(a) - open(b));
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
