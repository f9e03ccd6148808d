/**
 * The first screen's example is downloaded once per page (src/main.tsx starts it, the page's first
 * render reads it when it has arrived): a second ask shares the first download, and the example is
 * readable without waiting once that download finished; a missing or malformed file gives null.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRECOMPUTED_PATH } from './precomputed';

const FILE = readFileSync(path.resolve('public', PRECOMPUTED_PATH), 'utf8');

/** A fresh copy of the module (its download is once per page, i.e. per module instance). */
async function freshModule(): Promise<typeof import('./precomputed')> {
  vi.resetModules();
  return import('./precomputed');
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchPrecomputedExample', () => {
  it('downloads once; the example is then readable at once', async () => {
    const fetchMock = vi.fn(async () => new Response(FILE, { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const m = await freshModule();
    expect(m.precomputedExampleNow()).toBeUndefined(); // not started
    const first = m.fetchPrecomputedExample();
    const second = m.fetchPrecomputedExample();
    expect(m.precomputedExampleNow()).toBeUndefined(); // still running
    const [a, b] = await Promise.all([first, second]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(a).not.toBeNull();
    expect(b).toBe(a);
    expect(m.precomputedExampleNow()).toBe(a);
    expect(a!.trace.translation.length).toBeGreaterThan(0);
  });

  it('gives null (and nothing to show) for a missing or malformed file or a network error', async () => {
    for (const answer of [
      async () => new Response('not found', { status: 404 }),
      async () => new Response('{"format":"attention-precomputed/1"}', { status: 200 }),
      async () => new Response('<html>', { status: 200 }),
      async () => {
        throw new TypeError('Failed to fetch');
      },
    ]) {
      vi.stubGlobal('fetch', vi.fn(answer));
      const m = await freshModule();
      expect(await m.fetchPrecomputedExample()).toBeNull();
      expect(m.precomputedExampleNow()).toBeNull();
    }
  });
});
