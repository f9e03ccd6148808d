/**
 * The first model's files are asked for by the page's first script and taken by the loader: one
 * request per file in all (the loader's own request is replaced, not doubled), for the model the
 * session will open (the link's pair and model, else the defaults), the weights at low priority;
 * the loader's stall watch aborts a taken request; nothing is asked for a model trained in a browser.
 * Served from the shipped files in public/ by a stand-in for the network.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dropEarlyResponses, startEarlyModelDownloads, takeEarlyResponse } from './earlyDownloads';
import { fetchModelFiles, fetchModelIndex } from './loadModel';
import { setActivePair } from './pairs/pairs';
import { servePublic, type Asked } from './publicNetworkTestUtils';

/** Serves public/ like the static host; records every request. `hold` keeps a path's answer back until aborted. */
const network = (hold?: string): Asked[] => servePublic({ hold });

/** The paths a page asks for early: the pair's list, then one model's three files. */
const listAndModel = (pair: string, folder: string): string[] => [
  `/models/${pair}/index.json`,
  ...['model.json', 'vocab.json', 'weights.bin'].map((f) => `/models/${pair}/${folder}/${f}`),
];

/** Lets the early chain (three awaited requests) run to its end. */
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 20));

afterEach(() => {
  dropEarlyResponses();
  vi.unstubAllGlobals();
  setActivePair('en-fr');
});

describe('early model downloads', () => {
  it("a first visit asks for en→fr's list and luong-general's three files once each; the loader takes them", async () => {
    const asked = network();
    await startEarlyModelDownloads('', null);
    await settle();
    expect(asked.map((a) => a.path)).toEqual(listAndModel('en-fr', 'luong-general'));
    expect(asked.find((a) => a.path.endsWith('weights.bin'))!.priority).toBe('low');
    const index = await fetchModelIndex('en-fr');
    const files = await fetchModelFiles(index.variants[0]!.id);
    expect(files.verified).toBe(true); // the early weights, checked against model.json's SHA-256
    expect(files.weights.byteLength).toBeGreaterThan(4_000_000);
    expect(asked).toHaveLength(4); // nothing asked twice
  });

  it("follows the link's pair and model", async () => {
    const asked = network();
    await startEarlyModelDownloads('?pair=en-de&model=en-de%2Fnone', null);
    await settle();
    expect(asked.map((a) => a.path)).toEqual(listAndModel('en-de', 'none'));
  });

  it("asks for the guessed model's files with the list, before it has arrived", async () => {
    const asked = network('/models/en-fr/index.json'); // the list never comes
    void startEarlyModelDownloads('', null);
    await settle();
    expect(asked.map((a) => a.path)).toEqual(listAndModel('en-fr', 'luong-general'));
  });

  it('a link to a model the build does not have asks for the first one, not for files that may not exist', async () => {
    const asked = network();
    await startEarlyModelDownloads('?model=luong-nonsense', null);
    await settle();
    expect(asked.map((a) => a.path)).toEqual(listAndModel('en-fr', 'luong-general'));
  });

  it("a list whose first model is not the build's: the guess is dropped, the list's first asked for", async () => {
    const asked = network();
    const served = vi.mocked(fetch).getMockImplementation()!;
    vi.mocked(fetch).mockImplementation(async (url, init) => {
      if (!(url as string).endsWith('/index.json')) return served(url, init);
      asked.push({ path: '/models/en-fr/index.json', priority: init?.priority });
      const list = { pair: 'en-fr', variants: [{ id: 'luong-dot', name: 'Luong · dot' }] };
      return new Response(JSON.stringify(list), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    await startEarlyModelDownloads('', null);
    await settle();
    expect(asked.map((a) => a.path).slice(4)).toEqual([
      '/models/en-fr/luong-dot/model.json',
      '/models/en-fr/luong-dot/vocab.json',
      '/models/en-fr/luong-dot/weights.bin',
    ]);
    expect(takeEarlyResponse('/models/en-fr/luong-general/weights.bin', 'no-cache')).toBeUndefined();
    expect(takeEarlyResponse('/models/en-fr/luong-dot/weights.bin', 'no-cache')).toBeDefined();
  });

  it('asks for nothing for a live-training pair, and only the list for a model trained in a browser', async () => {
    const asked = network();
    await startEarlyModelDownloads('?pair=learned-reverse', null);
    expect(asked).toEqual([]);
    dropEarlyResponses(); // (another page)
    await startEarlyModelDownloads('?model=learned-reverse%3Aabc', null);
    await settle();
    expect(asked.map((a) => a.path)).toEqual(['/models/en-fr/index.json']);
  });

  it('runs once per page', async () => {
    const asked = network();
    await startEarlyModelDownloads('', null);
    await startEarlyModelDownloads('?pair=en-de', null);
    await settle();
    expect(asked.filter((a) => a.path.includes('en-de'))).toEqual([]);
    expect(asked).toHaveLength(4);
  });

  it('a file the loader asked for first is not asked for again', async () => {
    const asked = network();
    expect(takeEarlyResponse('/models/en-fr/luong-general/model.json', 'no-cache')).toBeUndefined();
    await startEarlyModelDownloads('', null);
    await settle();
    expect(asked.map((a) => a.path)).toEqual([
      '/models/en-fr/index.json',
      '/models/en-fr/luong-general/vocab.json',
      '/models/en-fr/luong-general/weights.bin',
    ]);
    // (unconfirmed by a model.json of its own, the weights' request was dropped)
    expect(takeEarlyResponse('/models/en-fr/luong-general/weights.bin', 'no-cache')).toBeUndefined();
  });

  it("drops the weights' request when model.json names another weights file", async () => {
    const asked = network();
    const served = vi.mocked(fetch).getMockImplementation()!;
    vi.mocked(fetch).mockImplementation(async (url, init) => {
      const p = new URL(url as string, 'http://localhost/').pathname;
      if (!p.endsWith('/model.json')) return served(url, init);
      asked.push({ path: p, priority: init?.priority });
      const json = JSON.parse(readFileSync('public/models/en-fr/luong-general/model.json', 'utf8')) as {
        weightsManifest: { paths: string[] }[];
      };
      json.weightsManifest[0]!.paths = ['other.bin'];
      return new Response(JSON.stringify(json), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    await startEarlyModelDownloads('', null);
    await settle();
    expect(asked.map((a) => a.path)).toContain('/models/en-fr/luong-general/weights.bin');
    expect(takeEarlyResponse('/models/en-fr/luong-general/weights.bin', 'no-cache')).toBeUndefined();
    expect(takeEarlyResponse('/models/en-fr/luong-general/model.json', 'no-cache')).toBeDefined();
  });

  it('is taken once, and only by a request of the same cache mode (a retry that bypasses the cache asks anew)', async () => {
    network();
    await startEarlyModelDownloads('', null);
    await settle();
    const url = '/models/en-fr/luong-general/vocab.json';
    expect(takeEarlyResponse(url, 'reload')).toBeUndefined();
    expect(takeEarlyResponse(url, 'no-cache')).toBeDefined();
    expect(takeEarlyResponse(url, 'no-cache')).toBeUndefined();
  });

  it("the loader's stall watch aborts a taken download that never answers", async () => {
    network('/models/en-fr/luong-general/weights.bin');
    await startEarlyModelDownloads('', null);
    await settle();
    const watch = new AbortController();
    const taken = takeEarlyResponse('/models/en-fr/luong-general/weights.bin', 'no-cache', watch.signal)!;
    watch.abort(new Error('stalled for 10 ms'));
    await expect(taken).rejects.toThrow('stalled');
  });

  it('a network that fails leaves nothing unhandled and the loader asks again', async () => {
    const calls: string[] = [];
    vi.stubGlobal('location', new URL('http://localhost/'));
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        calls.push(url);
        throw new TypeError('Failed to fetch');
      }),
    );
    await startEarlyModelDownloads('', null);
    expect(calls).toHaveLength(4); // the list and the guessed model's three files, at once
    await expect(fetchModelIndex('en-fr')).rejects.toThrow('could not be downloaded');
    expect(calls).toHaveLength(4); // the early request's failure, reported by the loader
    await expect(fetchModelIndex('en-fr')).rejects.toThrow('could not be downloaded');
    expect(calls).toHaveLength(5);
  });
});
