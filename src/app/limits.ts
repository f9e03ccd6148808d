/** The ranges the page offers and a URL may ask for: one home for every limit of the views. */
export { BEAM_K_MAX, BEAM_K_MIN } from '../model/beamWidth';

/** Largest length-normalisation exponent α of the beam view (slider and URL, steps of {@link BEAM_ALPHA_STEP}). */
export const BEAM_ALPHA_MAX = 2;
/** The α slider's step. */
export const BEAM_ALPHA_STEP = 0.1;
/** Fewest models the compare view compares. */
export const COMPARE_MIN = 2;
/** Most models the compare view shows side by side. */
export const COMPARE_MAX = 5;
