/**
 * The guided tour opens by itself on a first visit. Specs that are not about the tour start with its
 * 'seen' mark already in localStorage (playwright.config.ts sets this storage state for every test;
 * contexts a spec creates itself pass it too), so the tour never covers what they test.
 */
import { TOUR_KEY, TOUR_SEEN } from '../src/app/tour';

/** A Playwright storage state in which the tour was already seen on `baseURL`'s origin. */
export function tourSeenState(baseURL: string): {
  cookies: [];
  origins: { origin: string; localStorage: { name: string; value: string }[] }[];
} {
  return { cookies: [], origins: [{ origin: new URL(baseURL).origin, localStorage: [{ name: TOUR_KEY, value: TOUR_SEEN }] }] };
}
