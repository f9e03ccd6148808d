/** How long the "saved for offline use" notice stays on its own, in ms (OfflineNotice.tsx; its e2e test waits on it). */
export const READY_SHOWN_MS = 8000;
