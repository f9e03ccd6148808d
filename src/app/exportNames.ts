/** File names of the exports: `<what>-<model>-<sentence slug>[-<extra>].<ext>`, e.g. `attention-luong-general-i-am-a-student.svg`. */

/** Longest sentence slug kept in a file name, characters. */
export const MAX_SLUG = 48;

/**
 * A file-name-safe slug of a text: accents stripped, lower case, every run of anything but a–z and
 * 0–9 turned into one `-`, cut at a word boundary within {@link MAX_SLUG} characters; `fallback`
 * when nothing is left (e.g. a sentence in another script).
 */
export function slugify(text: string, fallback = 'sentence'): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  let slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG) {
    const cut = slug.slice(0, MAX_SLUG + 1);
    const at = cut.lastIndexOf('-');
    slug = (at > 0 ? cut.slice(0, at) : cut.slice(0, MAX_SLUG)).replace(/-+$/g, '');
  }
  return slug || fallback;
}

/** What an export holds (the first word of its file name). */
export type ExportKind = 'attention' | 'step' | 'trace' | 'alignment';

/** The file name of an export of `kind` for model `variant` and `sentence`; `extra` (e.g. `t2-softmax`) goes before the extension. */
export function exportFileName(kind: ExportKind, variant: string, sentence: string, ext: string, extra?: string): string {
  const parts = [kind, slugify(variant, 'model'), slugify(sentence)];
  if (extra) parts.push(slugify(extra, ''));
  return `${parts.filter(Boolean).join('-')}.${ext}`;
}
