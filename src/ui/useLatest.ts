/** The "latest value" ref: one home for callbacks that effects and timers call without re-subscribing. */
import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * A ref that holds `value` as of the last commit (updated in a layout effect, not during render,
 * so a render that React throws away never leaks into it). Read `.current` in effects and handlers.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
