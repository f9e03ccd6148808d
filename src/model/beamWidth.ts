/** The beam widths the search accepts (no TensorFlow.js here: the page's first script reads them through the URL's `k=`). */

/** Smallest beam width. */
export const BEAM_K_MIN = 1;
/** Largest beam width (the search clamps k into [BEAM_K_MIN, BEAM_K_MAX]). */
export const BEAM_K_MAX = 10;
