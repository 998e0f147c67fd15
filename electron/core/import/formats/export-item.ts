import { escapeHtml } from '../../../shared/html/escape-html.js';

/** A file that claims a known export format but does not hold together: nothing of it is imported. */
export class MalformedExportError extends Error {
  constructor(file: string, format: string, detail: string) {
    super(`${file} looks like ${format} but cannot be read (${detail}). Nothing from it was imported; export it again from that tool.`);
  }
}

/** A note's or entry's HTML body as a page the clipper reads like a paste from a browser, its title the headline. */
export function articleHtml(title: string, body: string): string {
  const t = escapeHtml(title);
  return `<html><head><title>${t}</title></head><body><article>${t ? `<h1>${t}</h1>` : ''}${body}</article></body></html>`;
}

/** YYYY-MM-DD from an ISO date or date-time; null when there is none or it is not a date. */
export function isoDay(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim())?.[1];
  return day && !Number.isNaN(Date.parse(day)) ? day : null;
}
