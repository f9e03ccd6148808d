import { describe, expect, it } from 'vitest';
import { APP_PAGE, isModelFileUrl, isStaleModelCache, MODELS_CACHE_PREFIX, modelFileUrls } from './cacheNames';

const ORIGIN = 'http://localhost:4173';
const at = (p: string): URL => new URL(p, ORIGIN);

describe('isModelFileUrl', () => {
  it("takes a shipped model's four files, in the root or under a sub-path", () => {
    for (const f of ['model.json', 'vocab.json', 'weights.bin', 'card.json'])
      expect(isModelFileUrl(at(`/models/en-fr/luong-general/${f}`), ORIGIN)).toBe(true);
    expect(isModelFileUrl(at('/app/models/en-de/none/weights.bin'), ORIGIN)).toBe(true);
  });

  it("leaves the pair's lists (precached), other files, other origins and queried URLs alone", () => {
    expect(isModelFileUrl(at('/models/en-fr/index.json'), ORIGIN)).toBe(false);
    expect(isModelFileUrl(at('/models/en-fr/unk-dict.json'), ORIGIN)).toBe(false);
    expect(isModelFileUrl(at('/assets/index-abc.js'), ORIGIN)).toBe(false);
    expect(isModelFileUrl(new URL('http://example.com/models/en-fr/x/model.json'), ORIGIN)).toBe(false);
    expect(isModelFileUrl(at('/models/en-fr/x/model.json?v=2'), ORIGIN)).toBe(false);
  });
});

describe('isStaleModelCache', () => {
  it("drops another build's model cache only", () => {
    const current = `${MODELS_CACHE_PREFIX}abc`;
    expect(isStaleModelCache(`${MODELS_CACHE_PREFIX}old`, current)).toBe(true);
    expect(isStaleModelCache(current, current)).toBe(false);
    expect(isStaleModelCache('workbox-precache-v2-http://x/', current)).toBe(false);
  });
});

describe('modelFileUrls', () => {
  it('keeps the model files of this origin once each, in order', () => {
    const urls = [
      `${ORIGIN}/assets/index.js`,
      `${ORIGIN}/models/en-fr/luong-general/model.json`,
      `${ORIGIN}/models/en-fr/luong-general/weights.bin`,
      `${ORIGIN}/models/en-fr/luong-general/model.json`,
      'not a url',
      'http://other/models/en-fr/a/model.json',
    ];
    expect(modelFileUrls(urls, ORIGIN)).toEqual([
      `${ORIGIN}/models/en-fr/luong-general/model.json`,
      `${ORIGIN}/models/en-fr/luong-general/weights.bin`,
    ]);
  });
});

describe('APP_PAGE', () => {
  it('is the page with any query, not another page or file', () => {
    for (const p of ['/', '/index.html', '/?text=I%20am&tab=beam', '/sub/', '/sub/index.html?lang=ko'])
      expect(APP_PAGE.test(p)).toBe(true);
    for (const p of ['/bench.html', '/bench.html?next=/', '/models/en-fr/index.json', '/manifest.webmanifest'])
      expect(APP_PAGE.test(p)).toBe(false);
  });
});
