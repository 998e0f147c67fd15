import { createHash, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { LibraryDatabase } from '../../electron/core/db/library-database.js';
import { postgresDatabase } from '../../electron/core/db/postgres-database.js';
import { migratePostgres } from '../../electron/core/db/pg-migrations/migrate.js';
import { fingerprint } from '../../electron/core/library/save-clip.js';
import { insertClip } from '../../electron/core/library/insert-clip.js';
import { searchDocument } from '../../electron/core/library/search-document.js';
import { searchLibrary } from '../../electron/core/library/search.js';
import { listClips } from '../../electron/core/library/clips.repo.js';
import { sql, sqlJoin, sqlFragment, type SqlFragment } from '../../electron/core/db/sql.js';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres.js';
import { rng, type SyntheticArticles } from './synthetic-text.js';

/** Rows per multi-row INSERT: 14 values each, well under PostgreSQL's 65,535 bound values. */
const LOAD_BATCH = 500;
const PLACES = ['Kyiv', 'Brussels', 'Nairobi', 'Lima', 'Hanoi', 'Oslo', 'Almaty', 'Dakar', 'Quito', 'Tbilisi', 'Porto', 'Halifax'];
const SOURCES = ['Reuters', 'AP', 'AFP', 'The Ledger', 'Harbour Times', 'Northern Post', 'Daily Courier'];
const TAGS = ['region/europe', 'region/africa', 'region/asia', 'topic/energy', 'topic/trade', 'follow-up'];

export interface TeamBenchOptions {
  clips: number;
  /** A database to fill (emptied first); absent: a throwaway cluster is started and deleted. */
  databaseUrl?: string | undefined;
  text: SyntheticArticles;
  log(line: string): void;
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;
const round = (x: number, digits = 2) => Number(x.toFixed(digits));
async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** A team library in a new database: of the given server, or of a cluster started for the bench. */
async function teamDatabase(url: string | undefined): Promise<{ url: string; done(): Promise<void> }> {
  let cluster: PostgresCluster | undefined;
  let admin = url;
  if (!admin) {
    cluster = await startPostgresCluster();
    admin = `postgresql://${cluster.user}@${cluster.host}:${cluster.port}/postgres`;
  }
  const name = `bench_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const target = new URL(admin);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    done: async () => {
      const dropper = new pg.Client({ connectionString: admin });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
      cluster?.stop();
    },
  };
}

/**
 * Fills the library with multi-row INSERTs, clips with their search documents and the links
 * facets and filters read (people, places, tags), as an import of a large archive would.
 */
export async function fillTeamLibrary(db: LibraryDatabase, opts: Omit<TeamBenchOptions, 'databaseUrl'>): Promise<number> {
  const random = rng(99);
  const people = Array.from({ length: 400 }, (_, k) => `Person ${k}`);
  await db.run(sql`INSERT INTO entities (kind, name) SELECT 'person', 'Person ' || g FROM generate_series(0, 399) AS g`);
  await db.run(
    sql`INSERT INTO entities (kind, name) VALUES ${sqlJoin(
      PLACES.map((p) => sqlFragment`('place', ${p})`),
      ', ',
    )}`,
  );
  await db.run(
    sql`INSERT INTO tags (name) VALUES ${sqlJoin(
      TAGS.map((t) => sqlFragment`(${t})`),
      ', ',
    )}`,
  );
  const entityId = new Map(
    (await db.all<{ id: number; name: string }>(sql`SELECT id, name FROM entities`)).map((e) => [e.name, e.id] as const),
  );
  const batch = (start: number) => {
    const rows: SqlFragment[] = [];
    const links: { person: number; place: number; tag: number | null }[] = [];
    for (let i = start; i < Math.min(opts.clips, start + LOAD_BATCH); i++) {
      const words = 200 + Math.floor(random() * 1_300);
      const raw = opts.text.article(i, words);
      const [title, , ...paragraphs] = raw.split('\n\n');
      const body = paragraphs.join('\n\n');
      const source = SOURCES[Math.floor(random() * SOURCES.length)]!;
      const date = `${2015 + (i % 11)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      const now = new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString();
      const doc = searchDocument({ title: title!, body, source, byline: '[]', notes: '', language: 'en' });
      const contentHash = createHash('sha256').update(body).digest('hex');
      rows.push(
        sqlFragment`(${title}, ${body}, ${raw}, '', ${contentHash}, ${date}, ${source}, 'en', ${words}, ${now}, ${now}, CAST(${doc} AS tsvector))`,
      );
      links.push({
        person: entityId.get(people[i % people.length]!)!,
        place: entityId.get(PLACES[(i + 1) % PLACES.length]!)!,
        tag: random() < 0.3 ? 1 + Math.floor(random() * TAGS.length) : null,
      });
    }
    return { rows, links };
  };
  const write = ({ rows, links }: ReturnType<typeof batch>) =>
    db.transaction(async (tx) => {
      const ids = await tx.all<{ id: number }>(
        sql`INSERT INTO clips (title, body, raw, raw_sha256, content_hash, date, source, language, word_count, created_at, updated_at, search_doc)
            VALUES ${sqlJoin(rows, ', ')} RETURNING id`,
      );
      const entityLinks = ids.flatMap(({ id }, k) => [
        sqlFragment`(${id}, ${links[k]!.person}, 0)`,
        sqlFragment`(${id}, ${links[k]!.place}, 1)`,
      ]);
      await tx.run(sql`INSERT INTO clip_entities (clip_id, entity_id, position) VALUES ${sqlJoin(entityLinks, ', ')}`);
      const tagLinks = ids.flatMap(({ id }, k) => (links[k]!.tag ? [sqlFragment`(${id}, ${links[k]!.tag})`] : []));
      if (tagLinks.length) await tx.run(sql`INSERT INTO clip_tags (clip_id, tag_id) VALUES ${sqlJoin(tagLinks, ', ')}`);
    });
  const started = performance.now();
  // The next batch is made while the server writes the last one, as a streaming import would.
  let writing: Promise<void> = Promise.resolve();
  for (let start = 0; start < opts.clips; start += LOAD_BATCH) {
    const next = batch(start);
    await writing;
    writing = write(next);
    if ((start / LOAD_BATCH) % 40 === 0) opts.log(`  ${Math.min(opts.clips, start + LOAD_BATCH)} / ${opts.clips}`);
  }
  await writing;
  const seconds = (performance.now() - started) / 1000;
  await db.run(sql`VACUUM ANALYZE`);
  return opts.clips / seconds;
}

/** One clip at a time through the repository (bands, quotes, entities), each in its own transaction. */
async function insertOneByOne(db: LibraryDatabase, text: SyntheticArticles, count: number): Promise<number> {
  const ms = await time(async () => {
    for (let i = 0; i < count; i++) {
      const raw = text.article(2_000_000 + i);
      const [title, , ...paragraphs] = raw.split('\n\n');
      await db.transaction((tx) =>
        insertClip(tx, {
          title: title!,
          paragraphs,
          raw,
          rawHtml: null,
          rawSha256: '',
          ...fingerprint(paragraphs),
          date: '2024-05-01',
          dateline: null,
          source: 'Reuters',
          byline: [],
          language: 'en',
          url: null,
          wordCount: 600,
          cruft: [],
          quotes: [],
          people: ['Person 1'],
          places: ['Oslo'],
          organizations: [],
          versionOf: null,
          now: new Date().toISOString(),
        }),
      );
    }
  });
  return (count / ms) * 1000;
}

/** The team library's figures: size, load rate, search and list times, on a synthetic PostgreSQL library. */
export async function benchTeam(opts: TeamBenchOptions): Promise<Record<string, number>> {
  const database = await teamDatabase(opts.databaseUrl);
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  await migratePostgres(pool);
  await pool.end();
  const db = postgresDatabase({ connectionString: database.url, max: 8 });
  const results: Record<string, number> = {};
  try {
    opts.log(`Filling a team library of ${opts.clips} clips in PostgreSQL…`);
    results.teamImportClipsPerSec = round(await fillTeamLibrary(db, opts), 0);
    results.teamClips = (await db.get<{ n: number }>(sql`SELECT count(*) AS n FROM clips`))!.n;
    results.teamInsertClipsPerSec = round(await insertOneByOne(db, opts.text, 300), 0);

    const random = rng(42);
    const queries = Array.from({ length: 60 }, () => opts.text.query(random));
    for (const q of queries.slice(0, 5)) await searchLibrary(db, q, { limit: 50, offset: 0, sort: 'relevance', facets: false });
    const searchTimes: number[] = [];
    for (const q of queries) {
      searchTimes.push(await time(() => searchLibrary(db, q, { limit: 50, offset: 0, sort: 'relevance', facets: false })));
    }
    results.teamSearchP50Ms = round(percentile(searchTimes, 0.5));
    results.teamSearchP95Ms = round(percentile(searchTimes, 0.95));
    const facetTimes: number[] = [];
    for (const q of queries.slice(0, 10)) {
      facetTimes.push(await time(() => searchLibrary(db, q, { limit: 50, offset: 0, sort: 'relevance', facets: true })));
    }
    results.teamFacetsMs = round(percentile(facetTimes, 0.5));
    const listTimes: number[] = [];
    for (const sort of ['date-desc', 'title-asc', 'source-desc'] as const) {
      listTimes.push(await time(() => listClips(db, { trashed: false, offset: 0, limit: 200, sort })));
    }
    results.teamListMaxMs = round(Math.max(...listTimes));
  } finally {
    await db.close();
    await database.done();
  }
  return results;
}
