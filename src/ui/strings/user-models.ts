/** English texts: the `userModels` section of the UI strings (src/ui/strings.ts). */

/** The `userModels` texts in English. */
export const userModelsEn = {
  open: 'Open a model folder…',
  hint: 'or drop the folder (or its model.json, vocab.json, weights.bin) here. Nothing is uploaded.',
  reading: (name: string) => `Reading ${name}…`,
  added: (name: string, pair: string) => `Added your model “${name}” (${pair}). It is kept in this browser.`,
  failed: (name: string, detail: string) => `Could not open the model folder “${name}”: ${detail}`,
  notStored: 'It could not be kept in this browser (storage unavailable): it is gone after a reload.',
  yours: (name: string) => `${name} (your model)`,
  remove: (name: string) => `Remove ${name}`,
  removed: (name: string) => `Removed your model “${name}”.`,
  listLabel: 'Your models',
};
