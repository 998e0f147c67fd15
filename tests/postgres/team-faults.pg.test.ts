import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LISTENER_NAME } from '../../electron/core/team/other-servers.js';
import { readServerEvents } from '../../electron/core/team/remote/server-events.js';
import { EVENTS_PATH } from '../../electron/shared/api/team-wire.js';
import type { CoreEvent } from '../../electron/shared/models/core-events.js';
import { assertCliBuilt } from '../support/cli.js';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres.js';
import { cuttings, startTeamServe, type RunningTeamServer } from '../support/team-cli.js';

/**
 * Faults a team server meets in service: its own process killed in the middle of an import, and
 * PostgreSQL stopped as by a crash and started again while people work, on one server or on two
 * serving the same library. This file runs its own cluster, so stopping it disturbs no other
 * test, with commits acknowledged only once written.
 */

const PASSWORD = 'a long team passphrase';

interface Session {
  cookie: string;
  csrf: string;
}

interface Answer {
  status: number;
  ok: boolean;
  value?: { id?: number; title?: string | null } | undefined;
  error?: { code: string; message: string } | undefined;
}

/** A made-up news story; `n` makes each one its own. */
function story(n: number): string {
  return [
    `Ferry crossing ${n} resumes after the storm`,
    'By Tamsin Example',
    `The harbour office said on Tuesday that crossing number ${n} would sail again from the northern quay, two days after waves closed the route.`,
    `Passengers holding tickets for crossing ${n} may travel on any boat this week, a spokesperson for the operator said.`,
  ].join('\n\n');
}

/** Before PostgreSQL stops, while it is down, after it is back. */
type Phase = 'before' | 'down' | 'after';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `done`, looking again every 50 ms after `look` (which may read the database). */
async function until(what: string, done: () => boolean, ms = 60_000, look: () => Promise<unknown> = async () => undefined): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    await look();
    if (done()) return;
    if (Date.now() > deadline) throw new Error(`Waited ${ms / 1000} s for ${what}.`);
    await pause(50);
  }
}

async function signIn(origin: string): Promise<Session> {
  const response = await fetch(`${origin}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'ada', password: PASSWORD }),
  });
  const body = (await response.json()) as { ok: boolean; value?: { csrf: string }; error?: { message: string } };
  if (!body.ok) throw new Error(body.error?.message);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrf: body.value!.csrf };
}

async function call(origin: string, session: Session, method: string, args: unknown): Promise<Answer> {
  const response = await fetch(`${origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-cuttings-csrf': session.csrf },
    body: JSON.stringify(args),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
}

/** A page's event stream on a server: what it has heard so far, until closed. */
function followEvents(origin: string, session: Session): { heard: CoreEvent[]; close(): void } {
  const heard: CoreEvent[] = [];
  const stop = new AbortController();
  void fetch(`${origin}${EVENTS_PATH}`, { headers: { cookie: session.cookie, 'x-cuttings-csrf': session.csrf }, signal: stop.signal })
    .then((response) => readServerEvents(response.body!, (data) => heard.push(JSON.parse(data) as CoreEvent)))
    .catch(() => undefined);
  return { heard, close: () => stop.abort() };
}

const edits = (heard: CoreEvent[]) => heard.flatMap((event) => (event.type === 'library.edited' ? [event.method] : []));

describe('a team server meeting faults', () => {
  let cluster: PostgresCluster;
  let url: string;
  let pool: pg.Pool;
  const serve = () => startTeamServe(['--database', url, '--listen', '127.0.0.1:0', '--plain-http', '--login-rate', '1000']);

  beforeAll(async () => {
    assertCliBuilt();
    cluster = await startPostgresCluster({ durable: true });
    const admin = new pg.Client({ connectionString: `postgresql://${cluster.user}@${cluster.host}:${cluster.port}/postgres` });
    await admin.connect();
    await admin.query('CREATE DATABASE faults');
    await admin.end();
    url = `postgresql://${cluster.user}@${cluster.host}:${cluster.port}/faults`;
    const init = await cuttings(['team', 'init', '--database', url, '--admin', 'ada', '--password-stdin'], `${PASSWORD}\n`);
    expect(init.stderr).toBe('');
    pool = new pg.Pool({ connectionString: url, max: 2 });
    pool.on('error', () => undefined);
  }, 180_000);

  afterAll(async () => {
    await pool?.end();
    cluster?.stop();
  });

  /** Every clip was saved whole: with its duplicate-check bands and its search document. */
  const partlySaved = async () =>
    (
      await pool.query<{ id: string }>(
        `SELECT c.id FROM clips c WHERE NOT EXISTS (SELECT 1 FROM clip_bands b WHERE b.clip_id = c.id) OR c.search_doc = ''::tsvector`,
      )
    ).rows;

  const expectSaved = async (server: RunningTeamServer, saved: Map<number, string | null>) => {
    const session = await signIn(server.origin);
    for (const [id, title] of saved) {
      const answer = await call(server.origin, session, 'clips.get', { id });
      expect(answer.status, `clip ${id}`).toBe(200);
      expect(answer.value?.title).toBe(title);
    }
  };

  it('keeps every clip it acknowledged when the server is killed in the middle of an import', async () => {
    const server = await serve();
    const session = await signIn(server.origin);
    const acknowledged = new Map<number, string | null>();
    let killed = false;
    let next = 0;
    const importer = async () => {
      while (!killed) {
        const n = next++;
        try {
          const answer = await call(server.origin, session, 'clips.create', { text: story(n) });
          expect(answer.status, answer.error?.message).toBe(200);
          acknowledged.set(answer.value!.id!, answer.value!.title!);
        } catch (err) {
          if (!killed) throw err;
        }
      }
    };
    const importers = [importer(), importer(), importer()];
    await until('a dozen clips saved', () => acknowledged.size >= 12);
    killed = true;
    await server.kill();
    await Promise.all(importers);

    const again = await serve();
    try {
      await expectSaved(again, acknowledged);
      expect(await partlySaved()).toEqual([]);
      const audited = await pool.query<{ ids: string[] }>(`SELECT ids FROM team_audit WHERE method = 'clips.create'`);
      const auditedIds = new Set(audited.rows.flatMap((r) => r.ids.map(Number)));
      for (const id of acknowledged.keys()) expect(auditedIds.has(id), `audit entry for clip ${id}`).toBe(true);
    } finally {
      await again.stop();
    }
  }, 180_000);

  it('lets a page on one of two servers hear the other’s writes, and read again once PostgreSQL is back from a crash', async () => {
    const [one, two] = await Promise.all([serve(), serve()]);
    const [onOne, onTwo] = await Promise.all([signIn(one.origin), signIn(two.origin)]);
    const page = followEvents(two.origin, onTwo);
    const listeners = async () =>
      (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1', [LISTENER_NAME]))
        .rows[0]!.n;
    try {
      let listening = 0;
      await until(
        'both servers listening',
        () => listening === 2,
        30_000,
        async () => (listening = await listeners()),
      );
      const saved = await call(one.origin, onOne, 'clips.create', { text: story(5_000) });
      expect(saved.status, saved.error?.message).toBe(200);
      await until('the page on the other server hearing the write', () => edits(page.heard).includes('clips.create'));

      cluster.crash();
      cluster.restart();
      await until('the page reading the library again', () => edits(page.heard).includes(null));
      const log = two.stderr();
      expect(log.match(/stopped hearing other servers' changes/g), log).toHaveLength(1);
      expect(log.match(/hears other servers' changes to this library again/g), log).toHaveLength(1);
    } finally {
      page.close();
      await Promise.all([one.stop(), two.stop()]);
    }
  }, 180_000);

  it('answers every request while PostgreSQL crashes and restarts: done, or refused saying the database is unreachable', async () => {
    const server = await serve();
    const session = await signIn(server.origin);
    let phase = 'before' as Phase;
    let stopped = false;
    const answers: (Answer & { phase: Phase; method: string })[] = [];
    const failures: string[] = [];
    const acknowledged = new Map<number, string | null>();
    let next = 1_000;
    const worker = async (w: number) => {
      for (let i = w; !stopped; i++) {
        const [method, args] = [
          ['clips.create', { text: story(next++) }],
          ['search.query', { query: 'crossing', limit: 20 }],
          ['clips.list', { offset: 0, limit: 20 }],
        ][i % 3] as [string, unknown];
        const at = phase;
        try {
          const answer = await call(server.origin, session, method, args);
          answers.push({ ...answer, phase: at, method });
          if (answer.status === 200 && method === 'clips.create') acknowledged.set(answer.value!.id!, answer.value!.title!);
        } catch (err) {
          // The server itself must stay up and answer: a dropped connection is a failure of the test.
          failures.push(`${method}: ${(err as Error).message}`);
        }
      }
    };
    const workers = [0, 1, 2, 3].map(worker);
    try {
      await until('some clips saved', () => acknowledged.size >= 6);
      cluster.crash();
      phase = 'down';
      await until('requests refused while PostgreSQL is down', () => answers.filter((a) => a.phase === 'down').length >= 6);
      cluster.restart();
      phase = 'after';
      await until('clips saved again after the restart', () =>
        answers.some((a) => a.phase === 'after' && a.method === 'clips.create' && a.status === 200),
      );
    } finally {
      stopped = true;
      await Promise.all(workers);
    }

    try {
      expect(failures).toEqual([]);
      const refused = answers.filter((a) => a.status !== 200);
      expect(refused.filter((a) => a.phase === 'down').length).toBeGreaterThan(0);
      for (const a of refused) {
        expect(a.status, a.error?.message).toBe(503);
        expect(a.error?.code).toBe('library_unavailable');
        expect(a.error?.message).toMatch(/database (is|became) unreachable/);
        expect(a.error?.message).toMatch(/try again/i);
      }
      expect(answers.filter((a) => a.phase === 'after' && a.status === 200).length).toBeGreaterThan(0);
      await expectSaved(server, acknowledged);
      expect(await partlySaved()).toEqual([]);
    } finally {
      await server.stop();
    }
  }, 180_000);
});
