import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type Method } from '../../electron/shared/api/contract.js';
import type { LibraryDatabase } from '../../electron/core/db/library-database.js';
import { sql } from '../../electron/core/db/sql.js';
import { portableHandlers } from '../../electron/core/handlers/portable-handlers.js';
import { insertClips } from '../../electron/core/library/insert-clip.js';
import { prepareLibraryExport } from '../../electron/core/transfer/export-library.js';
import { sendToTeam, type SendOptions, type TeamCall } from '../../electron/core/team/remote/send-to-team.js';
import type { TeamSendProgress, TeamSendSummary } from '../../electron/shared/models/team-link.js';
import { ENGINES, libraryContext, openEngineLibrary, type Engine } from '../support/engine-libraries.js';
import { portableOnBothEngines } from '../support/engine-handlers.js';
import { searchClip, searchClipRow } from '../support/search-library.js';

/**
 * Sending personal clips to a team library through its import, with a team library on each
 * engine: a SQLite file and PostgreSQL, answering through the same portable handlers a team
 * server runs. The personal library is a SQLite file of its own.
 */
const team = portableOnBothEngines('send_to_team');

const PERSONAL = Array.from({ length: 9 }, (_, i) =>
  searchClip({
    title: `Lock keeper's log, day ${i + 1}`,
    body: `MARSHBY — The lock keeper at Marshby logged ${i + 3} barges on day ${i + 1} of the spring season, the waterways board said.`,
    date: `2023-04-${String(i + 1).padStart(2, '0')}`,
  }),
);

let personal: LibraryDatabase & { remove(): Promise<void> };
let mine: ReturnType<typeof portableHandlers>;

beforeAll(async () => {
  personal = await openEngineLibrary('sqlite', () => '');
  mine = portableHandlers(libraryContext(personal));
  await personal.transaction(async (tx) => {
    const rows = PERSONAL.map((c, i) => searchClipRow(c, i));
    await insertClips(
      tx,
      rows.map((row) => ({ ...row, rawSha256: createHash('sha256').update(row.raw).digest('hex') })),
    );
  });
  const body = (await mine['clips.get']({ id: 1 })).paragraphs.join('\n\n');
  const exact = 'barges';
  await mine['highlights.add']({
    clipId: 1,
    exact,
    prefix: '',
    suffix: '',
    start: body.indexOf(exact),
    end: body.indexOf(exact) + exact.length,
    color: 'blue',
    note: 'count them',
  });
  await mine['clips.update']({ id: 1, fields: { source: 'Waterways Bulletin', notes: 'Compare with last spring.' }, via: 'app' });
});
afterAll(async () => {
  await personal.remove();
});

/** Calls the team library's handlers with their input checked and defaulted, as a server does. */
function teamCall(engine: Engine): TeamCall {
  const handlers = team(engine) as unknown as Record<Method, (args: unknown) => unknown>;
  return (async (method: Method, args: unknown) => handlers[method](contract[method].input.parse(args))) as TeamCall;
}

function sendOptions(engine: Engine, overrides: Partial<SendOptions> = {}): SendOptions {
  return {
    server: `team-${engine}`,
    call: teamCall(engine),
    signal: new AbortController().signal,
    onProgress: () => undefined,
    exportClips: (ids) => prepareLibraryExport(personal, { clipIds: ids }),
    titles: async (ids) => new Map(ids.map((id) => [id, PERSONAL[id - 1]?.title ?? null])),
    earlierVersions: async (ids) =>
      new Map(
        await Promise.all(
          ids.map(async (id) => {
            const row = await personal.get<{ versionOf: number | null }>(sql`SELECT version_of AS "versionOf" FROM clips WHERE id = ${id}`);
            return [id, row?.versionOf ?? null] as const;
          }),
        ),
      ),
    ...overrides,
  };
}

/** What a send must carry over unchanged. */
const lossless = async (api: ReturnType<typeof portableHandlers>, id: number) => {
  const clip = await api['clips.get']({ id });
  const history = await api['clips.history']({ id });
  return {
    createdAt: clip.createdAt,
    updatedAt: clip.updatedAt,
    date: clip.date,
    source: clip.source,
    notes: clip.notes,
    raw: clip.raw,
    paragraphs: clip.paragraphs,
    highlights: clip.highlights.map(({ exact, start, end, color, note, createdAt }) => ({ exact, start, end, color, note, createdAt })),
    history: history.map(({ at, user, via, changes }) => ({ at, user, via, changes })),
  };
};

describe.each(ENGINES)('sending personal clips to a team library on %s', (engine) => {
  it('keeps the clip’s dates, paste, notes, highlights and history, and does not send it twice', async () => {
    const summary = await sendToTeam([1], sendOptions(engine));
    expect(summary).toMatchObject({ server: `team-${engine}`, stopped: false, notices: [] });
    const [sent] = summary.clips;
    expect(sent).toMatchObject({ clipId: 1, outcome: 'sent', title: PERSONAL[0]!.title });
    const teamClipId = (sent as { teamClipId: number }).teamClipId;
    const original = await lossless(mine, 1);
    expect(original.history).toHaveLength(1);
    expect(original.highlights).toHaveLength(1);
    expect(await lossless(team(engine), teamClipId)).toEqual(original);

    const again = await sendToTeam([1], sendOptions(engine));
    expect(again.clips).toEqual([{ clipId: 1, outcome: 'duplicate', teamClipId, title: PERSONAL[0]!.title }]);
    expect((await team(engine)['clips.get']({ id: teamClipId })).highlights).toHaveLength(1);
  });

  it('reports its progress batch by batch, and Stop sends no more once the running batch is in', async () => {
    const progress: TeamSendProgress[] = [];
    const stop = new AbortController();
    const ids = [2, 3, 4, 5, 6, 7, 8, 9];
    const summary = await sendToTeam(ids, {
      ...sendOptions(engine, { signal: stop.signal }),
      batchSize: 3,
      onProgress: (p) => {
        progress.push(p);
        if (p.done === 6) stop.abort();
      },
    });
    expect(progress).toEqual([
      { done: 0, total: 8 },
      { done: 3, total: 8 },
      { done: 6, total: 8 },
    ]);
    expect(summary.stopped).toBe(true);
    expect(summary.clips.map((c) => [c.clipId, c.outcome])).toEqual(ids.slice(0, 6).map((id) => [id, 'sent']));
    const onTeam = await team(engine)['search.query']({ query: 'lock keeper', limit: 50, offset: 0, sort: 'relevance', facets: false });
    expect(onTeam.total).toBe(7);

    const rest = await sendToTeam(ids, { ...sendOptions(engine), batchSize: 3 });
    expect(rest.clips.map((c) => c.outcome)).toEqual([...Array(6).fill('duplicate'), 'sent', 'sent']);
  });

  it('Stop during a batch cancels the team’s import of it, and the send ends there', async () => {
    const stop = new AbortController();
    const call = teamCall(engine);
    let runs = 0;
    const stopping: TeamCall = ((method: Method, args: unknown) => {
      const answer = (call as (m: Method, a: unknown) => Promise<unknown>)(method, args);
      if (method === 'import.exportRun' && ++runs === 2) stop.abort();
      return answer;
    }) as TeamCall;
    const summary = await sendToTeam([2, 3, 4, 5, 6], { ...sendOptions(engine, { signal: stop.signal, call: stopping }), batchSize: 2 });
    expect(summary.stopped).toBe(true);
    expect(summary.clips.map((c) => c.clipId)).toEqual([2, 3]);
    expect(runs).toBe(2);
  });

  it('keeps a later version linked to its earlier one, whichever batches the other clips take', async () => {
    const story = (day: string, barges: number) =>
      `Marshby lock reopens\n\nMARSHBY — The lock at Marshby reopened on ${day} after repairs, and ${barges} barges passed through by noon, the waterways board said.`;
    const earlier = await mine['clips.create']({ text: story('Monday', 12) });
    const later = await mine['clips.create']({ text: story('Monday morning', 14), versionOf: earlier.id });
    const summary = await sendToTeam([earlier.id, 4, later.id], { ...sendOptions(engine), batchSize: 1 });
    const teamId = (clipId: number) => (summary.clips.find((c) => c.clipId === clipId) as { teamClipId: number }).teamClipId;
    const sentLater = await team(engine)['clips.get']({ id: teamId(later.id) });
    expect(sentLater.earlierVersion?.id).toBe(teamId(earlier.id));
  });

  it('links a later version sent on its own to its earlier one, sent before', async () => {
    const story = (level: string) =>
      `Marshby weir gauge\n\nMARSHBY — The gauge at Marshby weir read ${level} metres at dawn, and the waterways board kept the sluices open.`;
    const earlier = await mine['clips.create']({ text: story('2.4') });
    const later = await mine['clips.create']({ text: story('2.9'), versionOf: earlier.id });
    const teamId = (summary: TeamSendSummary) => (summary.clips[0] as { teamClipId: number }).teamClipId;
    const first = await sendToTeam([earlier.id], sendOptions(engine));
    const second = await sendToTeam([later.id], sendOptions(engine));
    expect(second).toMatchObject({ notices: [], clips: [{ clipId: later.id, outcome: 'sent' }] });
    const sentLater = await team(engine)['clips.get']({ id: teamId(second) });
    expect(sentLater.earlierVersion?.id).toBe(teamId(first));
  });

  it('says why a clip could not be sent, and sends the others', async () => {
    const summary = await sendToTeam([404, 2], { ...sendOptions(engine), batchSize: 1 });
    expect(summary.clips[0]).toMatchObject({ clipId: 404, outcome: 'failed', message: expect.stringMatching(/there is no clip 404/) });
    expect(summary.clips[1]).toMatchObject({ clipId: 2, outcome: 'duplicate' });
  });
});
