import { describe, expect, it } from 'vitest';
import type { Clip, SavedClip } from '../../electron/shared/models/clip.js';
import type { ClipEdit, EditedClip } from '../../electron/shared/models/clip-edit.js';
import type { Highlight } from '../../electron/shared/models/organise.js';
import { answered, refused, twoMembers } from '../support/two-members.js';
import type { Connection } from '../support/engine-transports.js';

const ARTICLE = [
  'Tram depot fire halts the east line',
  'KELLMOOR, 9 March 2025 (Valley Post) - A fire at the Kellmoor tram depot halted the east line on Sunday, the city transport board said.',
  'Nobody was hurt. Repairs to the overhead wires will take until Wednesday, said Ruth Adeyemi, the board’s spokeswoman.',
].join('\n\n');

const STALE_TAIL = '; your edit was not saved. Reload to see the clip as it is now, then edit again.';

/**
 * Two people saving one clip: a save names the version it read, and a save made against a version
 * someone else has since changed is refused, naming who and when, with nothing overwritten. On a
 * team library the calls are made as two members; on a library file, as its other windows are.
 */
export function describeEditConflicts(connections: readonly Connection[]): void {
  describe.each(connections)('saving a clip someone else changed %s', (_name, connect) => {
    const { ana, bo, nobody, team } = twoMembers(connect);
    const newClip = async () =>
      answered<Clip>(ana, 'clips.get', { id: (await answered<SavedClip>(ana, 'clips.create', { text: ARTICLE })).id });

    it('writes a save made against the clip as it is, and gives the clip a new version', async () => {
      const clip = await newClip();
      const edited = await answered<EditedClip>(ana, 'clips.update', {
        id: clip.id,
        version: clip.version,
        fields: { title: 'Depot fire' },
      });
      expect(edited.title).toBe('Depot fire');
      expect(edited.version).toBeGreaterThan(clip.version);
      expect((await answered<Clip>(bo, 'clips.get', { id: clip.id })).version).toBe(edited.version);
    });

    it('refuses a save made against an older version, naming who changed the clip and when, and keeps their change', async () => {
      const clip = await newClip();
      await answered(ana, 'clips.update', { id: clip.id, version: clip.version, fields: { title: 'Depot fire: east line shut' } });
      const error = await refused(bo, 'clips.update', {
        id: clip.id,
        version: clip.version,
        fields: { title: 'Tram fire', notes: 'ring the board' },
      });
      expect(error.code).toBe('stale_version');
      const who = team() ? 'Ana Ruiz changed this clip' : 'This clip was changed in another window or by the command line';
      expect(error.message).toMatch(new RegExp(`^${who} at \\d\\d:\\d\\d UTC${STALE_TAIL.replace(/[.]/g, '\\.')}$`));
      expect(error.changed).toEqual({ by: team() ? 'Ana Ruiz' : null, at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
      const now = await answered<Clip>(bo, 'clips.get', { id: clip.id });
      expect(now.title).toBe('Depot fire: east line shut');
      expect(now.notes).toBe('');
      const history = await answered<ClipEdit[]>(bo, 'clips.history', { id: clip.id });
      expect(history).toHaveLength(1);
      expect(history[0]!.user).toBe(team() ? 'Ana Ruiz' : history[0]!.user);
    });

    it('counts a tag given or taken as a change: a save read before it is refused', async () => {
      const clip = await newClip();
      await answered(ana, 'tags.apply', { clipIds: [clip.id], names: ['transport/trams'] });
      const tagged = await answered<Clip>(bo, 'clips.get', { id: clip.id });
      expect(tagged.version).toBeGreaterThan(clip.version);
      expect((await refused(bo, 'clips.update', { id: clip.id, version: clip.version, fields: { date: '2025-03-10' } })).code).toBe(
        'stale_version',
      );
      await answered(ana, 'tags.remove', { clipIds: [clip.id], names: ['transport/trams'] });
      const untagged = await answered<Clip>(bo, 'clips.get', { id: clip.id });
      expect(untagged.version).toBeGreaterThan(tagged.version);
      expect((await refused(bo, 'clips.update', { id: clip.id, version: tagged.version, fields: { notes: 'late' } })).code).toBe(
        'stale_version',
      );
      await answered(bo, 'clips.update', { id: clip.id, version: untagged.version, fields: { notes: 'late' } });
    });

    it('lets exactly one of two saves made at once against the same version through', async () => {
      const clip = await newClip();
      const results = await Promise.all([
        ana('clips.update', { id: clip.id, version: clip.version, fields: { title: 'Fire at the depot' } }),
        bo('clips.update', { id: clip.id, version: clip.version, fields: { title: 'Depot blaze' } }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      const loser = results.find((r) => !r.ok);
      expect(loser && !loser.ok && loser.error.code).toBe('stale_version');
      const winner = results.findIndex((r) => r.ok) === 0 ? 'Fire at the depot' : 'Depot blaze';
      expect((await answered<Clip>(ana, 'clips.get', { id: clip.id })).title).toBe(winner);
    });

    it('writes a save that names no version over whatever the clip holds, and says a missing clip is missing', async () => {
      const clip = await newClip();
      await answered(ana, 'clips.update', { id: clip.id, version: clip.version, fields: { title: 'First' } });
      expect((await answered<EditedClip>(bo, 'clips.update', { id: clip.id, fields: { title: 'Second' } })).title).toBe('Second');
      expect((await refused(bo, 'clips.update', { id: 999_999, version: 1, fields: { title: 'x' } })).code).toBe('not_found');
    });

    it('names who wrote the notes and made each highlight on a team library, and nobody in a personal one', async () => {
      const clip = await newClip();
      const body = clip.paragraphs.join('\n\n');
      const words = 'Nobody was hurt.';
      const start = body.indexOf(words);
      const highlight = await answered<Highlight>(bo, 'highlights.add', {
        clipId: clip.id,
        exact: words,
        prefix: body.slice(Math.max(0, start - 32), start),
        suffix: body.slice(start + words.length, start + words.length + 32),
        start,
        end: start + words.length,
        color: 'green',
        note: 'check with the board',
      });
      await answered(ana, 'clips.update', { id: clip.id, version: clip.version, fields: { notes: 'Follow up on Wednesday.' } });
      const read = await answered<Clip>(nobody, 'clips.get', { id: clip.id });
      expect(highlight.author).toBe(team() ? 'Bo Lind' : null);
      expect(read.highlights.map((h) => h.author)).toEqual([team() ? 'Bo Lind' : null]);
      expect(read.notesBy).toBe(team() ? 'Ana Ruiz' : null);
    });
  });
}
