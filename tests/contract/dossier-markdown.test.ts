import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DossierExport } from '../../electron/shared/models/dossier.js';
import type { Highlight } from '../../electron/shared/models/organise.js';
import type { AddedComparison } from '../../electron/shared/models/saved-comparison.js';
import { saveBriefClip } from '../support/dossier-clips.js';
import { useTestCore } from '../support/test-core.js';

/** Text that tries to be Markdown and HTML: the export must print it as these characters. */
const HOSTILE = [
  '# Not a heading *not bold* [not a link](http://evil.example) <script>alert(1)</script>',
  '',
  '- not a list item, and 1984. not a numbered one',
  '',
  '    not a code block, ==not a highlight== and `not code` | not a table',
].join('\n');

describe('the Markdown dossier', () => {
  const lib = useTestCore('cuttings-md-');
  const { call } = lib;
  const ids: Record<string, number> = {};
  const comparisonIds: number[] = [];

  async function clip(name: string, date: string | null, paragraphs: string[], source = 'Reuters', draft: Record<string, unknown> = {}) {
    ids[name] = await saveBriefClip(call, name, date, paragraphs, source, draft);
  }

  async function exportMd(extra: Record<string, unknown> = {}, spec: Record<string, unknown> = {}): Promise<string> {
    const outPath = join(lib.dir, 'brief.md');
    const result = await call<DossierExport>('dossier.export', {
      clipIds: [ids.Middle, ids.Undated, ids.Early, ids.Hostile, ids.Late],
      spec: {
        title: 'Bridge brief',
        author: 'Desk A',
        subtitle: 'For the minister',
        marking: 'CONFIDENTIAL',
        introduction: '# Background\n\nWhy <b>this</b> matters.',
        ...spec,
      },
      outPath,
      format: 'md',
      ...extra,
    });
    expect(result.format).toBe('md');
    expect(result.pages).toBeNull();
    return readFileSync(outPath, 'utf8');
  }

  beforeAll(async () => {
    await clip('Middle', '2024-03-10', [
      'The bridge in Dresden closed on Sunday after the flood.',
      'Engineers said repairs could take a year.',
    ]);
    await clip('Undated', null, ['A note with no date at all about the river.']);
    await clip('Early', '2024-03-01', ['Water rose along the Elbe through the night.']);
    await clip('Hostile', '2024-03-05', HOSTILE.split('\n\n'), 'The <Daily> *Star*');
    await clip('Late', '2024-03-20', ['The city council voted to rebuild the bridge by 2026.']);
    await call<Highlight>('highlights.add', {
      clipId: ids.Middle,
      exact: 'closed on Sunday',
      start: 19,
      end: 35,
      color: 'yellow',
      note: 'Check the day with the city.',
    });
    await call<Highlight>('highlights.add', {
      clipId: ids.Late,
      exact: 'rebuild the bridge',
      start: 25,
      end: 43,
      color: 'green',
      note: '',
    });
    await call('clips.update', { id: ids.Early, fields: { notes: 'Own note on the Elbe.' } });
    await clip(
      'Rival',
      '2024-03-11',
      [
        'The bridge in Dresden closed on Monday after the flood.',
        'Engineers said repairs could take a year.',
        'Police shut the roads | all of them *today*.',
      ],
      'AFP',
      {
        byline: ['Jo Lenz'],
        people: ['Anna Berg', 'Olaf Kern'],
        quotes: [
          { speaker: 'Anna Berg', text: 'We will rebuild the bridge' },
          { speaker: 'Olaf Kern', text: 'The roads stay shut' },
        ],
      },
    );
    const briefs = await call<{ id: number }>('collections.create', { name: 'Bridge' });
    const first = await call<AddedComparison>('comparisons.add', {
      collectionId: briefs.id,
      a: ids.Middle,
      b: ids.Rival,
      title: 'Sunday or *Monday*?',
    });
    const second = await call<AddedComparison>('comparisons.add', { collectionId: briefs.id, a: ids.Early, b: ids.Hostile });
    comparisonIds.push(first.comparison.id, second.comparison.id);
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
    expect(md).toContain(
      '## Index of names\n\n### People\n\n- Anna Berg: clip [1](#clip-1), [2](#clip-2), [3](#clip-3), [4](#clip-4), [5](#clip-5)',
    );
    expect(md).toContain('### Anna Berg\n\n- “We will rebuild the bridge” (Middle, Reuters, clip [1](#clip-1))');
    expect(md).toContain('## Sources\n\n- **Reuters**\n  - Middle, 10 Mar 2024 (clip [1](#clip-1))');
    expect(md).toMatch(
      /## Timeline\n\n- 1 Mar 2024: Early \(Reuters\), clip \[3\]\(#clip-3\)\n[^]*- Undated: Undated \(Reuters\), clip \[2\]\(#clip-2\)\n/,
    );
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
    const r = await lib.core.dispatch('dossier.export', {
      clipIds: [ids.Early],
      spec: { order: 'alphabetical' },
      outPath: join(lib.dir, 'x.md'),
      format: 'md',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/spec\.order/);
  });
  it('prints saved comparisons after the clips: both sides, the counts, the aligned sentences, quotes and names', async () => {
    const md = await exportMd({ comparisonIds });
    expect(md).toContain('- **Contents:** 5 clips from 2 outlets; 2 comparisons');
    expect(md).toContain(
      `**Comparisons**\n\n- [C1. Sunday or \\*Monday\\*?](#comparison-1) (Reuters, 10 March 2024 · AFP, 11 March 2024)\n- [C2. Early — Hostile](#comparison-2) (Reuters, 1 March 2024 · The \\<Daily\\> \\*Star\\*, 5 March 2024)\n\n**Reference**\n\n- [Index of names](#index-of-names)`,
    );
    const part = md.slice(md.indexOf('\n## Comparisons\n'), md.indexOf('\n## Index of names\n'));
    expect(md.indexOf('\n## 5. Late\n')).toBeLessThan(md.indexOf('\n## Comparisons\n'));
    expect(part).toContain('<a id="comparison-1"></a>\n\n### C1. Sunday or \\*Monday\\*?\n');
    expect(part).toContain(
      `- **A:** Middle (*Reuters · 10 March 2024*; clip ${ids.Middle})\n- **B:** Rival (*AFP · 11 March 2024*; by Jo Lenz; clip ${ids.Rival})`,
    );
    expect(part).toMatch(/\*\*\d+% similar\.\*\* Sentences: 1 same \(=\), 1 changed \(~\), 1 only in A \(−\), 2 only in B \(\+\)\./);
    expect(part).toContain('|   | A · Reuters | B · AFP |\n| :-: | --- | --- |\n');
    expect(part).toContain(
      '| ~ | The bridge in Dresden closed on ~~Sunday~~ after the flood. | The bridge in Dresden closed on **Monday** after the flood. |',
    );
    expect(part).toContain('| = | Engineers said repairs could take a year. | Engineers said repairs could take a year. |');
    // Clip text in a cell is escaped as everywhere else, its pipes too, so it stays in its column.
    expect(part).toContain('| + |   | Police shut the roads \\| all of them \\*today\\*. |');
    expect(part).toContain('#### Quotes in both\n\n- Anna Berg: A “We will rebuild the bridge”; B “We will rebuild the bridge”');
    expect(part).toContain('#### Quotes only in A\n\n*None.*\n\n#### Quotes only in B\n\n- “The roads stay shut” (Olaf Kern)');
    expect(part).toContain(
      '#### Named only in A\n\n*B names everyone A does.*\n\n#### Named only in B\n\nOlaf Kern\n\n**Named in both:** Anna Berg',
    );
    expect(part).toContain('### C2. Early — Hostile');
    expect(part).toContain(
      '| + |   | \\# Not a heading \\*not bold\\* \\[not a link\\](http://evil.example) \\<script\\>alert(1)\\</script\\>',
    );
    expect(md).not.toContain('<script>');
  });

  it('prints a collection’s own comparisons, and none when the part is off', async () => {
    const outPath = join(lib.dir, 'collection.md');
    await call('collections.addClips', {
      id: (await call<{ id: number }>('collections.find', { name: 'Bridge' })).id,
      clipIds: [ids.Middle, ids.Rival],
    });
    await call('dossier.export', { collection: 'Bridge', spec: { title: 'Bridge' }, outPath, format: 'md' });
    const own = readFileSync(outPath, 'utf8');
    expect([...own.matchAll(/^### (C\d+\. .+)$/gm)].map((m) => m[1])).toEqual(['C1. Sunday or \\*Monday\\*?', 'C2. Early — Hostile']);
    const off = await exportMd({ comparisonIds }, { parts: { comparisons: false } });
    expect(off).not.toContain('## Comparisons');
    expect(off).not.toContain('comparison');
    expect(off).not.toContain('**Reference**');
  });
});
