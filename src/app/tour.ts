/**
 * The guided tour's plan (pure): which sentence it translates, which phases of step 1 it stops at,
 * and whether it opens by itself. It opens on a first visit — unless the URL says `tour=off` (the
 * e2e suite, embedding) or carries a shared view (the link's sender wanted the reader to see that
 * view, not a tour) — and never again once closed (a 'seen' mark in localStorage); `tour=on` opens
 * it regardless. The header's tour button reopens it any time.
 */
import type { AttentionKind } from '../model/config';
import { phasesFor, type PhaseId } from './playback';
import type { TourFlag } from './urlState';

/** localStorage key of the 'seen' mark. */
export const TOUR_KEY = 'attention-viz.tour';
/** The value stored once the tour was closed (skipped or finished). */
export const TOUR_SEEN = 'seen';
/** The sentence the tour translates. */
export const TOUR_SENTENCE = 'I am a student.';
/** The decoder step the tour walks through (1-based). */
export const TOUR_STEP = 1;
/** The phases the tour stops at, in order (those of the model's architecture are used). */
export const TOUR_PHASES: readonly PhaseId[] = ['scores', 'softmax', 'context', 'concat', 'output'];

/** The tour's stops for a model of attention `kind`, in the order that model computes them. */
export function tourStops(kind: AttentionKind): PhaseId[] {
  return phasesFor(kind).filter((p) => TOUR_PHASES.includes(p));
}

/** Whether the tour opens by itself on page load. */
export function tourOpensByItself(o: { flag: TourFlag | null; seen: boolean; sharedView: boolean }): boolean {
  if (o.flag === 'on') return true;
  if (o.flag === 'off') return false;
  return !o.seen && !o.sharedView;
}

/** The storage the 'seen' mark lives in (localStorage in the page). */
export type MarkStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Whether the tour was closed before (false when storage is unavailable). */
export function tourSeen(storage: MarkStorage | undefined): boolean {
  try {
    return storage?.getItem(TOUR_KEY) === TOUR_SEEN;
  } catch {
    return false;
  }
}

/** Remembers that the tour was closed (silently does nothing when storage is unavailable). */
export function markTourSeen(storage: MarkStorage | undefined): void {
  try {
    storage?.setItem(TOUR_KEY, TOUR_SEEN);
  } catch {
    // private mode: the tour may open again on the next visit
  }
}

/** localStorage, where the page may use it (undefined in private modes that refuse it). */
export function pageStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
