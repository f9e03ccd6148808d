/** English texts: the `offline` section of the UI strings (src/ui/strings.ts): the service worker's notices. */

/** The `offline` texts in English. */
export const offlineEn = {
  /** shown once, when the app and the model used so far have been saved for use without a network */
  ready: 'Saved for offline use: this page and the models you use now also work without a network.',
  /** a new deployment is installed and waits */
  updated: 'The app was updated.',
  reload: 'Reload',
  dismiss: 'Dismiss',
  /** a model never used on this device, asked for while the network is off */
  needsNetwork: (file: string) =>
    `${file} is not on this device yet: this model needs the network once (it is saved for offline use after that). Connect and choose it again.`,
};
