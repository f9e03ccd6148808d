/** The status line under the sentence input says what the user can do when no model is loaded. */
import { describe, expect, it } from 'vitest';
import { en } from '../../ui/strings';
import { ko } from '../../ui/strings.ko';
import { statusText } from './messages';

const idle = { busy: null, translating: false, redecoding: false, queued: null, variant: 'luong-general', card: undefined };

describe('statusText', () => {
  it('offers the retry that sits beside it when the model failed to load', () => {
    const failed = { ...idle, modelError: { kind: 'modelError', name: 'Luong · general', error: new Error('stalled') } } as const;
    expect(statusText(en, failed)).toBe('No model loaded: retry, choose another model or reload the page.');
    expect(statusText(ko, failed)).toContain('다시 시도');
  });

  it('without a retry (the model list failed, or no model) it does not offer one', () => {
    const noList = { ...idle, modelError: { kind: 'indexError', error: new Error('404') } } as const;
    expect(statusText(en, noList)).toBe('No model loaded: choose another model or reload the page.');
    expect(statusText(en, { ...idle, modelError: null, variant: '' })).toBe(
      'No model loaded: choose another model or reload the page.',
    );
  });

  it('is ready when a model is loaded', () => {
    expect(statusText(en, { ...idle, modelError: null })).toMatch(/^Ready/);
  });
});
