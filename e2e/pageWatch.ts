/** Records what a test must not cause: console errors, page errors and requests to another origin. */
import { expect, type Page } from '@playwright/test';

interface Watch {
  errors: string[];
  foreign: string[];
}

const watches = new WeakMap<Page, Watch>();

/** Starts recording console errors, page errors and requests that leave `baseURL`'s origin. */
export function watch(page: Page, baseURL: string): void {
  const origin = new URL(baseURL).origin;
  const w: Watch = { errors: [], foreign: [] };
  watches.set(page, w);
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) w.foreign.push(r.url());
  });
}

/** Asserts that nothing was recorded on `page` since {@link watch}. */
export function check(page: Page): void {
  const w = watches.get(page)!;
  expect(w.errors, 'console errors / page errors').toEqual([]);
  expect(w.foreign, 'requests to another origin').toEqual([]);
}

/**
 * Starts recording page errors, and console errors other than the browser's own line for a failed
 * request (a 404 a test serves on purpose); returns the list, which grows as they happen.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console.error: ${m.text()}`);
  });
  return errors;
}
