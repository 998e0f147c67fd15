import { escapeHtml, SafeHtml } from './html.js';

/**
 * A small, safe Markdown for the introduction: headings, paragraphs, lists, block quotes,
 * emphasis, code and links. The text is escaped before any markup is added, so raw HTML in the
 * Markdown prints as text; links keep only http(s) and mailto targets.
 */
export function markdownToHtml(markdown: string): SafeHtml {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (!line.trim()) {
      i++;
      continue;
    }
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    if (heading) {
      const level = heading[1]!.length + 1;
      out.push(`<h${level}>${inline(heading[2]!)}</h${level}>`);
      i++;
      continue;
    }
    const listKind = /^\s*([-*+]|\d+[.)])\s+/.exec(line);
    if (listKind) {
      const ordered = /\d/.test(listKind[1]!);
      const items: string[] = [];
      while (i < lines.length && /^\s*([-*+]|\d+[.)])\s+/.test(lines[i]!)) {
        items.push(`<li>${inline(lines[i]!.replace(/^\s*([-*+]|\d+[.)])\s+/, ''))}</li>`);
        i++;
      }
      out.push(ordered ? `<ol>${items.join('')}</ol>` : `<ul>${items.join('')}</ul>`);
      continue;
    }
    if (/^\s*>/.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && /^\s*>/.test(lines[i]!)) quoted.push(lines[i++]!.replace(/^\s*>\s?/, ''));
      out.push(`<blockquote><p>${inline(quoted.join(' '))}</p></blockquote>`);
      continue;
    }
    const paragraph: string[] = [];
    while (i < lines.length && lines[i]!.trim() && !/^(#{1,3}\s|\s*([-*+]|\d+[.)])\s+|\s*>)/.test(lines[i]!)) {
      paragraph.push(lines[i++]!.trim());
    }
    out.push(`<p>${inline(paragraph.join(' '))}</p>`);
  }
  return new SafeHtml(keepHeadingsWithNext(out).join('\n'));
}

/** break-after: avoid is not reliably kept across Paged.js's page breaks, so each heading is wrapped with the block after it. */
function keepHeadingsWithNext(blocks: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    if (/^<h\d>/.test(block) && next !== undefined && !/^<h\d>/.test(next)) {
      out.push(`<div class="keep-together">${block}${next}</div>`);
      i++;
    } else {
      out.push(block);
    }
  }
  return out;
}

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/** Inline markup on already-escaped text: the patterns only wrap text, never let markup through. */
function inline(text: string): string {
  const codes: string[] = [];
  let s = escapeHtml(text).replace(/`([^`]+)`/g, (_m, code: string) => {
    codes.push(`<code>${code}</code>`);
    return `\u0000${codes.length - 1}\u0000`;
  });
  s = s.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, label: string, href: string) =>
    SAFE_LINK.test(href) ? `<a href="${href}">${label}</a>` : label,
  );
  s = s.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>').replace(/__([^_]+)__/g, '<strong>$1</strong>');
  s = s.replace(/(^|[^\w*])\*([^*\s][^*]*)\*(?!\w)/g, '$1<em>$2</em>').replace(/(^|[^\w_])_([^_\s][^_]*)_(?!\w)/g, '$1<em>$2</em>');
  return s.replace(/\u0000(\d+)\u0000/g, (_m, n: string) => codes[Number(n)] ?? '');
}
