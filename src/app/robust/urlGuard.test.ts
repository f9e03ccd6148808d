/**
 * The URL guard: every query the broken links carry comes out as one that tfjs-core's own
 * parser reads without throwing (its real `getQueryParams`, the function that blanked the page),
 * with the bad parameters named, the good ones kept byte for byte, and `tfjsflags` gone.
 */
import { getQueryParams } from '@tensorflow/tfjs-core/dist/environment';
import { describe, expect, it } from 'vitest';
import { parseUrlState } from '../urlState';
import { repairNeedsNotice, repairQuery } from './urlGuard';

const prod = { keepTfjsFlags: false };
const dev = { keepTfjsFlags: true };

describe('repairQuery', () => {
  it.each([
    ['?text=I%20am%20100%%20sure.', ['text']],
    ['?utm_source=%E0%A4%A', ['utm_source']],
    ['?text=%ED%A0%80abc', ['text']], // an escaped lone surrogate: not UTF-8
    ['?%E0=1&model=none', ['%E0']],
    ['?text=ok&text=%FF', ['text']],
  ])('%s: tfjs threw on it; repaired, it reads, and the bad parameter is named', (search, dropped) => {
    expect(() => getQueryParams(search)).toThrow(URIError);
    const r = repairQuery(search, prod);
    expect(r.dropped).toEqual(dropped);
    expect(() => getQueryParams(r.search)).not.toThrow();
    expect(repairNeedsNotice(r)).toBe(true);
  });

  it('keeps every good parameter as written, in order, so the rest of the link still opens its view', () => {
    const r = repairQuery('?model=none&text=I%20am%20100%%20sure.&tab=beam&k=5&lang=ko', prod);
    expect(r.search).toBe('?model=none&tab=beam&k=5&lang=ko');
    const s = parseUrlState(r.search);
    expect([s.model, s.tab, s.beam.k, s.lang, s.text]).toEqual(['none', 'beam', 5, 'ko', null]);
  });

  it('leaves a good query alone and says nothing', () => {
    const q = '?text=Il+fait+beau%20%C3%A9t%C3%A9&cmp=none,bahdanau&force=2.7';
    expect(repairQuery(q, prod)).toEqual({ search: q, dropped: [], flagsIgnored: false });
    expect(repairQuery('', prod)).toEqual({ search: '', dropped: [], flagsIgnored: false });
    expect(repairQuery('?', prod).search).toBe('');
  });

  it.each(['?tfjsflags=', '?tfjsflags=PROD', '?tfjsflags=DEBUG:true', '?backend=webgl&tfjsflags=WEBGL_FORCE_F16_TEXTURES:true'])(
    '%s: ignored in a production build',
    (search) => {
      const r = repairQuery(search, prod);
      expect(r.flagsIgnored).toBe(true);
      expect(r.search).not.toMatch(/tfjsflags/);
      expect(Object.keys(getQueryParams(r.search))).not.toContain('tfjsflags');
    },
  );

  it('on the dev server keeps well-formed flags only (tfjs throws on a flag without a value)', () => {
    expect(repairQuery('?tfjsflags=DEBUG:true', dev)).toEqual({
      search: '?tfjsflags=DEBUG:true',
      dropped: [],
      flagsIgnored: false,
    });
    expect(repairQuery('?tfjsflags=PROD', dev).flagsIgnored).toBe(true);
    expect(repairQuery('?tfjsflags=', dev).flagsIgnored).toBe(true);
    expect(repairQuery('?tfjs%66lags=PROD', prod).flagsIgnored).toBe(true); // an escaped name is the same name to tfjs
  });

  it('shows a dropped name readably and briefly, never with control characters', () => {
    expect(repairQuery(`?${'x'.repeat(100)}=%`, prod).dropped[0]).toHaveLength(40);
    expect(repairQuery('?a%0Ab=%', prod).dropped).toEqual(['a b']);
  });
});
