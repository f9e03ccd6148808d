/**
 * Test helper: a small strict XML parser (elements, attributes, text, the XML declaration; the five
 * predefined entities and character references). It throws on anything not well-formed —
 * unbalanced or crossed tags, unquoted or repeated attributes, a raw `<` or a bare `&`, more than
 * one root — so unit tests can check that an exported SVG parses as XML (Node has no DOMParser; the
 * e2e tests parse the same files with the browser's).
 */

/** A parsed element. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

const NAME = '[A-Za-z_][-A-Za-z0-9_.:]*';
const ENTITY = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string, where: string): string {
  if (/&/.test(s.replace(ENTITY, ''))) throw new Error(`bare & in ${where}: ${s.slice(0, 40)}`);
  return s.replace(ENTITY, (m) => {
    const body = m.slice(1, -1);
    if (body.startsWith('#x')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return ENTITIES[body]!;
  });
}

/** Parses a whole XML document; throws with a reason when it is not well-formed. */
export function parseXml(doc: string): XmlElement {
  let i = 0;
  const decl = /^<\?xml[^?]*\?>\s*/.exec(doc);
  if (decl) i = decl[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const tagRe = new RegExp(`<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`, 'y');
  const attrRe = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g');
  while (i < doc.length) {
    const lt = doc.indexOf('<', i);
    const text = doc.slice(i, lt < 0 ? doc.length : lt);
    if (text) {
      const parent = stack[stack.length - 1];
      if (!parent) {
        if (text.trim() !== '') throw new Error(`text outside the root element: ${text.slice(0, 40)}`);
      } else parent.children.push(decode(text, 'text'));
    }
    if (lt < 0) break;
    tagRe.lastIndex = lt;
    const m = tagRe.exec(doc);
    if (!m) throw new Error(`malformed tag at ${lt}: ${doc.slice(lt, lt + 60)}`);
    const [whole, close, name, attrText, selfClose] = m;
    i = lt + whole.length;
    if (close) {
      if (attrText!.trim() || selfClose) throw new Error(`malformed end tag </${name}>`);
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    const el: XmlElement = { name: name!, attrs: {}, children: [] };
    for (const a of attrText!.matchAll(attrRe)) {
      const key = a[1]!;
      if (key in el.attrs) throw new Error(`attribute ${key} repeated on <${name}>`);
      el.attrs[key] = decode(a[2] ?? a[3] ?? '', `attribute ${key}`);
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else if (root) throw new Error('more than one root element');
    else root = el;
    if (!selfClose) stack.push(el);
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1]!.name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Every element of a tree named `name` (depth first). */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = el.name === name ? [el] : [];
  for (const c of el.children) if (typeof c !== 'string') out.push(...findAll(c, name));
  return out;
}

/** The text content of an element. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
