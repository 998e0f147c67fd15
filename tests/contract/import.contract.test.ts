import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clip } from '../../electron/shared/models/clip.js';
import type { ImportFileResult } from '../../electron/shared/models/file-import.js';
import { createCoreService } from '../../electron/core/core-service.js';
import { corpusText } from '../support/fixtures.js';
import { tempLibrary } from '../support/temp-library.js';
import { inProcess, overHttp, succeeded, type TransportUnderTest } from '../support/transports.js';

const article = corpusText('v04_tass_barents_rescue');
const html = `<html><head><title>x</title></head><body><article><h1>Viaduct reopens after repairs</h1><p>The city's main viaduct reopened on Tuesday after eight months of repairs, officials said.</p><p>Traffic was light in the first hours, but the mayor said queues would ease by the weekend.</p></article></body></html>`;
const email = [
  'From: Desk <desk@example.org>',
  'Date: Tue, 4 Jul 2023 09:00:00 +0000',
  'Subject: =?utf-8?B?R3JhaW4gY29ycmlkb3I=?=',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Grain ships left Odesa under escort on Monday, the port authority said.',
  '',
  'Insurers had raised premiums before the convoy sailed.',
].join('\r\n');

describe.each([
  ['in-process', async () => inProcess()],
  ['over HTTP', overHttp],
])('importing files the app read %s', (_name, connect) => {
  let t: TransportUnderTest;

  const ok = <T>(method: string, args: unknown) => succeeded<T>(t, method, args);

  beforeAll(async () => {
    t = await connect();
  });
  afterAll(() => t.close());

  it('saves each file, reports duplicates, versions and failures, and skips unknown types', async () => {
    const results = await ok<ImportFileResult[]>('import.files', {
      files: [
        { name: 'desk/barents.txt', text: article },
        { name: 'desk/viaduct.html', text: html },
        { name: 'desk/grain.eml', text: email },
        { name: 'desk/again.md', text: article },
        { name: 'desk/empty.txt', text: '   ' },
        { name: 'desk/report.docx', text: 'PK' },
      ],
    });
    expect(results.map((r) => [r.name, r.outcome])).toEqual([
      ['desk/barents.txt', 'added'],
      ['desk/viaduct.html', 'added'],
      ['desk/grain.eml', 'added'],
      ['desk/again.md', 'duplicate'],
      ['desk/empty.txt', 'failed'],
      ['desk/report.docx', 'failed'],
    ]);
    const [barents, viaduct, grain, again, empty, pdf] = results;
    if (again?.outcome === 'duplicate' && barents?.outcome === 'added') expect(again.of).toBe(barents.id);
    if (empty?.outcome === 'failed') expect(empty.reason).toMatch(/file is empty/);
    if (pdf?.outcome === 'failed') expect(pdf.reason).toContain('.pdf');
    if (viaduct?.outcome === 'added')
      expect((await ok<Clip>('clips.get', { id: viaduct.id })).paragraphs.join(' ')).toContain('main viaduct reopened');
    if (grain?.outcome === 'added')
      expect((await ok<Clip>('clips.get', { id: grain.id })).paragraphs.join(' ')).toContain('Grain ships left Odesa');
  });

  it('files a later file that adds paragraphs to an imported story as its new version, saying so', async () => {
    const update = [
      'By the evening the last of the crew had been flown to the regional hospital, where doctors said all of them were in a stable condition and would be kept in overnight for observation.',
      'The owner of the trawler said it would cooperate fully with the investigation into the accident and thanked the rescue services for their speed in difficult weather.',
      'Investigators are expected to examine the vessel once it has been towed back to port later in the week, officials said.',
    ].join('\n\n');
    const results = await ok<ImportFileResult[]>('import.files', {
      files: [{ name: 'desk/barents-update.txt', text: `${article}\n\n${update}` }],
    });
    expect(results[0]).toMatchObject({ outcome: 'version', contained: true });
  });

  it('refuses an empty or oversized batch with a clear message', async () => {
    const none = await t.invoke('import.files', { files: [] });
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.error.message).toContain('at least one file');
    const many = await t.invoke('import.files', { files: Array.from({ length: 51 }, (_, i) => ({ name: `${i}.txt`, text: 'x' })) });
    expect(many.ok).toBe(false);
  });
});

describe('the app and `cuttings import` convert a file the same way', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cuttings-import-'));
  const fromDisk = tempLibrary();
  const fromApp = tempLibrary();
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    fromDisk.remove();
    fromApp.remove();
  });

  it('gives the same clips from the same files', async () => {
    const files = { 'a.txt': article, 'b.html': html, 'c.eml': email };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const disk = createCoreService(fromDisk.path);
    const app = createCoreService(fromApp.path);
    try {
      await disk.importFiles(Object.keys(files).map((name) => join(dir, name)));
      await app.dispatch('import.files', { files: Object.entries(files).map(([name, text]) => ({ name, text })) });
      for (const id of [1, 2, 3]) {
        const [a, b] = (await Promise.all([disk.handlers['clips.get']({ id }), app.handlers['clips.get']({ id })])) as Clip[];
        expect(a?.id).toBe(id);
        expect({ ...b, createdAt: '', updatedAt: '' }).toEqual({ ...a, createdAt: '', updatedAt: '' });
      }
    } finally {
      disk.close();
      app.close();
    }
  });
});
