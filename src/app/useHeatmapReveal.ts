/**
 * How many heatmap rows a step view shows at full strength, following its playback cursor: a
 * step's row appears as the step completes (its output phase). A step reached by a jump (a heatmap
 * cell, a step chip, a link) shows its own row at once: the reader came to look at it.
 */
import { useEffect, useState } from 'react';
import { hasMoved, heatmapRevealedRows, type PlaybackState } from './playback';

/** Whether the cursor went from `a` to `b` by a jump to another step (not by playing or stepping through the phases). */
export function jumpedStep(
  a: Pick<PlaybackState, 'step' | 'phase' | 'phases'>,
  b: Pick<PlaybackState, 'step' | 'phase'>,
): boolean {
  if (a.step === b.step) return false;
  const flowsOn = b.step === a.step + 1 && b.phase === 0 && a.phase === a.phases.length - 1;
  const flowsBack = b.step === a.step - 1 && b.phase === a.phases.length - 1 && a.phase === 0;
  return !flowsOn && !flowsBack;
}

/**
 * Rows of the heatmap to show at full strength for `playback`: all of them until the user starts
 * stepping through `decode` (a fresh result shows its whole alignment), then the rows decoded up
 * to the cursor (see the file comment). Sticky per `decode` (any value naming the decode, e.g. its
 * trace): going back to step 1 keeps the stepping view. `startStepping`: the view opened at a
 * chosen step (a link, a what-if), which counts as a jump there.
 */
export function useHeatmapReveal(playback: PlaybackState, decode: unknown, startStepping = false): number {
  const [stepped, setStepped] = useState<unknown>(startStepping ? decode : null);
  const stepping = stepped === decode || hasMoved(playback);
  useEffect(() => {
    if (stepped !== decode && hasMoved(playback)) setStepped(decode);
  }, [playback, decode, stepped]);
  // the step the cursor last jumped to (React's "previous render's value" pattern, as in StepStage)
  const [seen, setSeen] = useState({ cursor: playback, jumped: startStepping ? playback.step : -1, decode });
  if (seen.cursor !== playback || seen.decode !== decode) {
    const fresh = seen.decode !== decode;
    const jumped = fresh ? (startStepping ? playback.step : -1) : jumpedStep(seen.cursor, playback) ? playback.step : seen.jumped;
    setSeen({ cursor: playback, jumped, decode });
  }
  const rows = heatmapRevealedRows(playback, stepping);
  return stepping && seen.jumped === playback.step ? Math.max(rows, playback.step + 1) : rows;
}
