import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedClip } from '../../electron/shared/models/clip.js';
import { inProcess, succeeded, type TransportUnderTest } from '../support/transports.js';

const OLDER =
  'Rail link reopens\n\nRENNING, 3 June 2024 (Valley Post) - The rail link to Renning reopened on Monday, with 220 trains a week.';
const NEWER =
  'Rail link reopens\n\nRENNING, 3 June 2024 (Valley Post) - The rail link to Renning reopened on Monday, with 260 trains a week, the operator said in a correction.';

/** Dossiers say where a printed clip was superseded by a newer version printed beside it, and give each clip's address. */
describe('versions and addresses in dossiers', () => {
  let t: TransportUnderTest;
  let older: SavedClip;
  let newer: SavedClip;
  const ok = <T>(method: string, args: unknown) => succeeded<T>(t, method, args);

  beforeAll(async () => {
    t = inProcess();
    older = await ok<SavedClip>('clips.create', { text: OLDER, draft: { url: 'https://valley.example.com/rail-link' } });
    newer = await ok<SavedClip>('clips.create', { text: NEWER, versionOf: older.id });
  });
  afterAll(async () => t.close());

  it('notes “superseded by” in the HTML when both versions are printed, and not when only the older one is', async () => {
    const both = await ok<{ html: string }>('dossier.preview', { clipIds: [older.id, newer.id], paginate: false });
    const text = both.html.replace(/<[^>]+>/g, '');
    expect(text).toContain('Superseded by no. 2, “Rail link reopens”, a newer version of this report.');
    expect(text.match(/Superseded by/g)).toHaveLength(1);
    expect(both.html).toContain('href="https://valley.example.com/rail-link"');
    const alone = await ok<{ html: string }>('dossier.preview', { clipIds: [older.id], paginate: false });
    expect(alone.html).not.toContain('Superseded by');
  });

  it('notes it in Markdown, with the address on the source line', async () => {
    const outPath = join(t.dir, 'rail.md');
    await ok('dossier.export', { clipIds: [older.id, newer.id], spec: { order: 'collection' }, outPath, format: 'md' });
    const md = readFileSync(outPath, 'utf8');
    expect(md).toContain('> **Superseded** by [no. 2, “Rail link reopens”](#clip-2), a newer version of this report.');
    expect(md).toMatch(/^Source: Valley Post, .*<https:\/\/valley\.example\.com\/rail-link> Cuttings clip \d+\.$/m);
  });
});
