import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import autocannon, { type Client } from 'autocannon';
import pg from 'pg';
import { addUser, findUser } from '../../electron/core/team/accounts/users.js';
import { CSRF_HEADER } from '../../electron/server/team/team-cookies.js';
import type { TeamCorpus } from './team-corpus.js';

/** The built CLI: the bench's build makes it beside the bench (dist/cli). */
const CLI = join(import.meta.dirname, '../../bin/cuttings.js');
const PASSWORD = 'a long bench passphrase';
/** Accounts the sessions are spread over; each person may be signed in from several places. */
const ACCOUNTS = 10;

export interface MixedLoadOptions {
  url: string;
  corpus: TeamCorpus;
  /** Ids of live clips, drawn from the library, that the mix reads. */
  ids: readonly number[];
  connections: number;
  seconds: number;
  log(line: string): void;
}

interface Session {
  cookie: string;
  csrf: string;
}

interface RunningServer {
  origin: string;
  stop(): Promise<void>;
}

/** `cuttings team serve` on a free port of 127.0.0.1, as a team runs it. */
function startServer(url: string): Promise<RunningServer> {
  const child = spawn(
    process.execPath,
    [CLI, 'team', 'serve', '--database', url, '--listen', '127.0.0.1:0', '--plain-http', '--login-rate', '1000', '--json'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`cuttings team serve stopped (${code}): ${stderr}`)));
    createInterface({ input: child.stdout }).once('line', (line) => {
      resolve({ origin: (JSON.parse(line) as { url: string }).url.replace(/\/$/, ''), stop });
    });
  });
}

async function signIn(origin: string, name: string): Promise<Session> {
  const response = await fetch(`${origin}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: PASSWORD }),
  });
  const body = (await response.json()) as { ok: boolean; value?: { csrf: string }; error?: { message: string } };
  if (!body.ok) throw new Error(`${name} could not sign in: ${body.error?.message}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrf: body.value!.csrf };
}

/**
 * One session's round of calls, as a desk works: searches, lists and clips read, and a clip
 * saved; each call's arguments drawn afresh, so the server answers different questions.
 */
function requestsOf(session: Session, opts: MixedLoadOptions, seed: number): autocannon.Request[] {
  const queries = opts.corpus.queries(200, 1_000 + seed).map((q) => q.text);
  let n = seed * 7_919;
  const next = () => (n = (n * 1_103_515_245 + 12_345) % 2_147_483_648);
  const headers = { 'content-type': 'application/json', cookie: session.cookie, [CSRF_HEADER]: session.csrf };
  const call = (method: string, args: () => unknown): autocannon.Request => ({
    method: 'POST',
    path: `/api/${method}`,
    headers,
    setupRequest: (request) => ({ ...request, body: JSON.stringify(args()) }),
  });
  // A search as the app makes it: the first page with the counts that narrow it (facets).
  const search = call('search.query', () => ({ query: queries[next() % queries.length], limit: 50, facets: true }));
  const list = call('clips.list', () => ({ offset: (next() % 20) * 50, limit: 50, sort: 'date-desc' }));
  const get = call('clips.get', () => ({ id: opts.ids[next() % opts.ids.length] }));
  const save = call('clips.create', () => {
    const clip = opts.corpus.clip(7_000_000 + next());
    return { text: `${clip.title}\n\n${clip.body}` };
  });
  return MIX.map((method) => ({ search, list, get, save })[method]);
}

/** One session's round of calls, in order; each client of autocannon goes round it, one call at a time. */
const MIX = ['search', 'list', 'get', 'search', 'save', 'search', 'get', 'list', 'search', 'get'] as const;
const METHOD_OF = { search: 'search.query', list: 'clips.list', get: 'clips.get', save: 'clips.create' } as const;

/**
 * Many people on the team server at once: `connections` sessions, each signed in with a real
 * account (its cookie and CSRF header), calling a read/write mix for `seconds`. Returns the 95th
 * percentile of the answers' times and the calls that failed or were refused.
 */
export async function benchMixedLoad(opts: MixedLoadOptions): Promise<Record<string, number>> {
  const pool = new pg.Pool({ connectionString: opts.url, max: 2 });
  try {
    for (let i = 1; i <= ACCOUNTS; i++) if (!(await findUser(pool, `desk${i}`))) await addUser(pool, `desk${i}`, 'editor', PASSWORD);
  } finally {
    await pool.end();
  }
  const server = await startServer(opts.url);
  try {
    const sessions: Session[] = [];
    for (let i = 0; i < opts.connections; i++) sessions.push(await signIn(server.origin, `desk${1 + (i % ACCOUNTS)}`));
    opts.log(`${opts.connections} people signed in; a read/write mix for ${opts.seconds} s…`);
    const times: number[] = [];
    const byMethod = new Map<string, number[]>();
    const refused = new Map<string, number>();
    // Each client makes one call at a time, going round MIX, so its nth answer is for MIX[n % length].
    const answered = new Map<Client, number>();
    let clients = 0;
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: server.origin,
          connections: opts.connections,
          duration: opts.seconds,
          timeout: 30,
          setupClient: (client: Client) => {
            const k = clients++;
            client.setRequests(requestsOf(sessions[k % sessions.length]!, opts, k));
          },
        },
        (err, done) => (err ? reject(err) : resolve(done)),
      );
      instance.on('response', (client: Client, status: number, _bytes: number, ms: number) => {
        const n = answered.get(client) ?? 0;
        answered.set(client, n + 1);
        const method = METHOD_OF[MIX[n % MIX.length]!];
        times.push(ms);
        byMethod.set(method, [...(byMethod.get(method) ?? []), ms]);
        if (status >= 300) refused.set(`${method} ${status}`, (refused.get(`${method} ${status}`) ?? 0) + 1);
      });
    });
    const p = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? NaN;
    for (const [method, ms] of byMethod) {
      opts.log(`  ${method}: ${ms.length} calls, p50 ${Math.round(p(ms, 0.5))} ms, p95 ${Math.round(p(ms, 0.95))} ms`);
    }
    if (refused.size) opts.log(`  refused: ${[...refused].map(([what, n]) => `${what} ×${n}`).join(', ')}`);
    opts.log(
      `  ${result.requests.total} calls, ${result.non2xx} refused, ${result.errors} failed, ${result.timeouts} timed out; p50 ${result.latency.p50} ms`,
    );
    return {
      teamMixedRequests: result.requests.total,
      teamMixedP95Ms: Number(p(times, 0.95).toFixed(1)),
      // Timed-out calls count among `errors` already.
      teamErrors: result.errors + result.non2xx,
    };
  } finally {
    await server.stop();
  }
}
