/**
 * Test helper: a stand-in for the network that serves the shipped files in public/ as the static
 * host does (404 for a missing file) and records every request, for unit tests of the model
 * downloads (src/app/earlyDownloads.test.ts, src/app/engineFiles.test.ts). Stubs the globals
 * `fetch` and `location`; undo with `vi.unstubAllGlobals()`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';

/** One request the page made: its path and the priority it asked for. */
export interface Asked {
  path: string;
  priority: RequestPriority | undefined;
}

/** How {@link servePublic} serves. */
export interface ServeOptions {
  /** a path whose answer is kept back until its request is aborted */
  hold?: string;
  /** changes a file's bytes before they are sent (e.g. to damage it) */
  change?: (path: string, body: Buffer<ArrayBuffer>) => Buffer<ArrayBuffer>;
}

/** Serves public/ as the static host does; returns the list every request is recorded in. */
export function servePublic({ hold, change }: ServeOptions = {}): Asked[] {
  const asked: Asked[] = [];
  vi.stubGlobal('location', new URL('http://localhost/'));
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const p = new URL(url, 'http://localhost/').pathname;
      asked.push({ path: p, priority: init?.priority });
      if (p === hold)
        return new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new Error(String((init.signal!.reason as Error).message)))),
        );
      let body: Buffer<ArrayBuffer>;
      try {
        body = readFileSync(path.join('public', p));
      } catch {
        return new Response('not found', { status: 404 });
      }
      const type = p.endsWith('.json') ? 'application/json' : 'application/octet-stream';
      return new Response(change ? change(p, Buffer.from(body)) : body, { status: 200, headers: { 'content-type': type } });
    }),
  );
  return asked;
}
