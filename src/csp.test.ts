/** The Content-Security-Policy the build puts into every page: tight, and its inline-script check works. */
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES, cspMetaTag, inlineScripts } from './csp';

describe('Content-Security-Policy', () => {
  it('allows nothing inline, no eval and no other origin', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(
      /'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|'strict-dynamic'|\*|https?:|wss?:/,
    );
    expect(CSP_DIRECTIVES['default-src']).toEqual(["'none'"]);
    expect(CSP_DIRECTIVES['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(CSP_DIRECTIVES['object-src']).toEqual(["'none'"]);
    expect(CSP_DIRECTIVES['base-uri']).toEqual(["'none'"]);
  });

  it('lets the page register only its own service worker and read only its own manifest (offline use, installation)', () => {
    expect(CSP_DIRECTIVES['worker-src']).toEqual(["'self'"]);
    expect(CSP_DIRECTIVES['manifest-src']).toEqual(["'self'"]);
    // the worker's own requests (precache, model files) go to this origin only
    expect(CSP_DIRECTIVES['connect-src']).toEqual(["'self'"]);
  });

  it('is one meta value: directives separated by "; ", no double quotes', () => {
    expect(CONTENT_SECURITY_POLICY.split('; ').map((d) => d.split(' ')[0])).toEqual(Object.keys(CSP_DIRECTIVES));
    expect(cspMetaTag()).toBe(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
    expect(CONTENT_SECURITY_POLICY).not.toContain('"');
  });

  it('finds inline scripts and ignores scripts loaded from a file', () => {
    const page = `<head><script type="module" crossorigin src="./assets/index.js"></script></head>
      <body><script>alert(1)</script><SCRIPT type="module">import './x.js'</SCRIPT><script src=a.js></script></body>`;
    expect(inlineScripts(page)).toEqual(['<script>alert(1)</script>', `<SCRIPT type="module">import './x.js'</SCRIPT>`]);
    expect(inlineScripts('<script type="module" src="./a.js"></script>')).toEqual([]);
  });
});
