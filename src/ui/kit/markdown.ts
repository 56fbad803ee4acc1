/**
 * A tiny, safe Markdown renderer for the model's documentation: headings,
 * paragraphs, lists, indented or fenced code, tables, and inline code, bold,
 * emphasis and links. It builds DOM nodes and sets only text (textContent),
 * never HTML, so nothing in the file can run or fetch. Headings and
 * paragraphs that open with a bold lead ("**Quota** (…)") get ids, so a
 * control can link to the submodel where its parameter acts.
 *
 * Hand-written, not marked + DOMPurify: one page of our own Markdown needs
 * these few forms, and text nodes only are safe without a sanitiser.
 */
import { anchorSlug } from '../../shared/slug';
import { h } from './dom';

export interface Block {
  kind: 'heading' | 'paragraph' | 'list' | 'code' | 'table';
  /** heading level (1–6); 1 for an ordered list, 0 for a bulleted one */
  level: number;
  lines: string[];
  /** the anchor of a heading, or of a paragraph with a bold lead */
  id?: string;
}

const TABLE_ROW = /^\s*\|.*\|\s*$/;
const LIST_ITEM = /^\s*(?:[-*]|\d+\.)\s+/;

/** Splits the text into blocks (comments dropped). */
export function parseBlocks(text: string): Block[] {
  const lines = text.replace(/<!--[\s\S]*?-->/g, '').split(/\r?\n/);
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1].length, lines: [heading[2]], id: anchorSlug(heading[2].replace(/`/g, '')) });
      i++;
    } else if (line.startsWith('```')) {
      const code: string[] = [];
      i++;
      while (i < lines.length && !lines[i].startsWith('```')) code.push(lines[i++]);
      i++;
      blocks.push({ kind: 'code', level: 0, lines: code });
    } else if (line.startsWith('    ')) {
      const code: string[] = [];
      while (i < lines.length && (lines[i].startsWith('    ') || (lines[i].trim() === '' && lines[i + 1]?.startsWith('    ')))) code.push(lines[i++].slice(4));
      blocks.push({ kind: 'code', level: 0, lines: code });
    } else if (TABLE_ROW.test(line)) {
      const rows: string[] = [];
      while (i < lines.length && TABLE_ROW.test(lines[i])) rows.push(lines[i++]);
      blocks.push({ kind: 'table', level: 0, lines: rows });
    } else if (LIST_ITEM.test(line)) {
      const items: string[] = [];
      const ordered = /^\s*\d+\./.test(line) ? 1 : 0;
      while (i < lines.length && lines[i].trim() !== '') {
        if (LIST_ITEM.test(lines[i])) items.push(lines[i].replace(LIST_ITEM, ''));
        else items[items.length - 1] += ' ' + lines[i].trim();
        i++;
      }
      blocks.push({ kind: 'list', level: ordered, lines: items });
    } else {
      const para: string[] = [];
      while (i < lines.length && lines[i].trim() !== '' && !/^#{1,6}\s/.test(lines[i]) && !TABLE_ROW.test(lines[i]) && !lines[i].startsWith('```')) para.push(lines[i++]);
      const lead = /^\*\*([^*]+)\*\*/.exec(para[0]);
      blocks.push({ kind: 'paragraph', level: 0, lines: para, id: lead ? anchorSlug(lead[1]) : undefined });
    }
  }
  // an anchor names one place: a repeated title gets -2, -3…
  const seen = new Map<string, number>();
  for (const b of blocks) {
    if (!b.id) continue;
    const n = (seen.get(b.id) ?? 0) + 1;
    seen.set(b.id, n);
    if (n > 1) b.id = `${b.id}-${n}`;
  }
  return blocks;
}

/** Inline Markdown as nodes: `code`, **bold**, *emphasis*, [text](link); a link leaves the page only by a click, never by loading. */
export function inline(text: string): Node[] {
  const out: Node[] = [];
  const re = /`([^`]+)`|\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) out.push(document.createTextNode(text.slice(last, m.index)));
    if (m[1] !== undefined) out.push(h('code', {}, m[1]));
    else if (m[2] !== undefined) out.push(h('strong', {}, ...inline(m[2])));
    else if (m[3] !== undefined) out.push(h('em', {}, ...inline(m[3])));
    else {
      const href = m[5];
      // only links within this page or to a web address; file paths of the repository are shown as text
      const safe = /^https:\/\//.test(href) || href.startsWith('#');
      out.push(safe ? h('a', { href, rel: 'noopener noreferrer' }, ...inline(m[4])) : h('span', {}, ...inline(m[4])));
    }
    last = re.lastIndex;
  }
  if (last < text.length) out.push(document.createTextNode(text.slice(last)));
  return out;
}

function cells(row: string): string[] {
  return row.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
}

function tableNode(rows: string[]): HTMLElement {
  const [head, , ...body] = rows;
  return h(
    'div',
    { class: 'md-table', tabindex: '0' },
    h('table', {}, h('thead', {}, h('tr', {}, cells(head).map((c) => h('th', { scope: 'col' }, ...inline(c))))), h('tbody', {}, body.map((r) => h('tr', {}, cells(r).map((c) => h('td', {}, ...inline(c))))))),
  );
}

/** One block as a DOM node; `idPrefix` keeps its anchor apart from the page's other ids. */
export function blockNode(b: Block, idPrefix: string): HTMLElement {
  const id = b.id ? idPrefix + b.id : undefined;
  switch (b.kind) {
    case 'heading': {
      const tag = `h${Math.min(6, b.level + 1)}` as 'h2';
      return h(tag, { id, tabindex: '-1' }, ...inline(b.lines[0]));
    }
    case 'code':
      // tabindex: a wide formula scrolls, and the keyboard must reach it
      return h('pre', { tabindex: '0' }, h('code', {}, b.lines.join('\n')));
    case 'table':
      return tableNode(b.lines);
    case 'list':
      return h(b.level ? 'ol' : 'ul', {}, b.lines.map((l) => h('li', {}, ...inline(l))));
    default:
      return h('p', { id, tabindex: id ? '-1' : undefined }, ...inline(b.lines.join(' ')));
  }
}
