/**
 * Escaping clip text for Markdown, so a clip can never open a heading, a list, a link, a code
 * span, raw HTML or a highlight of its own: whatever it says prints as the same words.
 */

/** Characters that start inline markup anywhere in a line (== highlights included). */
const INLINE = /[\\`*_[\]<>~=|]/g;
/** An ampersand that would read as a character reference ("&amp;", "&#39;"). */
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;

export function escapeInline(text: string): string {
  return text.replace(INLINE, '\\$&').replace(ENTITY, '\\&');
}

/**
 * A line after inline escaping: what would open a block when it starts a line (a heading, a list
 * item, a thematic break, an ordered item like "1984. The year…") is escaped too, and leading
 * spaces, which would make a code block, are dropped.
 */
export function escapeLineStart(line: string): string {
  const trimmed = line.replace(/^[ \t]+/, '');
  return trimmed.replace(/^[#+-]/, '\\$&').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/**
 * Already inline-escaped text as one Markdown block, whatever newlines it holds: line breaks stay
 * breaks (a backslash at the end of a line), and blank lines cannot split it into two.
 */
export function asBlock(inlineText: string): string {
  return inlineText
    .split(/\r\n?|\n/)
    .map((line) => escapeLineStart(line).trimEnd())
    .filter(Boolean)
    .join('\\\n');
}

/** Plain text as one Markdown block. */
export function escapeParagraph(text: string): string {
  return asBlock(escapeInline(text));
}

/** A link target in angle brackets, only for web and mail addresses that need no escaping. */
export function safeLinkTarget(url: string | null): string | null {
  if (!url || !/^(https?:\/\/|mailto:)/i.test(url) || /[\s<>]/.test(url)) return null;
  return `<${url}>`;
}

/** Where a link may lead from Markdown the user wrote: the web, mail, or a place in the dossier. */
const SAFE_DESTINATION = /^\s*<?\s*(?:https?:\/\/|mailto:|#)/i;

/**
 * Markdown someone wrote (a dossier's introduction, a collection's description, which may come
 * from an imported export), kept as Markdown but unable to make raw HTML or an unsafe link:
 * every `<` is escaped, so no tag or autolink opens; a link, image or reference definition whose
 * target is not a web, mail or in-document address is escaped to plain text. Targets are judged
 * as written: "java&#115;cript:" is not a web address either.
 */
export function safeUserMarkdown(markdown: string): string {
  return markdown
    .replace(/</g, '\\<')
    .replace(/\]\(([^)]*)/g, (whole, target: string) => (SAFE_DESTINATION.test(target) ? whole : `]\\(${target}`))
    .replace(/^( {0,3})\[([^\]\n]+)\]:([^\n]*)/gm, (whole, indent: string, label: string, target: string) =>
      SAFE_DESTINATION.test(target) ? whole : `${indent}\\[${label}\\]:${target}`,
    );
}
