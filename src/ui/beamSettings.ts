/** The beam view's settings, kept by the page across sentences (a module of its own: the view itself loads lazily). */

/** The user's beam settings (kept by the page across sentences). */
export interface BeamSettings {
  k: number;
  alpha: number;
  showPruned: boolean;
}

/** Initial beam settings: width k = 3, length-normalisation exponent α = 1, pruned hypotheses shown. */
export const DEFAULT_BEAM_SETTINGS: BeamSettings = { k: 3, alpha: 1, showPruned: true };

/** The settings a URL asks for (null: not in the URL), the defaults for the rest. */
export function beamSettingsFrom(url: { k: number | null; alpha: number | null; pruned: boolean | null }): BeamSettings {
  return {
    k: url.k ?? DEFAULT_BEAM_SETTINGS.k,
    alpha: url.alpha ?? DEFAULT_BEAM_SETTINGS.alpha,
    showPruned: url.pruned ?? DEFAULT_BEAM_SETTINGS.showPruned,
  };
}
