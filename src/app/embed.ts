/**
 * Embedding one picture of the app in a slide or a course page: `?embed=heatmap|step|beam|compare`
 * plus the usual view state (sentence, model, step, beam settings, compared models…) opens that
 * one view with no page chrome (header, input, tabs, footer), sized to its frame. Pure: parsing and
 * the snippet are string functions; the page reads the kind once at start (see App.tsx) and
 * src/styles/embed.css hides the rest.
 */
import type { TabId } from './urlState';

/** The views that can be embedded. */
export const EMBED_KINDS = ['heatmap', 'step', 'beam', 'compare'] as const;
/** One embeddable view. */
export type EmbedKind = (typeof EMBED_KINDS)[number];

/** The URL parameter that asks for an embedded view. */
export const EMBED_PARAM = 'embed';

/** An embed kind from a URL value, or null when it is not one. */
export function parseEmbed(s: string | null): EmbedKind | null {
  return s !== null && (EMBED_KINDS as readonly string[]).includes(s) ? (s as EmbedKind) : null;
}

/** The embed kind a query string asks for (the page's own by default), or null. */
export function readEmbed(search: string = typeof window === 'undefined' ? '' : window.location.search): EmbedKind | null {
  return parseEmbed(new URLSearchParams(search).get(EMBED_PARAM));
}

/** The tab that holds an embedded view. */
export function embedTab(kind: EmbedKind): TabId {
  return kind === 'beam' ? 'beam' : kind === 'compare' ? 'compare' : 'main';
}

/** The frame height the snippet proposes for each view, px (the view fills the frame's width). */
export const EMBED_HEIGHT: Readonly<Record<EmbedKind, number>> = { heatmap: 460, step: 640, beam: 620, compare: 560 };

/**
 * The link of the view at `href` (the page's address, which carries its state) embedded as `kind`:
 * the tab it needs, the embed flag, no guided tour; every other parameter is kept as it is.
 */
export function embedUrl(href: string, kind: EmbedKind): string {
  const url = new URL(href);
  const q = url.searchParams;
  const tab = embedTab(kind);
  if (tab === 'main') q.delete('tab');
  else q.set('tab', tab);
  q.delete('tour');
  q.set(EMBED_PARAM, kind);
  url.hash = '';
  return url.toString();
}

/** Escapes a text for a double-quoted HTML attribute. */
export function htmlAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The HTML to paste into a slide or a course page: an iframe of the embedded view, full width, titled for screen readers. */
export function embedSnippet(href: string, kind: EmbedKind, title: string): string {
  return `<iframe src="${htmlAttr(embedUrl(href, kind))}" title="${htmlAttr(title)}" width="100%" height="${EMBED_HEIGHT[kind]}" style="border:0" loading="lazy"></iframe>`;
}
