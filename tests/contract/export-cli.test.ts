import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertCliBuilt, cuttings } from '../support/cli.js';
import { tempLibrary } from '../support/temp-library.js';

describe('the CLI’s exports', () => {
  const lib = tempLibrary('cuttings-cli-export-');
  const other = tempLibrary('cuttings-cli-import-');

  beforeAll(() => {
    assertCliBuilt();
    // The later report is filed first, so date order differs from the collection's.
    const articles: [string, string][] = [
      [
        'later.txt',
        'Bridge reopens after repairs\n\nDRESDEN, 12 March 2024 (Reuters) - The Carola bridge reopened on Tuesday after repairs that took a year.',
      ],
      [
        'earlier.txt',
        'Bridge closes after flood\n\nDRESDEN, 2 February 2024 (Reuters) - The Carola bridge closed on Friday as the Elbe rose above the warning mark.',
      ],
    ];
    expect(cuttings(lib.path, 'collection', 'create', 'Bridges').code).toBe(0);
    for (const [name, text] of articles) {
      writeFileSync(join(lib.dir, name), text);
      const added = cuttings(lib.path, 'add', join(lib.dir, name), '--collection', 'Bridges', '--tag', 'infrastructure', '--json');
      expect(added.code, added.err).toBe(0);
    }
  });

  afterAll(() => {
    lib.remove();
    other.remove();
  });

  it('writes Markdown when asked, or when the file ends in .md, and orders clips by date with --order', () => {
    const out = join(lib.dir, 'bridges.md');
    const r = cuttings(lib.path, 'dossier', '--collection', 'Bridges', '--out', out, '--order', 'date-asc', '--title', 'Bridges');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^Wrote .*bridges\.md \(\d+ KB, 2 clips\)\.\n$/);
    const md = readFileSync(out, 'utf8');
    expect(md.startsWith('# Bridges\n')).toBe(true);
    expect([...md.matchAll(/^## \d+\. (.+)$/gm)].map((m) => m[1])).toEqual(['Bridge closes after flood', 'Bridge reopens after repairs']);
    const desc = cuttings(
      lib.path,
      'dossier',
      '--collection',
      'Bridges',
      '--out',
      join(lib.dir, 'brief.txt'),
      '--format',
      'md',
      '--order',
      'date-desc',
      '--json',
    );
    expect(desc.code, desc.err).toBe(0);
    expect(JSON.parse(desc.out)).toMatchObject({ format: 'md', pages: null, clips: 2 });
    // Without --title, a collection's dossier is titled after the collection, as in the app.
    expect(readFileSync(join(lib.dir, 'brief.txt'), 'utf8').startsWith('# Bridges\n')).toBe(true);
    expect([...readFileSync(join(lib.dir, 'brief.txt'), 'utf8').matchAll(/^## \d+\. (.+)$/gm)].map((m) => m[1])).toEqual([
      'Bridge reopens after repairs',
      'Bridge closes after flood',
    ]);
  });

  it('writes a Word document when asked, or when the file ends in .docx', async () => {
    const out = join(lib.dir, 'bridges.docx');
    const r = cuttings(
      lib.path,
      'dossier',
      '--collection',
      'Bridges',
      '--out',
      out,
      '--order',
      'date-asc',
      '--title',
      'Bridges',
      '--marking',
      'Restricted',
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^Wrote .*bridges\.docx \(\d+ KB, 2 clips\)\.\n$/);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Restricted');
    expect(xml.indexOf('1. Bridge closes after flood')).toBeLessThan(xml.indexOf('2. Bridge reopens after repairs'));
    const asked = cuttings(
      lib.path,
      'dossier',
      '--collection',
      'Bridges',
      '--out',
      join(lib.dir, 'brief.bin'),
      '--format',
      'docx',
      '--json',
    );
    expect(asked.code, asked.err).toBe(0);
    expect(JSON.parse(asked.out)).toMatchObject({ format: 'docx', pages: null, clips: 2 });
    expect(readFileSync(join(lib.dir, 'brief.bin')).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses an unknown format or order, saying what it takes', () => {
    expect(cuttings(lib.path, 'dossier', '--collection', 'Bridges', '--out', join(lib.dir, 'x.md'), '--format', 'odt')).toMatchObject({
      code: 2,
      err: 'cuttings: --format is pdf, html, md, docx.\n',
    });
    expect(cuttings(lib.path, 'dossier', '--collection', 'Bridges', '--out', join(lib.dir, 'x.md'), '--order', 'title')).toMatchObject({
      code: 2,
      err: 'cuttings: --order is collection, date-asc, date-desc.\n',
    });
  });

  it('explains an --out path in a missing folder, in a folder it may not write to, or naming a folder, and leaves nothing behind', () => {
    const missing = cuttings(lib.path, 'dossier', '--collection', 'Bridges', '--out', join(lib.dir, 'no', 'such', 'x.md'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/the folder .*no[\\/]such does not exist\. Create it, or choose another folder\./);
    const folder = join(lib.dir, 'a-folder');
    mkdirSync(folder);
    const isFolder = cuttings(lib.path, 'dossier', '--collection', 'Bridges', '--out', folder, '--format', 'md');
    expect(isFolder.err).toMatch(/a-folder is a folder\. Give a file name inside it/);
    const locked = cuttings(lib.path, 'export', '--out', '/proc/1/library.json');
    expect(locked.code).toBe(1);
    expect(locked.err).toMatch(/Cannot write the export to \/proc\/1\/library\.json: you may not write to the folder \/proc\/1/);
    expect(readdirSync(folder)).toEqual([]);
    expect(readdirSync(lib.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('exports the library and imports it into another with nothing lost', () => {
    const out = join(lib.dir, 'library.json');
    const exported = cuttings(lib.path, 'export', '--out', out);
    expect(exported.code, exported.err).toBe(0);
    expect(exported.out).toMatch(/^Wrote .*library\.json \(2 clips, \d+ KB\)\.\n$/);
    expect(exported.err).toMatch(/Exporting: 2\/2 \(100%\)/);
    const imported = cuttings(other.path, 'import', out);
    expect(imported.code, imported.err).toBe(0);
    expect(imported.out).toContain('Added 2 clips');
    expect(imported.out).toContain(
      'library.json: 2 new clips, 0 clips already here; 1 new collection, 0 merged; 1 tag; 0 highlights; 0 comparisons; 0 saved dossiers.',
    );
    const again = join(other.dir, 'again.json');
    expect(cuttings(other.path, 'export', '--out', again).code).toBe(0);
    const strip = (path: string) => ({ ...JSON.parse(readFileSync(path, 'utf8')), exportedAt: null }) as unknown;
    expect(strip(again)).toEqual(strip(out));
    const search = cuttings(other.path, 'search', 'Carola', '--json');
    expect(JSON.parse(search.out).total).toBe(2);
  });

  it('exports one collection, and says so when there is no such collection', () => {
    const out = join(lib.dir, 'bridges.json');
    expect(cuttings(lib.path, 'export', '--out', out, '--collection', 'Bridges', '--json').code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).scope).toEqual({ collection: 'Bridges' });
    const none = cuttings(lib.path, 'export', '--out', join(lib.dir, 'none.json'), '--collection', 'Nope');
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/There is no collection called Nope/);
  });

  it('explains a JSON file that is not a Cuttings export', () => {
    const path = join(other.dir, 'package.json');
    writeFileSync(path, '{"name": "not-an-export"}');
    const r = cuttings(other.path, 'import', path);
    expect(r.code).toBe(1);
    expect(r.out).toContain('failed: ');
    expect(r.out).toContain('package.json is a JSON file but not a Cuttings export');
  });
});
