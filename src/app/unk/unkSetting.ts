/** Whether unknown-word replacement is on (default on), remembered in localStorage. */
export const UNK_STORAGE_KEY = 'attention-unk-replace';

/** The remembered setting: on unless the user turned it off. */
export function unkReplaceOn(storage: Pick<Storage, 'getItem'> | null): boolean {
  try {
    return storage?.getItem(UNK_STORAGE_KEY) !== 'off';
  } catch {
    return true;
  }
}

/** Remembers the setting (silently nothing where storage is blocked). */
export function rememberUnkReplace(storage: Pick<Storage, 'setItem'> | null, on: boolean): void {
  try {
    storage?.setItem(UNK_STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    /* not remembered */
  }
}

/** Splits `text` around the replaced words, in order (case-insensitive): plain pieces and marked pieces (index of the replacement). */
export function markReplaced(text: string, words: readonly string[]): { text: string; mark?: number }[] {
  const out: { text: string; mark?: number }[] = [];
  const lower = text.toLowerCase();
  let at = 0;
  words.forEach((w, i) => {
    const j = lower.indexOf(w.toLowerCase(), at);
    if (j < 0 || w === '') return;
    if (j > at) out.push({ text: text.slice(at, j) });
    out.push({ text: text.slice(j, j + w.length), mark: i });
    at = j + w.length;
  });
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
