import { createHash } from 'node:crypto';
import { wordCount } from '../../electron/shared/text/clip-body.js';

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const WRITTEN_AT = '2024-05-01T09:30:00.000Z';

/** One clip as a Cuttings export writes it, every field present; `fields` replaces any of them. */
export function exportedClip(
  key: number,
  title: string,
  paragraphs: string[],
  fields: Record<string, unknown> = {},
): Record<string, unknown> {
  const raw = [title, ...paragraphs].join('\n\n');
  return {
    key,
    title,
    paragraphs,
    raw,
    rawHtml: null,
    rawSha256: sha256(raw),
    date: null,
    dateline: null,
    source: null,
    byline: [],
    language: 'en',
    url: null,
    wordCount: wordCount(paragraphs),
    cruft: [],
    notes: '',
    quotes: [],
    people: [],
    places: [],
    organizations: [],
    tags: [],
    highlights: [],
    createdAt: WRITTEN_AT,
    updatedAt: WRITTEN_AT,
    deletedAt: null,
    versionOf: null,
    ...fields,
  };
}

/** A collection as an export writes it, holding the clips of the given keys. */
export function exportedCollection(
  key: number,
  name: string,
  clips: number[],
  fields: Record<string, unknown> = {},
): Record<string, unknown> {
  return { key, parent: null, name, description: '', query: null, createdAt: WRITTEN_AT, clips, comparisons: [], ...fields };
}

export interface ExportParts {
  clips: Record<string, unknown>[];
  tags?: unknown[];
  collections?: unknown[];
  comparisons?: unknown[];
  dossiers?: unknown[];
}

/** An export file's text laid out as Cuttings writes it: the head, then one clip per line. */
export function exportText({ clips, tags = [], collections = [], comparisons = [], dossiers = [] }: ExportParts): string {
  const head = JSON.stringify(
    {
      format: 'cuttings-export',
      version: 1,
      exportedAt: '2024-05-02T10:00:00.000Z',
      scope: { collection: null },
      clipCount: clips.length,
      tags,
      collections,
      comparisons,
      dossiers,
    },
    null,
    1,
  );
  return `${head.replace(/\n}$/, ',')}\n "clips": [\n${clips.map((c) => JSON.stringify(c)).join(',\n')}\n ]\n}\n`;
}

/** `n` short reports, all tagged "shared" and gathered in the collection "Shared": a large export to import in batches. */
export function largeExport(n: number): string {
  const clips = Array.from({ length: n }, (_, i) =>
    exportedClip(
      i + 1,
      `Report ${i + 1}`,
      [`Shared report ${i + 1}: the ferry ${i * 7} left the harbour wall at dawn with ${i} passengers aboard.`],
      {
        tags: ['shared'],
      },
    ),
  );
  return exportText({
    clips,
    tags: [{ name: 'shared', color: null }],
    collections: [
      exportedCollection(
        1,
        'Shared',
        clips.map((_, i) => i + 1),
      ),
    ],
  });
}
