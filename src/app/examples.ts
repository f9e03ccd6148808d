/**
 * Test-set sentences offered as examples with all their references (public/models/<pair>/
 * test-examples.json, written by scripts/make-examples.ts), and the references the user works with.
 */

/** A test-set sentence with all its references. */
export interface TestExample {
  /** English source */
  en: string;
  /** every reference translation of the source in the test split (in the pair's output language) */
  refs: string[];
}

/** The references of the teacher-forcing and BLEU views: one per line, typed or from the test set. */
export interface References {
  text: string;
  /** the test-set source they were taken from (null when typed) */
  source: string | null;
}

/** The empty reference set (nothing typed, no test-set source). */
export const NO_REFERENCES: References = { text: '', source: null };

/** The non-empty reference lines. */
export function referenceLines(r: References): string[] {
  return r.text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** Fetches a pair's examples file (relative to the page); a pair without one has no examples (empty list). */
export async function fetchTestExamples(pair: string): Promise<TestExample[]> {
  const res = await fetch(`${import.meta.env.BASE_URL}models/${pair}/test-examples.json`, { cache: 'no-cache' });
  if (res.status === 404 || (res.headers.get('content-type') ?? '').includes('text/html')) return [];
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const json = (await res.json()) as { examples?: unknown };
  const list = Array.isArray(json.examples) ? json.examples : [];
  return list.filter(
    (e): e is TestExample =>
      typeof (e as TestExample)?.en === 'string' &&
      Array.isArray((e as TestExample).refs) &&
      (e as TestExample).refs.every((r) => typeof r === 'string'),
  );
}
