/**
 * `public/models/en-fr/bottleneck.json` (written by `npm run bottleneck-data`): BLEU by source
 * length for every variant. The validator is pure and rejects malformed files with a message
 * that says what is wrong, so the chart never draws half-read data.
 */
import { modelUrl } from './loadModel';

/** A source-length bucket: sentences of `min`..`max` English words. */
export interface BottleneckBucket {
  key: string;
  min: number;
  /** null: open-ended (e.g. 15+) */
  max: number | null;
}

/** One variant's result in one bucket: sentence count and greedy corpus BLEU (0..100). */
export interface BottleneckPoint {
  key: string;
  bleu: number;
  sentences: number;
}

/** One model variant's BLEU per length bucket. */
export interface BottleneckVariant {
  id: string;
  /** training steps of the evaluated weights (null when unknown) */
  trainingSteps: number | null;
  /** one point per bucket, in bucket order */
  points: BottleneckPoint[];
}

/** The contents of bottleneck.json: evaluation set, a description of the source, the buckets and every variant's points. */
export interface BottleneckData {
  set: 'dev' | 'test';
  /** how the numbers were produced (free text) */
  source: string;
  buckets: BottleneckBucket[];
  variants: BottleneckVariant[];
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Checks a parsed bottleneck.json; throws an Error naming the first problem found. */
export function parseBottleneckData(raw: unknown): BottleneckData {
  const fail = (msg: string): never => {
    throw new Error(`bottleneck.json is malformed: ${msg}`);
  };
  if (!isObj(raw)) return fail('expected a JSON object');
  if (raw.set !== 'dev' && raw.set !== 'test') fail(`"set" must be "dev" or "test" (got ${JSON.stringify(raw.set)})`);
  const source = typeof raw.source === 'string' ? raw.source : '';
  if (!Array.isArray(raw.buckets) || raw.buckets.length === 0) fail('"buckets" must be a non-empty array');
  const buckets = (raw.buckets as unknown[]).map((b, i): BottleneckBucket => {
    if (!isObj(b) || typeof b.key !== 'string' || b.key === '') return fail(`bucket ${i} has no "key"`);
    if (!isNum(b.min)) return fail(`bucket "${b.key}" has no numeric "min"`);
    if (b.max !== null && !isNum(b.max)) return fail(`bucket "${b.key}": "max" must be a number or null`);
    if (b.max !== null && (b.max as number) < b.min) return fail(`bucket "${b.key}": "max" is below "min"`);
    return { key: b.key, min: b.min, max: b.max as number | null };
  });
  const keys = buckets.map((b) => b.key);
  if (new Set(keys).size !== keys.length) fail('bucket keys repeat');
  if (!Array.isArray(raw.variants)) fail('"variants" must be an array');
  const ids = new Set<string>();
  const variants = (raw.variants as unknown[]).map((v, i): BottleneckVariant => {
    if (!isObj(v) || typeof v.id !== 'string' || v.id === '') return fail(`variant ${i} has no "id"`);
    if (ids.has(v.id)) fail(`variant "${v.id}" is listed twice`);
    ids.add(v.id);
    const steps = v.trainingSteps ?? null;
    if (steps !== null && !isNum(steps)) fail(`variant "${v.id}": "trainingSteps" must be a number or null`);
    if (!Array.isArray(v.points)) return fail(`variant "${v.id}" has no "points" array`);
    const byKey = new Map<string, BottleneckPoint>();
    for (const p of v.points as unknown[]) {
      if (!isObj(p) || typeof p.key !== 'string') return fail(`variant "${v.id}" has a point without "key"`);
      if (!keys.includes(p.key)) fail(`variant "${v.id}": point "${p.key}" is not one of the buckets`);
      if (!isNum(p.bleu) || p.bleu < 0 || p.bleu > 100)
        fail(`variant "${v.id}", bucket "${p.key}": "bleu" must be a number in [0, 100]`);
      if (!isNum(p.sentences) || p.sentences < 0 || !Number.isInteger(p.sentences))
        fail(`variant "${v.id}", bucket "${p.key}": "sentences" must be a whole number`);
      byKey.set(p.key, { key: p.key, bleu: p.bleu as number, sentences: p.sentences as number });
    }
    const points = keys.map((k) => byKey.get(k) ?? fail(`variant "${String(v.id)}" has no point for bucket "${k}"`));
    return { id: v.id, trainingSteps: steps as number | null, points };
  });
  return { set: raw.set as 'dev' | 'test', source, buckets, variants };
}

/** The active language pair has no bottleneck.json yet (its models were not evaluated): not a failure. */
export class NoBottleneckData extends Error {
  constructor() {
    super('bottleneck.json: none for this language pair yet');
  }
}

/** Fetches and validates the active pair's file; errors say whether it is missing ({@link NoBottleneckData}), not JSON, or malformed. */
export async function fetchBottleneckData(): Promise<BottleneckData> {
  let res: Response;
  try {
    res = await fetch(modelUrl('bottleneck.json'), { cache: 'no-cache' });
  } catch (e) {
    throw new Error(`bottleneck.json could not be downloaded (${e instanceof Error ? e.message : String(e)})`);
  }
  if (res.status === 404 || (res.headers.get('content-type') ?? '').includes('text/html')) throw new NoBottleneckData();
  if (!res.ok) throw new Error(`bottleneck.json could not be downloaded (HTTP ${res.status})`);
  let raw: unknown;
  try {
    raw = await res.json();
  } catch {
    throw new Error('bottleneck.json is not valid JSON');
  }
  return parseBottleneckData(raw);
}
