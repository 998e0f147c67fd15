import type { ClipDraft } from '../models/clip-draft.js';

/**
 * Turns pasted text into a ClipDraft. Pure: no I/O, no DOM; HTML is turned into text by the
 * core before it gets here.
 */
export function parseClip(text: string): ClipDraft {
  const normalised = text.replace(/\r\n?/g, '\n').replace(/\u0000/g, '');
  const blocks = normalised
    .split(/\n\s*\n/)
    .map((b) => b.split('\n').map((l) => l.trim()).filter(Boolean).join(' '))
    .filter(Boolean);
  let date: string | null = null;
  let dateline: string | null = null;
  const paragraphs: string[] = [];
  for (const block of blocks) {
    const m = /^date\s+(\d{4}-\d{2}-\d{2})\s+([^:]{1,80}):\s*/i.exec(block);
    if (m && date === null) {
      date = m[1]!;
      dateline = m[2]!.trim();
    }
    paragraphs.push(block);
  }
  const wordCount = paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
  return {
    title: null,
    date,
    dateline,
    source: null,
    byline: [],
    language: 'en',
    paragraphs,
    cruft: [],
    quotes: [],
    people: [],
    places: [],
    organizations: [],
    wordCount,
    duplicateOf: null,
  };
}
