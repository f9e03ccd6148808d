/**
 * The stall watch of model downloads (loadModel.ts): a download that receives nothing for the stall
 * timeout — no response at all, or a body that stopped arriving — is given up with a
 * `ModelFileError` of kind 'stalled' naming the file and the seconds waited, and a later try
 * downloads the model again. Served here: the real shipped files of en→fr "Luong · general" as
 * real `Response`s, through a fetch that behaves like a browser's on abort (rejects, or errors a
 * body still streaming); the clock is Vitest's fake one, so 20 s take no time.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ModelFileError } from '../model/modelFileError';
import { fetchModelFiles, setStallTimeout, STALL_MS, type LoadProgress } from './loadModel';
import { robustEn } from '../ui/strings/robust';

const MODEL = 'luong-general';
const LABEL = 'Luong · general';
const dir = new URL(`../../public/models/en-fr/${MODEL}/`, import.meta.url);
const shipped = (file: string): Uint8Array<ArrayBuffer> => Uint8Array.from(readFileSync(fileURLToPath(new URL(file, dir))));
const WEIGHTS = shipped('weights.bin');

/** How the fake server answers one file: at once with the real file, or by the test's own function. */
type Answer = (signal: AbortSignal) => Promise<Response>;

/** A request whose answer never comes: rejected with the signal's reason on abort, as a browser's fetch. */
const neverAnswers: Answer = (signal) =>
  new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true }));

/**
 * An answer whose headers come at once and whose body (the real weights) arrives in chunks only
 * when the test calls `push`; an abort errors the body, as a browser does.
 */
function trickle(chunkBytes: number): { answer: Answer; push: () => void } {
  let at = 0;
  let ctrl: ReadableStreamDefaultController<Uint8Array> | undefined;
  const push = (): void => {
    ctrl!.enqueue(WEIGHTS.slice(at, at + chunkBytes));
    at += chunkBytes;
  };
  const answer: Answer = (signal) => {
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (ctrl = c) });
    signal.addEventListener('abort', () => ctrl!.error(signal.reason), { once: true });
    return Promise.resolve(
      new Response(body, { headers: { 'content-type': 'application/octet-stream', 'content-length': String(WEIGHTS.length) } }),
    );
  };
  return { answer, push };
}

/** Serves the model's files: the real ones, except those `custom` answers; records the files asked for. */
function serve(custom: Record<string, Answer> = {}): { asked: string[]; askedFor: (file: string) => Promise<void> } {
  const asked: string[] = [];
  const waiting = new Map<string, () => void>();
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    const file = url.slice(url.lastIndexOf('/') + 1);
    asked.push(file);
    waiting.get(file)?.();
    const answer = custom[file];
    if (answer) return answer(init.signal!);
    return Promise.resolve(new Response(shipped(file), { headers: { 'content-type': 'application/octet-stream' } }));
  });
  const askedFor = (file: string): Promise<void> =>
    asked.includes(file) ? Promise.resolve() : new Promise((r) => waiting.set(file, r));
  return { asked, askedFor };
}

/** A promise's outcome as it stands (for checking that it has NOT settled yet). */
function outcome<T>(p: Promise<T>): { settled: () => boolean; error: () => Promise<unknown> } {
  let settled = false;
  const caught = p.then(
    () => {
      settled = true;
      return undefined;
    },
    (e: unknown) => {
      settled = true;
      return e;
    },
  );
  return { settled: () => settled, error: () => caught };
}

/** Asserts that `e` is the 'stalled' error of `file` after `seconds`, worded with the model's name. */
function expectStalled(e: unknown, file: string, seconds: number): void {
  expect(e).toBeInstanceOf(ModelFileError);
  const err = e as ModelFileError;
  expect(err.model).toBe(LABEL);
  expect(err.problem).toEqual({ kind: 'stalled', file, seconds });
  expect(err.message).toBe(`${LABEL}: ${file} stopped downloading (nothing arrived for ${seconds} s)`);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  // loadModel resolves a response's URL against the page's
  vi.stubGlobal('location', new URL('http://localhost/'));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  setStallTimeout(STALL_MS);
});

describe('a stalled model download', () => {
  it('whose answer never comes is given up after the 20 s stall timeout, naming the file', async () => {
    expect(STALL_MS).toBe(20_000);
    const { askedFor } = serve({ 'weights.bin': neverAnswers });
    const load = outcome(fetchModelFiles(MODEL, LABEL));
    await askedFor('weights.bin');
    await vi.advanceTimersByTimeAsync(STALL_MS - 1);
    expect(load.settled()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(load.settled()).toBe(true);
    expectStalled(await load.error(), 'weights.bin', 20);
  });

  it('whose body stops arriving waits the timeout after the LAST chunk, then names the file', async () => {
    const CHUNK = 64 * 1024;
    const body = trickle(CHUNK);
    const { askedFor } = serve({ 'weights.bin': body.answer });
    const progress: LoadProgress[] = [];
    const load = outcome(fetchModelFiles(MODEL, LABEL, (p) => progress.push(p)));
    await askedFor('weights.bin');
    // three chunks, 15 s apart: 45 s in all, but never 20 s without a byte
    for (let i = 0; i < 3; i++) {
      await vi.advanceTimersByTimeAsync(15_000);
      body.push();
    }
    await vi.advanceTimersByTimeAsync(STALL_MS - 1);
    expect(load.settled()).toBe(false);
    expect(progress.at(-1)).toEqual({ loaded: 3 * CHUNK, total: WEIGHTS.length });
    await vi.advanceTimersByTimeAsync(1);
    expect(load.settled()).toBe(true);
    expectStalled(await load.error(), 'weights.bin', 20);
  });

  it('whose JSON file stalls names that file, before any weights are asked for', async () => {
    const { asked } = serve({ 'vocab.json': neverAnswers });
    const load = outcome(fetchModelFiles(MODEL, LABEL));
    await vi.advanceTimersByTimeAsync(STALL_MS);
    expectStalled(await load.error(), 'vocab.json', 20);
    expect(asked).not.toContain('weights.bin');
  });

  it('uses the timeout that setStallTimeout sets (what the e2e tests shorten), and says its seconds', async () => {
    expect(setStallTimeout(3_000)).toBe(STALL_MS);
    const { askedFor } = serve({ 'weights.bin': neverAnswers });
    const load = outcome(fetchModelFiles(MODEL, LABEL));
    await askedFor('weights.bin');
    await vi.advanceTimersByTimeAsync(2_999);
    expect(load.settled()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expectStalled(await load.error(), 'weights.bin', 3);
  });

  it('never says "0 seconds" for a timeout under a second, and words one second in the singular', async () => {
    setStallTimeout(400);
    const { askedFor } = serve({ 'weights.bin': neverAnswers });
    const load = outcome(fetchModelFiles(MODEL, LABEL));
    await askedFor('weights.bin');
    await vi.advanceTimersByTimeAsync(400);
    expectStalled(await load.error(), 'weights.bin', 1);
    expect(robustEn.stalled('weights.bin', 1)).toBe(
      'weights.bin stopped downloading: nothing arrived for 1 second. Check the connection and retry.',
    );
    expect(robustEn.stalled('weights.bin', 20)).toContain('nothing arrived for 20 seconds.');
  });

  it('can be tried again: the next download of a complete answer gives the checked model files', async () => {
    const { askedFor } = serve({ 'weights.bin': neverAnswers });
    const first = outcome(fetchModelFiles(MODEL, LABEL));
    await askedFor('weights.bin');
    await vi.advanceTimersByTimeAsync(STALL_MS);
    expectStalled(await first.error(), 'weights.bin', 20);

    serve(); // the network is back
    const files = await fetchModelFiles(MODEL, LABEL);
    expect(files.weights.byteLength).toBe(WEIGHTS.length);
    expect(files.verified).toBe(true); // its SHA-256 matched model.json's
    // and no stall timer of the finished download is left to fire
    expect(vi.getTimerCount()).toBe(0);
  });
});
