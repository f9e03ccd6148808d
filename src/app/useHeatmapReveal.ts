/** How many heatmap rows a step view shows at full strength, following its playback cursor (a step's row appears as the step completes). */
import { useEffect, useState } from 'react';
import { hasMoved, heatmapRevealedRows, type PlaybackState } from './playback';

/**
 * Rows of the heatmap to show at full strength for `playback`: all of them until the user starts
 * stepping through `decode` (a fresh result shows its whole alignment), then the rows decoded up
 * to the cursor. Sticky per `decode` (any value naming the decode, e.g. its trace): going back to
 * step 1 keeps the stepping view. `startStepping`: the view opened at a chosen step (a link, a what-if).
 */
export function useHeatmapReveal(playback: PlaybackState, decode: unknown, startStepping = false): number {
  const [stepped, setStepped] = useState<unknown>(startStepping ? decode : null);
  const stepping = stepped === decode || hasMoved(playback);
  useEffect(() => {
    if (stepped !== decode && hasMoved(playback)) setStepped(decode);
  }, [playback, decode, stepped]);
  return heatmapRevealedRows(playback, stepping);
}
