import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreService, type CoreService } from '../../../electron/core/core-service.js';
import type { Clip, ClipPage } from '../../../electron/shared/models/clip.js';
import type { ImportFileResult } from '../../../electron/shared/models/file-import.js';
import { assertCliBuilt, CLI } from '../../support/cli.js';
import { PdfMaker } from '../../support/make-pdf.js';
import { tempLibrary } from '../../support/temp-library.js';

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the harbour report. Inspectors counted the vessels waiting at the outer anchorage, and the port office published its weekly figures on Friday afternoon.</p>`;

const twoColumns = `
  <h1>Harbour traffic doubles in spring</h1>
  <div class="columns">${Array.from({ length: 24 }, (_, i) => paragraph(i)).join('')}
  <p>The pilots said the dredging had been finished ahead of sche-<br>dule, and the inter-<br>national berth opened early.</p></div>`;

const cyrillicAndChinese = `
  <h1>Порт удвоил перевалку зерна</h1>
  <p>Министерство транспорта сообщило в пятницу, что перевалка зерна через северный порт весной выросла вдвое.</p>
  <p>港口管理局周五表示，春季经北方港口转运的粮食数量翻了一番。</p>`;

const threeArticles = ['Ferry timetable changes from Monday', 'New lighthouse keeper appointed', 'Fish market moves to the east quay']
  .map(
    (h, i) =>
      `<h1>${h}</h1><p>Story ${i + 1}: the council confirmed the change at its meeting on Tuesday, officials said.</p><p>Residents were told in a letter this week.</p>`,
  )
  .join('');

const agenda = ['Bridge repairs start in June', 'Library extends its opening hours']
  .map((h, i) => `<h1>${h}</h1><p>Item ${i + 1}: the town hall announced the plan in a statement on Wednesday.</p>`)
  .join('');

const scan = `<canvas id="c" width="800" height="1000"></canvas>
  <script>const g = document.getElementById('c').getContext('2d'); g.fillStyle = '#fff'; g.fillRect(0, 0, 800, 1000);
  g.fillStyle = '#000'; g.font = '28px serif'; g.fillText('A scanned page of a newspaper', 40, 80);</script>`;

describe('importing PDF articles', () => {
  const lib = tempLibrary('cuttings-pdf-import-');
  const maker = new PdfMaker();
  let core: CoreService;
  const file = (name: string) => join(lib.dir, name);

  const clips = async (): Promise<Clip[]> => {
    const page = (await core.dispatch('clips.list', {})) as { ok: true; value: ClipPage };
    return Promise.all(
      page.value.items.map(async (c) => ((await core.dispatch('clips.get', { id: c.id })) as { ok: true; value: Clip }).value),
    );
  };

  beforeAll(async () => {
    writeFileSync(file('columns.pdf'), await maker.pdf(twoColumns, { runningHeader: 'The Weekly Harbour Review', pageNumbers: true }));
    writeFileSync(file('scripts.pdf'), await maker.pdf(cyrillicAndChinese));
    writeFileSync(file('bulletin.pdf'), await maker.pdf(threeArticles));
    writeFileSync(file('scan.pdf'), await maker.pdf(scan));
    writeFileSync(file('agenda.pdf'), await maker.pdf(agenda));
    await maker.close();
    core = createCoreService(lib.path);
  }, 120_000);
  afterAll(() => {
    core?.close();
    lib.remove();
  });

  it('reads two columns in order, joins hyphenated line ends, and drops running headers and page numbers', async () => {
    const summary = await core.importFiles([file('columns.pdf')]);
    expect(summary.failed).toEqual([]);
    expect(summary.added).toBe(1);
    const [clip] = await clips();
    expect(clip!.title).toBe('Harbour traffic doubles in spring');
    const text = clip!.paragraphs.join('\n');
    const order = Array.from({ length: 24 }, (_, i) => text.indexOf(`Paragraph ${i} of the harbour report.`));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).toContain('ahead of schedule, and the international berth');
    expect(text).not.toContain('Weekly Harbour Review');
    expect(clip!.paragraphs.some((p) => /^\d+$/.test(p.trim()))).toBe(false);
    expect(clip!.paragraphs.filter((p) => p.startsWith('Paragraph'))).toHaveLength(24);
  });

  it('keeps Cyrillic and Chinese text', async () => {
    const summary = await core.importFiles([file('scripts.pdf')]);
    expect(summary.added).toBe(1);
    const clip = (await clips()).find((c) => c.title === 'Порт удвоил перевалку зерна');
    expect(clip?.paragraphs.join('\n')).toContain('перевалка зерна через северный порт весной выросла вдвое');
    expect(clip?.paragraphs.join('\n')).toContain('港口管理局周五表示，春季经北方港口转运的粮食数量翻了一番。');
  });

  it('names a scan that has no text layer instead of saving an empty clip', async () => {
    const before = (await clips()).length;
    const summary = await core.importFiles([file('scan.pdf')]);
    expect(summary.added).toBe(0);
    expect(summary.failed).toEqual([
      { file: file('scan.pdf'), reason: expect.stringMatching(/^scan\.pdf has no text layer \(a scanned image\?\); run OCR first/) },
    ]);
    expect(await clips()).toHaveLength(before);
  });

  it('splits a PDF of several articles at its headlines, and the CLI says how many it found', async () => {
    core.close();
    assertCliBuilt();
    const out = execFileSync(process.execPath, [CLI, 'import', file('bulletin.pdf'), '--library', lib.path], { encoding: 'utf8' });
    expect(out).toContain('Added 3 clips');
    expect(out).toContain('bulletin.pdf: 3 articles found, each saved as a clip.');
    core = createCoreService(lib.path);
    const titles = (await clips()).map((c) => c.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Ferry timetable changes from Monday',
        'New lighthouse keeper appointed',
        'Fish market moves to the east quay',
      ]),
    );
    const ferry = (await clips()).find((c) => c.title === 'Ferry timetable changes from Monday');
    expect(ferry?.paragraphs.join(' ')).toContain('Story 1:');
    expect(ferry?.paragraphs.join(' ')).not.toContain('Story 2:');
  });

  it('takes a PDF the app sends as base64 and answers once for each article in it', async () => {
    const base64 = readFileSync(file('agenda.pdf')).toString('base64');
    const answer = (await core.dispatch('import.files', { files: [{ name: 'agenda.pdf', base64 }] })) as {
      ok: true;
      value: ImportFileResult[];
    };
    expect(answer.value.map((r) => [r.name, r.outcome, r.partOf])).toEqual([
      ['agenda.pdf — 1 of 2: Bridge repairs start in June', 'added', { file: 'agenda.pdf', count: 2 }],
      ['agenda.pdf — 2 of 2: Library extends its opening hours', 'added', { file: 'agenda.pdf', count: 2 }],
    ]);
    const scanAnswer = (await core.dispatch('import.files', {
      files: [{ name: 'scan.pdf', base64: readFileSync(file('scan.pdf')).toString('base64') }],
    })) as {
      ok: true;
      value: ImportFileResult[];
    };
    expect(scanAnswer.value).toEqual([
      { name: 'scan.pdf', outcome: 'failed', reason: expect.stringContaining('scan.pdf has no text layer') },
    ]);
  });

  it('keeps a PDF of several articles as one clip when asked to, in the app and with --no-pdf-split', async () => {
    const base64 = readFileSync(file('agenda.pdf')).toString('base64');
    const headlines = (await core.dispatch('import.pdfArticles', { name: 'agenda.pdf', base64 })) as {
      ok: true;
      value: { headlines: string[] };
    };
    expect(headlines.value.headlines).toEqual(['Bridge repairs start in June', 'Library extends its opening hours']);
    const whole = (await core.dispatch('import.files', { files: [{ name: 'agenda-whole.pdf', base64, pdfSplit: false }] })) as {
      ok: true;
      value: ImportFileResult[];
    };
    expect(whole.value.map((r) => [r.name, r.outcome, r.partOf])).toEqual([['agenda-whole.pdf', 'added', undefined]]);

    core.close();
    const out = execFileSync(process.execPath, [CLI, 'import', file('bulletin.pdf'), '--no-pdf-split', '--library', lib.path], {
      encoding: 'utf8',
    });
    expect(out).toContain('Added 1 clip');
    expect(out).not.toContain('articles found');
    core = createCoreService(lib.path);
    const kept = (await clips()).filter((c) => c.paragraphs.join(' ').includes('Story 3:'));
    expect(kept.map((c) => [c.title, c.paragraphs.join(' ').includes('Story 1:')])).toContainEqual([
      'Ferry timetable changes from Monday',
      true,
    ]);
  });

  it('names every format it reads in `cuttings import --help`', () => {
    const help = execFileSync(process.execPath, [CLI, 'import', '--help'], { encoding: 'utf8' });
    for (const name of [
      '.pdf',
      '--no-pdf-split',
      'Evernote .enex',
      'Joplin .jex',
      'Markdown export',
      'wallabag JSON',
      'Omnivore',
      'Readwise Reader',
      'Zotero CSL JSON',
    ])
      expect(help).toContain(name);
  });
});
