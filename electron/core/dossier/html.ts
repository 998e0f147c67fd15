import { escapeHtml as escapeText } from '../../shared/html/escape-html.js';

/**
 * Safe HTML building. Every interpolation in the `html` template is escaped unless it is already
 * `SafeHtml`, so clip text (which may contain pasted markup or scripts) can only ever print as text.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Control characters other than tab and newline have no business in print and break some parsers. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function escapeHtml(text: string): string {
  return escapeText(text.replace(CONTROL, ''));
}

type Interpolation = SafeHtml | string | number | null | undefined | false | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/**
 * A CSS string literal for user text (the running header). Everything but letters, digits and
 * spaces is written as a hex escape, so no text can close the string or the <style> element.
 */
export function cssString(text: string): string {
  const body = text.replace(CONTROL, '').replace(/[^\p{L}\p{N} ]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `);
  return `"${body}"`;
}

/**
 * A web address as a link the PDF reader can follow; anything but http(s) stays plain text, so a
 * pasted "javascript:" address can never become a live link.
 */
export function webLink(url: string, className: string): SafeHtml {
  return /^https?:\/\/[^\s]+$/i.test(url.trim())
    ? html`<a class="${className}" href="${url.trim()}">${url}</a>`
    : html`<span class="${className}">${url}</span>`;
}
