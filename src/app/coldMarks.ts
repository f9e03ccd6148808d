/** Named moments of a cold load on the page's performance timeline, which `npm run bench` reports with each cold load. */

/** Marks `cold: <name>` now (where the Performance API exists). */
export function mark(name: string): void {
  globalThis.performance?.mark?.(`cold: ${name}`);
}
