import type { Clip } from '../../electron/shared/models/clip.js';
import type { Highlight } from '../../electron/shared/models/organise.js';

/** A saved clip, as the core hands it to an export, with every field not given empty. */
export function clipFixture(fields: Partial<Clip> = {}): Clip {
  return {
    id: 1,
    title: null,
    paragraphs: [],
    date: null,
    dateline: null,
    source: null,
    byline: [],
    language: 'en',
    url: null,
    wordCount: 0,
    quotes: [],
    people: [],
    places: [],
    organizations: [],
    cruft: [],
    notes: '',
    notesBy: null,
    tags: [],
    collectionIds: [],
    highlights: [],
    raw: '',
    rawSha256: '',
    createdAt: '2024-03-04T10:00:00Z',
    clippedBy: null,
    updatedAt: '2024-03-04T10:00:00Z',
    deletedAt: null,
    version: 1,
    versionOf: null,
    earlierVersion: null,
    versions: [],
    supersededBy: null,
    ...fields,
  };
}

/** A yellow highlight without a note on clip 1, with the fields given. */
export function highlightFixture(fields: Partial<Highlight>): Highlight {
  return {
    id: 1,
    clipId: 1,
    exact: '',
    prefix: '',
    suffix: '',
    start: 0,
    end: 0,
    color: 'yellow',
    note: '',
    createdAt: '',
    author: null,
    ...fields,
  };
}
