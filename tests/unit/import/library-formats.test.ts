import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreService, type CoreService } from '../../../electron/core/core-service.js';
import type { Clip, ClipPage } from '../../../electron/shared/models/clip.js';
import { tempLibrary } from '../../support/temp-library.js';

// Minimal files in the documented shapes of each tool's export, with made-up articles.
const body = (topic: string) =>
  `<p>The regional council approved the ${topic} plan on Tuesday after a long debate, officials said.</p><p>Work is due to start in the autumn and end within two years.</p>`;

const enex = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">
<en-export export-date="20240101T120000Z" application="Evernote" version="10">
  <note>
    <title>Tram line extended to the airport</title>
    <content><![CDATA[<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd"><en-note><div>${body('tram')}</div></en-note>]]></content>
    <created>20230704T090000Z</created>
    <tag>transport</tag><tag>region/north</tag>
    <note-attributes><source-url>https://news.example.org/tram</source-url><author>Ada Field</author></note-attributes>
  </note>
  <note>
    <title>New cycle lanes on the ring road</title>
    <content><![CDATA[<en-note>${body('cycle lane')}</en-note>]]></content>
    <created>20230705T090000Z</created>
  </note>
</en-export>`;

const wallabag = JSON.stringify([
  {
    is_archived: 0,
    is_starred: 1,
    title: 'Harbour dredging finished early',
    url: 'https://port.example.net/dredging',
    content: body('dredging'),
    created_at: '2023-08-01T10:00:00+02:00',
    published_at: '2023-07-31T08:00:00+02:00',
    published_by: ['Ben Quay'],
    reading_time: 1,
    domain_name: 'port.example.net',
    tags: [{ id: 1, label: 'ports', slug: 'ports' }],
    annotations: [],
  },
]);

const csl = JSON.stringify([
  {
    id: 'item-1',
    type: 'article-newspaper',
    title: 'Water tariffs to rise next year',
    'container-title': 'The Valley Courier',
    URL: 'https://courier.example.com/water',
    issued: { 'date-parts': [[2023, 9, 12]] },
    author: [{ family: 'Stone', given: 'Cora' }],
    abstract:
      'The water board said tariffs would rise by four percent next year to pay for new pipes.\n\nHouseholds will be told by letter.',
  },
]);

describe('importing libraries from other tools', () => {
  const lib = tempLibrary('cuttings-formats-');
  let core: CoreService;
  const file = (name: string, content: string) => {
    const path = join(lib.dir, name);
    writeFileSync(path, content);
    return path;
  };
  const clip = async (title: string): Promise<Clip | undefined> => {
    const page = (await core.dispatch('clips.list', { limit: 1000 })) as { ok: true; value: ClipPage };
    const found = page.value.items.find((c) => c.title === title);
    return found ? ((await core.dispatch('clips.get', { id: found.id })) as { ok: true; value: Clip }).value : undefined;
  };

  beforeAll(() => {
    core = createCoreService(lib.path);
  });
  afterAll(() => {
    core.close();
    lib.remove();
  });

  it('reads each note of an Evernote export as a clip with its date, URL, author and tags', async () => {
    const summary = await core.importFiles([file('Notebook.enex', enex)]);
    expect(summary.failed).toEqual([]);
    expect(summary.added).toBe(2);
    expect(summary.parts).toEqual([{ file: join(lib.dir, 'Notebook.enex'), count: 2 }]);
    const tram = await clip('Tram line extended to the airport');
    expect(tram?.url).toBe('https://news.example.org/tram');
    expect(tram?.date).toBe('2023-07-04');
    expect(tram?.byline).toEqual(['Ada Field']);
    expect(tram?.tags.sort()).toEqual(['region/north', 'transport']);
    expect(tram?.paragraphs.join(' ')).toContain('approved the tram plan');
    expect(await clip('New cycle lanes on the ring road')).toBeDefined();
  });

  it('reads a wallabag export by its content, whatever the file is called', async () => {
    const summary = await core.importFiles([file('export-2023.json', wallabag)]);
    expect(summary.failed).toEqual([]);
    const entry = await clip('Harbour dredging finished early');
    expect(entry?.url).toBe('https://port.example.net/dredging');
    expect(entry?.date).toBe('2023-07-31');
    expect(entry?.tags).toEqual(['ports']);
    expect(entry?.paragraphs.join(' ')).toContain('approved the dredging plan');
  });

  it('reads Zotero CSL JSON with its outlet, author and issued date', async () => {
    await core.importFiles([file('zotero.json', csl)]);
    const item = await clip('Water tariffs to rise next year');
    expect(item?.source).toBe('The Valley Courier');
    expect(item?.byline).toEqual(['Cora Stone']);
    expect(item?.date).toBe('2023-09-12');
    expect(item?.url).toBe('https://courier.example.com/water');
    expect(item?.paragraphs.join(' ')).toContain('tariffs would rise by four percent');
  });

  it('imports nothing from a damaged export and says why', async () => {
    const before = ((await core.dispatch('clips.list', {})) as { ok: true; value: ClipPage }).value.total;
    const damaged = enex.replace('</en-export>', '').replace('<title>New cycle', '<title>New cycle</content>');
    const summary = await core.importFiles([file('Broken.enex', damaged)]);
    expect(summary.added).toBe(0);
    expect(summary.failed[0]?.reason).toMatch(
      /Broken\.enex looks like an Evernote export but cannot be read .* Nothing from it was imported/,
    );
    const after = ((await core.dispatch('clips.list', {})) as { ok: true; value: ClipPage }).value.total;
    expect(after).toBe(before);
  });
});
