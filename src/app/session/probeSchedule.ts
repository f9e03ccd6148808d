/**
 * When the backend choice's WebGL probe runs (src/tfjs/backendChoice.ts), and what the page says
 * of its answer. Where WebGL is software-rendered, a first WebGL context costs about a second of
 * CPU (SwiftShader starting in the GPU process); run at start-up it delayed a first visit's first
 * translation by ~0.5 s on this project's 2-core VM. So it runs once the reader has a translation.
 */
import type { ProbeFinding } from '../../tfjs/backendChoice';
import type { Message } from './messages';

/** How long after the first translation is shown the probe runs. */
export const PROBE_AFTER_TRANSLATION_MS = 1500;
/** How long after the page is ready the probe runs when no translation comes sooner (plus {@link PROBE_AFTER_TRANSLATION_MS}). */
export const PROBE_AFTER_READY_MS = 3000;

/** Runs a probe once: shortly after the first translation is shown, or a while after the page is ready. */
export class ProbeSchedule {
  private probe: (() => void) | null = null;

  /** The probe to run (the backend choice's; none when the URL named the backend). */
  set(probe: (() => void) | undefined): void {
    this.probe = probe ?? null;
  }

  /** The page is ready: the probe runs later unless a translation starts it sooner. */
  pageReady(): void {
    setTimeout(() => this.translationShown(), PROBE_AFTER_READY_MS);
  }

  /** A translation is on screen: the probe runs {@link PROBE_AFTER_TRANSLATION_MS} later, if it has not run. */
  translationShown(): void {
    const probe = this.probe;
    this.probe = null;
    if (probe) setTimeout(probe, PROBE_AFTER_TRANSLATION_MS);
  }
}

/** What the backend notice says once a first visit's probe has answered (null: no notice; it found nothing). */
function findingNotice(f: ProbeFinding): Message | null {
  if (!f) return null;
  return f.kind === 'software' ? { kind: 'softwareWebgl', renderer: f.name } : { kind: 'gpuNextVisit' };
}

/**
 * A first visit's backend notice: at once, that the page began on wasm and checks WebGL later; once
 * the probe has answered (`found`), what it found, in the same place (a notice appearing only then
 * would push the translation down). Unless the notice shown (`current`) is no longer that one: a
 * backend the user chose has its own.
 */
export function followFirstVisitProbe(
  found: Promise<ProbeFinding>,
  show: (m: Message | null) => void,
  current: () => Message | null,
): void {
  show({ kind: 'checkingWebgl' });
  void found.then((f) => {
    if (current()?.kind === 'checkingWebgl') show(findingNotice(f));
  });
}
