import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clip, ClipPage, ReviewDraft, SavedClip, SearchResult } from '../../electron/shared/models/clip.js';
import type { ClipEdit, Correction, EditedClip } from '../../electron/shared/models/clip-edit.js';
import type { Highlight } from '../../electron/shared/models/organise.js';
import type { RereadResult } from '../../electron/shared/models/reread.js';
import { failed, succeeded, type TransportUnderTest } from '../support/transports.js';
import type { Connection } from '../support/engine-transports.js';

const ARTICLE = [
  'Ferry crews walk out over new rotas',
  'PORTMERE, 14 May 2024 (Harbour Wire) - Ferry crews on the Portmere crossing walked out on Tuesday over new rotas, stranding 220 lorries at the quay.',
  '"We will not sail on rotas that keep crews awake for twenty hours," said Ilse Varga, head of the Coastal Crews Union.',
  'The operator, Northsound Lines, said talks would resume on Thursday. Varga said the union was ready to meet.',
  'Harbour master Oskar Lindqvist said the quay could hold the lorries until the weekend.',
].join('\n\n');

/** The same report corrected: a figure changed, the harbour master's line gone, the operator quoted. */
const CORRECTED = [
  'PORTMERE, 14 May 2024 (Harbour Wire) - Ferry crews on the Portmere crossing walked out early on Tuesday over new rotas, stranding 260 lorries at the quay.',
  '"We will not sail on rotas that keep crews awake for twenty hours," said Ilse Varga, head of the Coastal Crews Union.',
  'The operator, Northsound Lines, said talks would resume on Thursday. Varga said the union was ready to meet.',
  '"The rotas are legal and safe," said Marta Kowalczyk, a spokeswoman for Northsound Lines.',
];

/** Editing a saved clip, on whichever library the connections open. */
export function describeClipEditing(connections: readonly Connection[]): void {
  describe.each(connections)('editing a saved clip %s', (_name, connect) => {
    let t: TransportUnderTest;
    let clip: SavedClip;
    beforeAll(async () => {
      t = await connect();
      clip = await ok<SavedClip>('clips.create', { text: ARTICLE });
    });
    afterAll(async () => t.close());

    const ok = <T>(method: string, args: unknown) => succeeded<T>(t, method, args);
    const highlight = (clipId: number, paragraphs: string[], words: string) => {
      const body = paragraphs.join('\n\n');
      const start = body.indexOf(words);
      return ok<Highlight>('highlights.add', {
        clipId,
        exact: words,
        prefix: body.slice(Math.max(0, start - 32), start),
        suffix: body.slice(start + words.length, start + words.length + 32),
        start,
        end: start + words.length,
        color: 'yellow',
        note: '',
      });
    };

    it('corrects the header fields, keeps the paste, and records who changed what', async () => {
      const edited = await ok<EditedClip>('clips.update', {
        id: clip.id,
        fields: {
          title: 'Ferry crews strike',
          date: '2024-05-15',
          dateline: 'Portmere',
          source: 'Coast Post',
          byline: ['Ann Lee', ' Tom Reyes '],
          url: 'https://news.example.org/ferry-strike?utm_source=x',
        },
      });
      expect(edited).toMatchObject({
        title: 'Ferry crews strike',
        date: '2024-05-15',
        dateline: 'Portmere',
        source: 'Coast Post',
        byline: ['Ann Lee', 'Tom Reyes'],
        url: 'https://news.example.org/ferry-strike?utm_source=x',
        raw: ARTICLE,
      });
      const history = await ok<ClipEdit[]>('clips.history', { id: clip.id });
      expect(history).toHaveLength(1);
      expect(history[0]!.via).toBe('app');
      expect(history[0]!.user).not.toBe('');
      expect(history[0]!.changes).toContainEqual({ field: 'source', before: 'Harbour Wire', after: 'Coast Post' });
      expect(history[0]!.changes.map((c) => c.field)).toEqual(['title', 'date', 'dateline', 'source', 'byline', 'url']);
    });

    it('re-reads an edited text: highlights follow their words, names, quotes, search and duplicate checks follow the text', async () => {
      const before = await ok<Clip>('clips.get', { id: clip.id });
      await ok('clips.update', { id: clip.id, fields: { people: [...before.people, 'Anna Berg'] } });
      const moved = await highlight(clip.id, before.paragraphs, 'said talks would resume on Thursday');
      const lost = await highlight(clip.id, before.paragraphs, 'stranding 220 lorries');

      const edited = await ok<EditedClip>('clips.update', { id: clip.id, fields: { paragraphs: CORRECTED } });
      expect(edited.paragraphs).toEqual(CORRECTED);
      expect(edited.raw).toBe(ARTICLE);
      expect(edited.droppedHighlights.map((h) => h.exact)).toEqual(['stranding 220 lorries']);
      const body = CORRECTED.join('\n\n');
      const kept = edited.highlights.find((h) => h.id === moved.id)!;
      expect(body.slice(kept.start, kept.end)).toBe('said talks would resume on Thursday');
      expect(kept.start).not.toBe(moved.start);
      expect(edited.highlights.map((h) => h.id)).not.toContain(lost.id);

      // Names the old text alone gave go, names the new text gives come, names added by hand stay.
      expect(edited.people).toContain('Marta Kowalczyk');
      expect(edited.people).toContain('Anna Berg');
      expect(edited.people).not.toContain('Oskar Lindqvist');
      expect(edited.quotes.map((q) => q.text)).toContain('The rotas are legal and safe');
      expect(edited.wordCount).toBeGreaterThan(70);

      const search = (query: string) => ok<SearchResult>('search.query', { query }).then((r) => r.hits.map((h) => h.id));
      expect(await search('Kowalczyk')).toEqual([clip.id]);
      expect(await search('Lindqvist')).toEqual([]);

      const again = await ok<ReviewDraft>('clips.parse', { text: CORRECTED.join('\n\n') });
      expect(again.duplicateOf).toMatchObject({ id: clip.id, similarity: 1 });

      const history = await ok<ClipEdit[]>('clips.history', { id: clip.id });
      expect(history[0]!.changes.map((c) => c.field)).toEqual(['paragraphs', 'quotes', 'people']);
    });

    it('keeps the corrections made at review as the new clip’s first edits, which a re-reading of names leaves alone', async () => {
      const proposal = await ok<ReviewDraft>('clips.parse', { text: ARTICLE });
      const { title, date, dateline, source, byline, language, url, quotes, places, organizations } = proposal;
      const reviewed = { title, date, dateline, source, byline, language, url, quotes, places, organizations };
      // Saved as proposed: nothing was corrected.
      const asProposed = await ok<SavedClip>('clips.create', {
        text: ARTICLE,
        draft: { ...reviewed, people: proposal.people, paragraphs: proposal.paragraphs },
      });
      expect(await ok<ClipEdit[]>('clips.history', { id: asProposed.id })).toEqual([]);

      // The harbour master's line left out, his name taken off, a name and a headline typed in.
      const people = [...proposal.people.filter((p) => p !== 'Oskar Lindqvist'), 'Anna Berg'];
      const saved = await ok<SavedClip>('clips.create', {
        text: ARTICLE,
        draft: { ...reviewed, title: 'Ferry strike strands lorries', people, paragraphs: proposal.paragraphs.slice(0, -1) },
      });
      const history = await ok<ClipEdit[]>('clips.history', { id: saved.id });
      expect(history.map((e) => e.changes.map((c) => c.field))).toEqual([['title', 'people'], ['paragraphs']]);
      expect(history[0]!.changes[0]).toEqual({ field: 'title', before: proposal.title, after: 'Ferry strike strands lorries' });
      expect(history[0]!.via).toBe('app');

      const reread = await ok<RereadResult>('clips.reread', { ids: [saved.id] });
      expect(reread.kept).toEqual([{ id: saved.id, fields: ['people'] }]);
      const clip = await ok<Clip>('clips.get', { id: saved.id });
      expect([...clip.people].sort()).toEqual([...people].sort());
    });

    it('says what the user corrected, for a new version to take over', async () => {
      const corrections = await ok<Correction[]>('clips.corrections', { id: clip.id });
      expect(corrections).toContainEqual({ field: 'source', value: 'Coast Post', read: 'Harbour Wire' });
      expect(corrections.map((c) => c.field)).not.toContain('language');
    });

    it('says which names the user took out or put in by hand, not those a text edit changed', async () => {
      const fresh = await ok<Clip>('clips.create', { text: ARTICLE.replace('220 lorries', '240 lorries') });
      expect(fresh.people).toEqual(expect.arrayContaining(['Ilse Varga', 'Oskar Lindqvist']));
      const people = (names: string[]) => ok('clips.update', { id: fresh.id, fields: { people: names } });
      await people([...fresh.people.filter((p) => p !== 'Oskar Lindqvist'), 'Anna Berg']);
      // Taken out and put back: no correction of Ilse Varga's.
      await people(['Anna Berg']);
      await people(['Anna Berg', 'Ilse Varga']);
      await ok('clips.update', { id: fresh.id, fields: { paragraphs: CORRECTED } });
      const corrections = await ok<Correction[]>('clips.corrections', { id: fresh.id });
      const names = corrections.filter((c) => c.field === 'people');
      expect(names).toEqual(
        expect.arrayContaining([
          { field: 'people', name: 'Oskar Lindqvist', change: 'removed' },
          { field: 'people', name: 'Anna Berg', change: 'added' },
        ]),
      );
      expect(names.map((c) => ('name' in c ? c.name : null))).not.toContain('Ilse Varga');
      expect(names.map((c) => ('name' in c ? c.name : null))).not.toContain('Marta Kowalczyk');
    });

    it('leaves the notes out of the history', async () => {
      const before = await ok<ClipEdit[]>('clips.history', { id: clip.id });
      await ok('clips.update', { id: clip.id, fields: { notes: 'ring the union' } });
      expect(await ok<ClipEdit[]>('clips.history', { id: clip.id })).toHaveLength(before.length);
    });

    it.each([
      ['an address that is not one', { url: 'not an address' }, /not a web address/],
      ['an empty text', { paragraphs: ['  ', ''] }, /needs some text/],
      ['a date in another form', { date: '15/05/2024' }, /YYYY-MM-DD/],
    ])('refuses %s and changes nothing', async (_what, fields, message) => {
      const before = await ok<Clip>('clips.get', { id: clip.id });
      const error = await failed(t, 'clips.update', { id: clip.id, fields });
      expect(error.code).toBe('bad_input');
      expect(error.message).toMatch(message);
      expect(await ok<Clip>('clips.get', { id: clip.id })).toEqual(before);
    });
  });

  describe('a clip’s web address', () => {
    let t: TransportUnderTest;
    beforeAll(async () => {
      t = await connections[0]![1]();
    });
    afterAll(async () => t.close());
    const ok = <T>(method: string, args: unknown) => succeeded<T>(t, method, args);

    it('is kept on save, from the review or the clipboard, and finds the page again as a new version', async () => {
      const first = await ok<SavedClip>('clips.create', { text: ARTICLE, draft: { url: 'http://www.news.example.org/ferry/' } });
      expect((await ok<Clip>('clips.get', { id: first.id })).url).toBe('http://www.news.example.org/ferry/');

      const update = CORRECTED.join('\n\n');
      const draft = await ok<ReviewDraft>('clips.parse', { text: update, url: 'https://news.example.org/ferry?utm_medium=social#top' });
      expect(draft.url).toBe('https://news.example.org/ferry?utm_medium=social#top');
      expect(draft.duplicateOf).toMatchObject({ id: first.id, sameUrl: true });
      expect(draft.duplicateOf!.similarity).toBeLessThan(1);

      const fromHtml = await ok<ReviewDraft>('clips.parse', {
        text: 'Tide tables change',
        html: 'Version:0.9\r\nStartHTML:0000000105\r\nSourceURL:https://tides.example.net/2024/tables\r\n<html><body><p>Tide tables change for the summer.</p></body></html>',
      });
      expect(fromHtml.url).toBe('https://tides.example.net/2024/tables');
    });

    it('marks an older version as superseded, in the clip and in the list, and names it in the newer', async () => {
      const older = await ok<SavedClip>('clips.create', {
        text: 'Bridge works start\n\nWork on the Tessel bridge starts on Monday, with 120 workers.',
      });
      const newer = await ok<SavedClip>('clips.create', {
        text: 'Bridge works start\n\nWork on the Tessel bridge starts on Monday, with 160 workers.',
        versionOf: older.id,
      });
      expect((await ok<Clip>('clips.get', { id: older.id })).supersededBy).toEqual({ id: newer.id, title: newer.title, date: newer.date });
      expect((await ok<Clip>('clips.get', { id: newer.id })).supersededBy).toBeNull();
      // The newer names the report it replaces; the older replaces none.
      expect((await ok<Clip>('clips.get', { id: newer.id })).earlierVersion).toEqual({
        id: older.id,
        title: older.title,
        date: older.date,
      });
      expect((await ok<Clip>('clips.get', { id: older.id })).earlierVersion).toBeNull();
      const rows = (await ok<ClipPage>('clips.list', {})).items;
      expect(rows.find((r) => r.id === older.id)!.supersededBy).toBe(newer.id);
      expect(rows.find((r) => r.id === newer.id)!.supersededBy).toBeNull();
    });

    it('files a new version under the earlier version’s tags', async () => {
      const older = await ok<SavedClip>('clips.create', { text: 'Dam repairs\n\nRepairs to the Orvik dam will take six weeks.' });
      await ok('tags.apply', { clipIds: [older.id], names: ['energy/hydro', 'watch'] });
      const newer = await ok<SavedClip>('clips.create', {
        text: 'Dam repairs\n\nRepairs to the Orvik dam will take nine weeks.',
        versionOf: older.id,
      });
      expect((await ok<Clip>('clips.get', { id: newer.id })).tags.sort()).toEqual(['energy/hydro', 'watch']);
      const fresh = await ok<SavedClip>('clips.create', { text: 'Dam opens\n\nThe Orvik dam opens to visitors in May.' });
      expect((await ok<Clip>('clips.get', { id: fresh.id })).tags).toEqual([]);
    });
  });
}
