import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreService, type CoreService } from '../../electron/core/core-service.js';
import type { DossierExport } from '../../electron/shared/api/contract.js';
import type { SavedClip } from '../../electron/shared/models/clip.js';
import type { Highlight } from '../../electron/shared/models/organise.js';
import { tempLibrary } from '../support/temp-library.js';

/** Text that tries to be Markdown and HTML: the export must print it as these characters. */
const HOSTILE = [
  '# Not a heading *not bold* [not a link](http://evil.example) <script>alert(1)</script>',
  '',
  '- not a list item, and 1984. not a numbered one',
  '',
  '    not a code block, ==not a highlight== and `not code` | not a table',
].join('\n');

describe('the Markdown dossier', () => {
  const lib = tempLibrary('cuttings-md-');
  let core: CoreService;
  const ids: Record<string, number> = {};

  async function call<T>(method: string, args: unknown): Promise<T> {
    const r = await core.dispatch(method, args);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as T;
  }

  async function clip(name: string, date: string | null, paragraphs: string[], source = 'Reuters') {
    const saved = await call<SavedClip>('clips.create', {
      text: paragraphs.join('\n\n'),
      draft: { title: name, date, source, paragraphs, people: ['Anna Berg'], quotes: [{ speaker: 'Anna Berg', text: 'We will rebuild the bridge' }] },
    });
    ids[name] = saved.id;
  }

  async function exportMd(extra: Record<string, unknown> = {}, spec: Record<string, unknown> = {}): Promise<string> {
    const outPath = join(lib.dir, 'brief.md');
    const result = await call<DossierExport>('dossier.export', {
      clipIds: [ids.Middle, ids.Undated, ids.Early, ids.Hostile, ids.Late],
      spec: { title: 'Bridge brief', author: 'Desk A', subtitle: 'For the minister', marking: 'CONFIDENTIAL', introduction: '# Background\n\nWhy <b>this</b> matters.', ...spec },
      outPath,
      format: 'md',
      ...extra,
    });
    expect(result.format).toBe('md');
    expect(result.pages).toBeNull();
    return readFileSync(outPath, 'utf8');
  }

  beforeAll(async () => {
    core = createCoreService(lib.path);
    await clip('Middle', '2024-03-10', ['The bridge in Dresden closed on Sunday after the flood.', 'Engineers said repairs could take a year.']);
    await clip('Undated', null, ['A note with no date at all about the river.']);
    await clip('Early', '2024-03-01', ['Water rose along the Elbe through the night.']);
    await clip('Hostile', '2024-03-05', HOSTILE.split('\n\n'), 'The <Daily> *Star*');
    await clip('Late', '2024-03-20', ['The city council voted to rebuild the bridge by 2026.']);
    await call<Highlight>('highlights.add', { clipId: ids.Middle, exact: 'closed on Sunday', start: 19, end: 35, color: 'yellow', note: 'Check the day with the city.' });
    await call<Highlight>('highlights.add', { clipId: ids.Late, exact: 'rebuild the bridge', start: 25, end: 43, color: 'green', note: '' });
    await call('clips.update', { id: ids.Early, fields: { notes: 'Own note on the Elbe.' } });
  });

  afterAll(() => {
    core.close();
    lib.remove();
  });

  it('has a title block with the cover fields, contents, the introduction and every clip in the order given', async () => {
    const md = await exportMd();
    expect(md.startsWith('**CONFIDENTIAL**\n\n# Bridge brief\n\n*For the minister*\n')).toBe(true);
    expect(md).toContain('- **Prepared by:** Desk A');
    expect(md).toContain('- **Contents:** 5 clips from 2 outlets');
    expect(md).toContain('## Contents');
    expect(md).toContain('1. [Middle](#clip-1) (Reuters · 10 March 2024)');
    // The user's introduction stays Markdown, its heading moved under the part's heading.
    expect(md).toContain('## Introduction\n\n### Background\n\nWhy \\<b>this\\</b> matters.');
    const headings = [...md.matchAll(/^## (\d+)\. (.+)$/gm)].map((m) => m[2]);
    expect(headings).toEqual(['Middle', 'Undated', 'Early', 'Hostile', 'Late']);
  });

  it('marks highlights, numbers notes as footnotes and gives each clip a metadata and a source line', async () => {
    const md = await exportMd();
    expect(md).toContain('*Reuters · 10 March 2024*');
    expect(md).toContain('The bridge in Dresden ==closed on Sunday==[^1] after the flood.');
    expect(md).toContain('[^1]: Check the day with the city.');
    expect(md).toContain('The city council voted to ==rebuild the bridge== by 2026.');
    expect(md).toContain('**Notes**\n\nOwn note on the Elbe.');
    expect(md).toMatch(/Source: Reuters, 10 March 2024\. Captured \d+ \w+ \d{4}, \d\d:\d\d UTC\. Cuttings clip \d+\./);
  });

  it('escapes clip text so it cannot make headings, lists, links, code, HTML or highlights', async () => {
    const md = await exportMd();
    expect(md).toContain('\\# Not a heading \\*not bold\\* \\[not a link\\](http://evil.example) \\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('\n\\- not a list item, and 1984. not a numbered one\n');
    expect(md).toContain('\nnot a code block, \\=\\=not a highlight\\=\\= and \\`not code\\` \\| not a table\n');
    expect(md).toContain('*The \\<Daily\\> \\*Star\\* · 5 March 2024*');
    expect(md).not.toContain('<script>');
  });

  it('lists the indexes', async () => {
    const md = await exportMd();
    expect(md).toContain('## Index of names\n\n### People\n\n- Anna Berg: clip [1](#clip-1), [2](#clip-2), [3](#clip-3), [4](#clip-4), [5](#clip-5)');
    expect(md).toContain('### Anna Berg\n\n- “We will rebuild the bridge” (Middle, Reuters, clip [1](#clip-1))');
    expect(md).toContain('## Sources\n\n- **Reuters**\n  - Middle, 10 Mar 2024 (clip [1](#clip-1))');
    expect(md).toMatch(/## Timeline\n\n- 1 Mar 2024: Early \(Reuters\), clip \[3\]\(#clip-3\)\n[^]*- Undated: Undated \(Reuters\), clip \[2\]\(#clip-2\)\n/);
  });

  it('prints clips by date, oldest or newest first, with undated clips last either way', async () => {
    const titles = (md: string) => [...md.matchAll(/^## \d+\. (.+)$/gm)].map((m) => m[1]);
    expect(titles(await exportMd({}, { order: 'date-asc' }))).toEqual(['Early', 'Hostile', 'Middle', 'Late', 'Undated']);
    expect(titles(await exportMd({}, { order: 'date-desc' }))).toEqual(['Late', 'Middle', 'Hostile', 'Early', 'Undated']);
  });

  it('prints the PDF and HTML in the same order', async () => {
    const outPath = join(lib.dir, 'brief.html');
    await call('dossier.export', { clipIds: [ids.Middle, ids.Undated, ids.Early], spec: { order: 'date-asc' }, outPath, format: 'html' });
    const html = readFileSync(outPath, 'utf8');
    const order = [...html.matchAll(/<h2 class="clip-title[^"]*">([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(order).toEqual(['Early', 'Middle', 'Undated']);
  });

  it('refuses an unknown order with a clear message', async () => {
    const r = await core.dispatch('dossier.export', { clipIds: [ids.Early], spec: { order: 'alphabetical' }, outPath: join(lib.dir, 'x.md'), format: 'md' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/spec\.order/);
  });
});
