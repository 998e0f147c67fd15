import type { NewClipRow } from '../../electron/core/library/clips.repo.js';
import { fingerprint } from '../../electron/core/library/save-clip.js';

/** A new clip's row for insertClips: one paragraph of `text`, titled by its number, dated in 2024. */
export function clipRow(n: number, text: string, fields: Partial<NewClipRow> = {}): NewClipRow {
  const paragraphs = [text];
  return {
    title: `Report ${n}`,
    paragraphs,
    raw: text,
    rawHtml: null,
    rawSha256: '',
    ...fingerprint(paragraphs),
    date: '2024-05-01',
    dateline: null,
    source: 'Coast Weekly',
    byline: [],
    language: 'en',
    url: null,
    wordCount: text.split(/\s+/).length,
    cruft: [],
    quotes: [],
    people: [],
    places: [],
    organizations: [],
    versionOf: null,
    clippedBy: null,
    now: '2024-05-01T09:00:00.000Z',
    ...fields,
  };
}
