import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { tagColor, tagName } from '../../electron/shared/api/fields.js';
import { savedDossierShape, type SavedDossier } from '../../electron/shared/models/dossier.js';
import type { Clip, SavedClip } from '../../electron/shared/models/clip.js';
import type { Tag } from '../../electron/shared/models/organise.js';
import { exportedClip, exportText, sha256 } from '../support/export-file.js';
import { useTestCore } from '../support/test-core.js';

/**
 * An export may come from anyone: every value it brings in must be one the API itself would take.
 * Files here are written as another tool (or an attacker) might, with the fields the API checks
 * set to hostile values; what lands in the library is then read back through the API and held
 * to the API's own schemas.
 */

function exportFile(parts: { tags?: unknown[]; dossiers?: unknown[]; clip?: Record<string, unknown> }): string {
  const clip = exportedClip(1, 'Hostile export', ['A clip brought in from a file someone shared, about the harbour wall.'], parts.clip);
  return exportText({ clips: [clip], tags: parts.tags ?? [], dossiers: parts.dossiers ?? [] });
}

const hostileColor = fc.oneof(
  fc.constantFrom(
    'red;position:fixed;inset:0;background:url(x)',
    '#fff;}*{display:none',
    'var(--accent)',
    'url(javascript:alert(1))',
    '#12345',
    '#GGGGGG',
    'expression(alert(1))',
    '#D1453B',
  ),
  fc.string({ maxLength: 40 }),
);
const hostileName = fc.oneof(
  fc.constantFrom(
    'line one\nline two',
    '\n',
    ' / ',
    'a\r\nb/\tc',
    'x'.repeat(600),
    '<img src=x onerror=alert(1)>',
    '__proto__',
    'constructor',
  ),
  fc.string({ maxLength: 30 }),
);
const junkSpec = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    5,
    'spec',
    [],
    { title: 5 },
    { parts: 'all' },
    { paperSize: 'A0' },
    { order: 'sideways' },
    { date: 'yesterday' },
    {},
  ),
  fc.dictionary(fc.constantFrom('title', 'order', 'parts', 'paperSize', 'date', 'marking'), fc.anything({ maxDepth: 1 }), { maxKeys: 3 }),
);

const lib = useTestCore('cuttings-import-values-');
const { call } = lib;

let files = 0;
async function importText(text: string) {
  const file = join(lib.dir, `shared-${++files}.json`);
  writeFileSync(file, text);
  return lib.core.importFiles([file]);
}

describe('an imported export brings in only what the API would take', () => {
  it('leaves out a tag colour that is not the palette’s, and says so', async () => {
    const summary = await importText(
      exportFile({ tags: [{ name: 'alarm', color: 'red;position:fixed;inset:0;z-index:99' }], clip: { tags: ['alarm'] } }),
    );
    expect(summary.failed).toEqual([]);
    expect(summary.exports[0]!.summary.refused).toEqual([
      expect.stringContaining('tag “alarm”: its colour "red;position:fixed;inset:0;z-index:99" is not one of the tag palette'),
    ]);
    const tags = await call<Tag[]>('tags.list', {});
    expect(tags.find((t) => t.name === 'alarm')).toMatchObject({ color: null, count: 1 });
  });

  it('writes a tag name with a newline the one way the API does, so every tag method can reach it', async () => {
    await importText(exportFile({ tags: [{ name: 'first\nsecond/ third ', color: null }], clip: { tags: ['first\nsecond/ third '] } }));
    const tags = await call<Tag[]>('tags.list', {});
    expect(tags.map((t) => t.name)).toContain('first second/third');
    expect(tags.map((t) => t.name).some((n) => /\s{2}|\n/.test(n))).toBe(false);
    await call('tags.delete', { name: 'first second/third' });
  });

  it('refuses a saved dossier the builder could not open, naming it, and keeps the rest', async () => {
    const summary = await importText(
      exportFile({
        dossiers: [
          {
            name: 'Broken',
            spec: { title: { nested: true }, parts: 'everything' },
            collection: null,
            clips: null,
            createdAt: '2024-05-01T09:30:00Z',
            updatedAt: '2024-05-01T09:30:00Z',
          },
          {
            name: 'Fine',
            spec: { title: 'Harbour' },
            collection: null,
            clips: [1],
            createdAt: '2024-05-01T09:30:00Z',
            updatedAt: '2024-05-01T09:30:00Z',
          },
        ],
      }),
    );
    expect(summary.exports[0]!.summary.refused).toEqual([
      expect.stringMatching(/^saved dossier “Broken”: left out, because its spec\.title /),
    ]);
    expect((await call<SavedDossier[]>('dossier.saved.list', {})).map((d) => d.name)).toEqual(['Fine']);
  });

  it('computes the SHA-256 of the paste again rather than keep a forged one', async () => {
    const raw = 'Forged digest\n\nThe paste that came with a digest of some other text entirely.';
    const summary = await importText(
      exportFile({
        clip: {
          title: 'Forged digest',
          raw,
          paragraphs: ['The paste that came with a digest of some other text entirely.'],
          rawSha256: 'f'.repeat(64),
        },
      }),
    );
    expect(summary.exports[0]!.summary.refused).toEqual([expect.stringContaining('the SHA-256 in the file does not match the paste')]);
    const found = await call<{ hits: { id: number }[] }>('search.query', { query: '"digest of some other text"' });
    const clip = await call<Clip>('clips.get', { id: found.hits[0]!.id });
    expect(clip.rawSha256).toBe(sha256(raw));
  });

  it('refuses a file whose clip fields the API would refuse, naming the field', async () => {
    const summary = await importText(exportFile({ clip: { date: 'yesterday', paragraphs: ['A clip with a date no method would take.'] } }));
    expect(summary.failed).toEqual([
      { file: expect.any(String), reason: expect.stringMatching(/damaged: at clips\.0\.date, must be a date as YYYY-MM-DD/) },
    ]);
  });

  it('holds random hostile tags and dossiers to the API’s schemas', async () => {
    const apiDossier = z.object(savedDossierShape);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(hostileName, hostileColor), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(hostileName, junkSpec), { maxLength: 3 }),
        async (tags, dossiers) => {
          const body = `Property run ${++files}: a shared clip about the ferry timetable and the harbour wall.`;
          const summary = await importText(
            exportFile({
              tags: tags.map(([name, color]) => ({ name, color })),
              dossiers: dossiers.map(([name, spec]) => ({
                name,
                spec,
                collection: null,
                clips: null,
                createdAt: '2024-05-01T09:30:00Z',
                updatedAt: '2024-05-01T09:30:00Z',
              })),
              clip: { raw: body, paragraphs: [body], rawSha256: sha256(body), tags: tags.map(([name]) => name) },
            }),
          );
          const outcome = summary.failed.length ? summary.failed[0]!.reason : '';
          if (outcome) expect(outcome).toMatch(/is a Cuttings export but it is damaged: at tags\.|at clips\.0\.tags/);
          for (const t of await call<Tag[]>('tags.list', {})) {
            expect(tagName.safeParse(t.name)).toMatchObject({ success: true, data: t.name });
            if (t.color !== null) expect(tagColor.safeParse(t.color)).toMatchObject({ success: true, data: t.color });
          }
          for (const d of await call<SavedDossier[]>('dossier.saved.list', {})) {
            expect(apiDossier.safeParse({ name: d.name, spec: d.spec, collection: d.collection, clipIds: d.clipIds }).success).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps a tag the user coloured from the palette through the API', async () => {
    await call<SavedClip>('clips.create', { text: 'A clip for the palette check, about tide tables.' });
    await call('tags.apply', { clipIds: [1], names: ['palette'] });
    const refused = await lib.core.dispatch('tags.setColor', { name: 'palette', color: '#123456' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'bad_input', message: expect.stringContaining('must be a colour of the tag palette') },
    });
    await call('tags.setColor', { name: 'palette', color: '#D1453B' });
    expect((await call<Tag[]>('tags.list', {})).find((t) => t.name === 'palette')!.color).toBe('#d1453b');
  });
});
