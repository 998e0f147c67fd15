import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { pack } from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreService, type CoreService } from '../../electron/core/core-service.js';
import { findImportFiles } from '../../electron/core/import/find-import-files.js';
import type { Clip, ClipPage } from '../../electron/shared/models/clip.js';
import type { Collection, Highlight } from '../../electron/shared/models/organise.js';
import type { ImportFileResult } from '../../electron/shared/models/file-import.js';
import { tempLibrary } from '../support/temp-library.js';

// Files in the documented shapes of each tool's export, with made-up articles.
const sentences = (topic: string) => [
  `The regional council approved the ${topic} plan on Tuesday after a long debate, officials said.`,
  'Work is due to start in the autumn and end within two years.',
];
const htmlBody = (topic: string) =>
  sentences(topic)
    .map((s) => `<p>${s}</p>`)
    .join('');
const mdBody = (topic: string) => sentences(topic).join('\n\n');

const id = (n: number) => n.toString(16).padStart(32, '0');

/** A Joplin item file: title, body, then its metadata after a blank line. */
function joplinItem(title: string | null, body: string | null, props: Record<string, string | number>): string {
  const meta = Object.entries(props)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return [title, body === null ? null : `\n${body}`, `\n${meta}`].filter((part) => part !== null).join('\n');
}

const joplinItems: Record<string, string> = {
  [`${id(1)}.md`]: joplinItem('Press cuttings', null, { id: id(1), parent_id: '', created_time: '2023-01-01T10:00:00.000Z', type_: 2 }),
  [`${id(2)}.md`]: joplinItem('Transport', null, { id: id(2), parent_id: id(1), created_time: '2023-01-01T10:00:00.000Z', type_: 2 }),
  [`${id(3)}.md`]: joplinItem('Ferry timetable changes for the winter', `${mdBody('ferry')}\n\n![map](:/${id(9)})`, {
    id: id(3),
    parent_id: id(2),
    created_time: '2023-10-05T08:00:00.000Z',
    updated_time: '2023-10-06T08:00:00.000Z',
    user_created_time: '2023-10-04T08:00:00.000Z',
    source_url: 'https://ferries.example.org/winter',
    author: 'Dana Pier',
    is_todo: 0,
    markup_language: 1,
    type_: 1,
  }),
  [`${id(4)}.md`]: joplinItem('Bridge tolls abolished', mdBody('toll'), {
    id: id(4),
    parent_id: id(1),
    created_time: '2023-11-02T08:00:00.000Z',
    source_url: '',
    type_: 1,
  }),
  [`${id(5)}.md`]: joplinItem('transport', null, { id: id(5), created_time: '2023-01-01T10:00:00.000Z', type_: 5 }),
  [`${id(6)}.md`]: joplinItem(null, null, { id: id(6), note_id: id(3), tag_id: id(5), type_: 6 }),
  [`${id(9)}.md`]: joplinItem('map.png', null, { id: id(9), mime: 'image/png', file_extension: 'png', type_: 4 }),
};

function tar(entries: Record<string, string | Uint8Array>): Promise<Buffer> {
  const p = pack();
  const chunks: Buffer[] = [];
  p.on('data', (c) => chunks.push(c as Buffer));
  const done = new Promise<Buffer>((resolve) => p.on('end', () => resolve(Buffer.concat(chunks))));
  for (const [name, content] of Object.entries(entries)) p.entry({ name }, typeof content === 'string' ? content : Buffer.from(content));
  p.finalize();
  return done;
}

const omnivoreMetadata = [
  {
    id: 'a1',
    slug: 'harbour-crane-collapse-18c2',
    title: 'Harbour crane collapse under inquiry',
    description: 'An inquiry opens.',
    author: 'Eli Dock',
    url: 'https://harbour.example.com/crane',
    state: 'SUCCEEDED',
    readingProgress: 100,
    thumbnail: null,
    labels: ['ports', 'safety'],
    savedAt: '2024-02-03T10:00:00.000Z',
    updatedAt: '2024-02-03T10:00:00.000Z',
    publishedAt: '2024-02-02T07:00:00.000Z',
  },
];
const omnivoreHighlightsMd = `> The regional council approved the crane plan on Tuesday \n\n#important\n\nCheck the date.\n\n> a sentence that is not in the article`;
const omnivoreFiles = {
  'metadata_0_to_1.json': strToU8(JSON.stringify(omnivoreMetadata, null, 2)),
  'content/harbour-crane-collapse-18c2.html': strToU8(`<div class="page">${htmlBody('crane')}</div>`),
  'highlights/harbour-crane-collapse-18c2.md': strToU8(omnivoreHighlightsMd),
};

const readerCsv = [
  'Title,URL,ID,Document tags,Saved date,Reading progress,Location,Seen',
  `"Grain silo fire contained",https://farm.example.net/silo,01h2,"['farming', 'fire']",2024-03-01 09:15:00+00:00,0.5,later,True`,
].join('\n');
const highlightsCsv = [
  'Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags',
  `"${sentences('dam')[0]}",Dam repairs begin,Ivo Weir,,Check the budget,yellow,,offset,12,2024-04-01 10:00:00+00:00,infrastructure`,
  `"${sentences('dam')[1]}",Dam repairs begin,Ivo Weir,,,yellow,,offset,40,2024-04-01 10:01:00+00:00,infrastructure`,
].join('\n');

describe('importing notebooks, highlights and collections from other tools', () => {
  const lib = tempLibrary('cuttings-notebooks-');
  let core: CoreService;
  const write = (name: string, content: string | Uint8Array) => {
    const path = join(lib.dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
    return path;
  };
  const clips = async () => ((await core.dispatch('clips.list', { limit: 1000 })) as { ok: true; value: ClipPage }).value;
  const clip = async (title: string): Promise<Clip> => {
    const found = (await clips()).items.find((c) => c.title === title);
    if (!found) throw new Error(`No clip called ${title}`);
    return ((await core.dispatch('clips.get', { id: found.id })) as { ok: true; value: Clip }).value;
  };
  const highlights = async (clipId: number) =>
    ((await core.dispatch('highlights.list', { clipId })) as { ok: true; value: Highlight[] }).value;
  const collectionPaths = async (clipId: number) => {
    const all = ((await core.dispatch('collections.list', {})) as { ok: true; value: Collection[] }).value;
    const byId = new Map(all.map((c) => [c.id, c]));
    const pathOf = (c: Collection): string => (c.parentId === null ? c.name : `${pathOf(byId.get(c.parentId)!)}/${c.name}`);
    const members = await Promise.all(
      all.map(async (c) => {
        const page = (await core.dispatch('clips.list', { collectionId: c.id, limit: 1000 })) as { ok: true; value: ClipPage };
        return page.value.items.some((i) => i.id === clipId) ? [pathOf(c)] : [];
      }),
    );
    return members.flat().sort();
  };
  const total = async () => (await clips()).total;

  beforeAll(() => {
    core = createCoreService(lib.path);
  });
  afterAll(() => {
    core.close();
    lib.remove();
  });

  it('reads a Joplin JEX: notes as clips with source URL, date, author and tags, notebooks as nested collections', async () => {
    const summary = await core.importFiles([write('joplin.jex', await tar(joplinItems))]);
    expect(summary.failed).toEqual([]);
    expect(summary.added).toBe(2);
    const ferry = await clip('Ferry timetable changes for the winter');
    expect(ferry.url).toBe('https://ferries.example.org/winter');
    expect(ferry.date).toBe('2023-10-04');
    expect(ferry.byline).toEqual(['Dana Pier']);
    expect(ferry.tags).toEqual(['transport']);
    expect(ferry.paragraphs.join(' ')).toContain('approved the ferry plan');
    expect(await collectionPaths(ferry.id)).toEqual(['Press cuttings/Transport']);
    const toll = await clip('Bridge tolls abolished');
    expect(toll.url).toBeNull();
    expect(await collectionPaths(toll.id)).toEqual(['Press cuttings']);
  });

  it('refuses a damaged JEX whole and says why', async () => {
    const before = await total();
    const whole = await tar(joplinItems);
    const cut = await core.importFiles([write('cut.jex', whole.subarray(0, 1700))]);
    expect(cut.failed[0]?.reason).toMatch(/cut\.jex looks like a Joplin export \(JEX\) but cannot be read .* Nothing from it was imported/);
    const garbled = { ...joplinItems, [`${id(7)}.md`]: 'A note\n\nwith a body\n\nno metadata here' };
    const bad = await core.importFiles([write('garbled.jex', await tar(garbled))]);
    expect(bad.failed[0]?.reason).toMatch(/garbled\.jex looks like a Joplin export .* metadata line without a name/);
    expect(await total()).toBe(before);
  });

  it("reads Joplin's Markdown export: front matter for the metadata, folders as notebooks", async () => {
    const folder = join(lib.dir, 'md-export');
    write(
      'md-export/Desk/Energy/Wind farm approved offshore.md',
      `---\ntitle: Wind farm approved offshore\nupdated: 2023-06-02 10:00Z\ncreated: 2023-06-01 09:30Z\nsource: https://energy.example.org/wind\nauthor: Rae Gust\ntags:\n  - energy\n  - coast\n---\n\n${mdBody('wind farm')}\n`,
    );
    write('md-export/_resources/picture.png', 'not imported');
    const found = findImportFiles([folder]);
    const summary = await core.importFiles(found.files, { folders: found.folders });
    expect(summary.failed).toEqual([]);
    const wind = await clip('Wind farm approved offshore');
    expect(wind.url).toBe('https://energy.example.org/wind');
    expect(wind.date).toBe('2023-06-01');
    expect(wind.tags.sort()).toEqual(['coast', 'energy']);
    expect(await collectionPaths(wind.id)).toEqual(['Desk/Energy']);

    const before = await total();
    const broken = write('md-export/Desk/broken.md', `---\ntitle: [unclosed\n---\n\n${mdBody('broken')}`);
    const refused = await core.importFiles([broken]);
    expect(refused.failed[0]?.reason).toMatch(/broken\.md looks like a Markdown note with front matter but cannot be read/);
    expect(await total()).toBe(before);
  });

  it('files Evernote notes in the notebook the export is named after', async () => {
    const enex = `<?xml version="1.0" encoding="UTF-8"?>\n<en-export><note><title>Library hours extended</title><content><![CDATA[<en-note>${htmlBody('library')}</en-note>]]></content><created>20230704T090000Z</created></note></en-export>`;
    await core.importFiles([write('City desk.enex', enex)]);
    const note = await clip('Library hours extended');
    expect(await collectionPaths(note.id)).toEqual(['City desk']);
  });

  it('places wallabag annotations as highlights with their notes, and names those it cannot place', async () => {
    const entry = {
      is_archived: 0,
      title: 'Canal locks restored',
      url: 'https://canal.example.net/locks',
      content: htmlBody('canal lock'),
      created_at: '2023-08-01T10:00:00+02:00',
      reading_time: 1,
      domain_name: 'canal.example.net',
      tags: [],
      annotations: [
        {
          text: 'Ask for the budget',
          quote: 'approved the canal lock plan',
          ranges: [{ start: '/p[1]', startOffset: 30, end: '/p[1]', endOffset: 58 }],
        },
        { text: '', quote: 'a passage the article never had', ranges: [] },
      ],
    };
    const summary = await core.importFiles([write('wallabag.json', JSON.stringify([entry]))]);
    expect(summary.added).toBe(1);
    expect(summary.warnings).toEqual([
      {
        file: expect.stringContaining('Canal locks restored'),
        warning: expect.stringMatching(/not found in the clip’s text.*a passage the article never had/),
      },
    ]);
    const canal = await clip('Canal locks restored');
    const [h, ...rest] = await highlights(canal.id);
    expect(rest).toEqual([]);
    expect(h?.exact).toBe('approved the canal lock plan');
    expect(h?.note).toBe('Ask for the budget');
  });

  it("reads Omnivore's export zip, and the folder it unpacks to, with labels and highlights", async () => {
    const summary = await core.importFiles([write('omnivore.zip', zipSync(omnivoreFiles))]);
    expect(summary.failed).toEqual([]);
    expect(summary.added).toBe(1);
    const crane = await clip('Harbour crane collapse under inquiry');
    expect(crane.url).toBe('https://harbour.example.com/crane');
    expect(crane.date).toBe('2024-02-02');
    expect(crane.tags.sort()).toEqual(['ports', 'safety']);
    expect(crane.paragraphs.join(' ')).toContain('approved the crane plan');
    const [h] = await highlights(crane.id);
    expect(h?.exact).toBe('The regional council approved the crane plan on Tuesday');
    expect(h?.note).toBe('Check the date.');
    expect(summary.warnings.map((w) => w.warning)).toEqual([expect.stringContaining('a sentence that is not in the article')]);

    for (const [name, bytes] of Object.entries(omnivoreFiles)) write(`unpacked/${name}`, bytes);
    const found = findImportFiles([join(lib.dir, 'unpacked')]);
    expect(found.files).toEqual([join(lib.dir, 'unpacked')]);
    const again = await core.importFiles(found.files);
    expect(again.duplicates).toHaveLength(1);
  });

  it('refuses a damaged Omnivore zip whole', async () => {
    const before = await total();
    const zip = zipSync({ ...omnivoreFiles, 'metadata_0_to_1.json': strToU8('[{"slug": "harbour-crane-collapse-18c2", "title": ') });
    const bad = await core.importFiles([write('bad-omnivore.zip', zip)]);
    expect(bad.failed[0]?.reason).toMatch(/bad-omnivore\.zip looks like an Omnivore export .*metadata_0_to_1\.json is not valid JSON/);
    const whole = zipSync(omnivoreFiles);
    const cut = await core.importFiles([write('cut-omnivore.zip', whole.subarray(0, whole.length - 30))]);
    expect(cut.failed[0]?.reason).toMatch(/cut-omnivore\.zip looks like a zip archive but cannot be read/);
    expect(await total()).toBe(before);
  });

  it("reads Readwise Reader's documents CSV and Readwise's highlights CSV", async () => {
    const docs = await core.importFiles([write('reader.csv', readerCsv)]);
    expect(docs.failed).toEqual([]);
    const silo = await clip('Grain silo fire contained');
    expect(silo.url).toBe('https://farm.example.net/silo');
    expect(silo.date).toBe('2024-03-01');
    expect(silo.tags.sort()).toEqual(['farming', 'fire']);

    const marked = await core.importFiles([write('readwise-highlights.csv', highlightsCsv)]);
    expect(marked.failed).toEqual([]);
    const dam = await clip('Dam repairs begin');
    expect(dam.byline).toEqual(['Ivo Weir']);
    expect(dam.tags).toEqual(['infrastructure']);
    const hs = await highlights(dam.id);
    expect(hs.map((h) => [h.exact, h.note])).toEqual([
      [sentences('dam')[0], 'Check the budget'],
      [sentences('dam')[1], ''],
    ]);

    const before = await total();
    const broken = await core.importFiles([write('broken.csv', `${highlightsCsv}\n"an unclosed quote,Dam repairs begin`)]);
    expect(broken.failed[0]?.reason).toMatch(/broken\.csv looks like a Readwise highlights export but cannot be read/);
    expect(await total()).toBe(before);
  });

  it("the app's Import recognises each format by its extension and content", async () => {
    const send = async (files: { name: string; text?: string; base64?: string }[]) =>
      ((await core.dispatch('import.files', { files })) as { ok: true; value: ImportFileResult[] }).value;
    const results = await send([
      { name: 'again.jex', base64: (await tar(joplinItems)).toString('base64') },
      { name: 'again.zip', base64: Buffer.from(zipSync(omnivoreFiles)).toString('base64') },
      { name: 'again.csv', text: readerCsv },
      { name: 'unpacked/metadata_0_to_1.json', text: JSON.stringify(omnivoreMetadata) },
      {
        name: 'Export/Desk/Energy/wind.md',
        text: `---\ntitle: Turbine blades recycled\ncreated: 2023-06-05 09:30Z\n---\n\nA plant near the estuary began grinding old turbine blades into filler for road surfaces this week.\n\nIts owners expect to take in four hundred blades a year.`,
      },
    ]);
    expect(results.map((r) => [r.name.replace(/ — .*/, ''), r.outcome])).toEqual([
      ['again.jex', 'duplicate'],
      ['again.jex', 'duplicate'],
      ['again.zip', 'duplicate'],
      ['again.csv', 'duplicate'],
      ['unpacked/metadata_0_to_1.json', 'failed'],
      ['Export/Desk/Energy/wind.md', 'added'],
    ]);
    expect(results.find((r) => r.outcome === 'failed')).toMatchObject({
      reason: expect.stringContaining("Import the export's .zip instead"),
    });
    const turbine = await clip('Turbine blades recycled');
    expect(await collectionPaths(turbine.id)).toEqual(['Desk/Energy']);
  });
});
