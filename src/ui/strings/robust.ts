/** English texts: the `robust` section of the UI strings (src/ui/strings.ts): what the page says when something around it fails. */

/** The `robust` texts in English. */
export const robustEn = {
  /** parameters of the link that could not be read (names, comma-separated) */
  urlRepaired: (names: string) =>
    `Part of this link could not be read (${names}) and was left out: the page opened with its defaults for it.`,
  flagsIgnored: 'This link’s TensorFlow.js debug flags (tfjsflags) were ignored: a link cannot change how the model computes.',
  storageDenied:
    'This browser does not let the page store anything here: your language, theme and language pair and the models you open will not be remembered after this visit.',
  dismiss: 'Dismiss',
  /** a lazily loaded view failed (its code did not download, or it broke) */
  viewFailed: (why: string) =>
    `This view could not be shown (${why}). The rest of the page works; check the connection and retry.`,
  retry: 'Retry',
  /** the view failed again after a retry: the browser may keep the failed download until a reload */
  viewStillFailed: (why: string) =>
    `This view still could not be shown (${why}). Some browsers keep a failed download until the page is reloaded: reload to try again (the sentence and this tab are kept in the address).`,
  reload: 'Reload the page',
  /** the page's own code did not download (shown without the rest of the page) */
  bootFailed: (why: string) => `The page could not load its code (${why}). Check the connection and reload the page.`,
  /** the result shown belongs to another sentence than the one in the box */
  stale: (shown: string) => `Shown: the translation of “${shown}”. The sentence in the box is not translated yet: press Enter.`,
  /** the status line while a sentence waits for the running decode */
  queued: (sentence: string) => `Translating… then “${sentence}”`,
  /** the model-download retry button */
  retryLoad: 'Retry loading the model',
  /** WebGL chosen while it is software-rendered: with the measured slowdown against WebAssembly, when known */
  softwareWebglChosen: (renderer: string, factor: number | null) =>
    factor !== null
      ? `WebGL here is software-rendered (${renderer}): a translation takes about ${factor}× as long as on WebAssembly on this machine.`
      : `WebGL here is software-rendered (${renderer}): expect translations many times slower than on WebAssembly (about 50× on a typical machine).`,
  /** model-file problems of this section (src/model/modelFileError.ts) */
  notWeights: (file: string) =>
    `${file} is not a weights file: the server sent a web page instead (a wrong address or a misconfigured server).`,
  stalled: (file: string, seconds: number) =>
    `${file} stopped downloading: nothing arrived for ${seconds === 1 ? '1 second' : `${seconds} seconds`}. Check the connection and retry.`,
  nonFinite: (file: string, weight: string) =>
    `${file} is damaged: the weight “${weight}” holds numbers that are not finite (NaN or infinity), so the model cannot compute anything.`,
};
