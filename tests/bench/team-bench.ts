import { createHash, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { pluckAll, type LibraryDatabase } from '../../electron/core/db/library-database.js';
import { postgresDatabase } from '../../electron/core/db/postgres-database.js';
import { migratePostgres } from '../../electron/core/db/pg-migrations/migrate.js';
import { mergePendingIndexEntries } from '../../electron/core/db/pending-index-entries.js';
import { fingerprint } from '../../electron/core/library/save-clip.js';
import { insertClips, prepareClipRows } from '../../electron/core/library/insert-clip.js';
import { writeOverlapped } from '../../electron/core/db/overlap.js';
import type { NewClipRow } from '../../electron/core/library/clips.repo.js';
import { searchDocument } from '../../electron/core/library/search-document.js';
import { searchLibrary } from '../../electron/core/library/search.js';
import { listClips } from '../../electron/core/library/clips.repo.js';
import { sql, sqlJoin, sqlFragment, sqlRaw, type SqlFragment } from '../../electron/core/db/sql.js';
import { explainedSearch } from '../support/explained-search.js';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres.js';
import { benchMixedLoad } from './team-mixed-bench.js';
import { PEOPLE, PLACES, SOURCES, TAGS, teamCorpus, type TeamCorpus } from './team-corpus.js';

/** Rows per multi-row INSERT: 14 values each, well under PostgreSQL's 65,535 bound values. */
const LOAD_BATCH = 500;
/** Copies made by one INSERT … SELECT when the library is grown from its distinct clips. */
const COPY_BATCH = 100_000;

export interface TeamBenchOptions {
  /** Clips in the library searched. */
  clips: number;
  /** Distinct generated clips; the rest of the library is copies of them with other dates, sources and tags. */
  distinct: number;
  /** Clips saved one by one through the repository, each in its own transaction, for the import rate. */
  importSample: number;
  /** A database to fill (emptied first); absent: a throwaway cluster is started and deleted. */
  databaseUrl?: string | undefined;
  /** Print the query plans (EXPLAIN ANALYZE) of the slowest searches. */
  explain?: boolean;
  /** People on the team server at once in the read/write mix (0 leaves it out), and for how many seconds. */
  users: number;
  mixedSeconds: number;
  /** Keep the filled database (its URL is logged), to be searched again with `reuse`. */
  keep?: boolean;
  /** The URL of a library kept by an earlier run: migrated to the current schema and measured as it is, without filling it again. */
  reuse?: string | undefined;
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
async function teamDatabase(
  url: string | undefined,
  keep: boolean,
  log: (line: string) => void,
): Promise<{ url: string; done(): Promise<void> }> {
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
      if (keep) return log(`Kept the library: reuse it with --team-reuse ${target.toString()}`);
      const dropper = new pg.Client({ connectionString: admin });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
      cluster?.stop();
    },
  };
}

/** The indexes of the tables a bulk load fills, but not those behind constraints: dropped for the load, made again after. */
async function secondaryIndexes(db: LibraryDatabase): Promise<{ name: string; definition: string }[]> {
  return db.all(
    sql`SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
        WHERE i.schemaname = current_schema() AND i.tablename IN ('clips', 'clip_entities', 'clip_tags')
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.indexname))::regclass)`,
  );
}

/** The distinct clips, written with multi-row INSERTs; the next batch is made while the server writes the last. */
async function insertDistinct(db: LibraryDatabase, corpus: TeamCorpus, count: number, log: (line: string) => void): Promise<void> {
  const batch = (start: number) => {
    const rows: SqlFragment[] = [];
    for (let i = start; i < Math.min(count, start + LOAD_BATCH); i++) {
      const c = corpus.clip(i);
      const byline = JSON.stringify(c.byline);
      const now = new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString();
      const doc = searchDocument({ title: c.title, body: c.body, source: c.source, byline, notes: '', language: c.language });
      const contentHash = createHash('sha256').update(c.body).digest('hex');
      rows.push(
        sqlFragment`(${c.title}, ${c.body}, ${`${c.title}\n\n${c.body}`}, '', ${contentHash}, ${c.date}, ${c.source}, ${byline},
          ${c.language}, ${c.words}, ${now}, ${now}, CAST(${doc.words} AS tsvector), CAST(${doc.pairs} AS tsvector))`,
      );
    }
    return rows;
  };
  let writing: Promise<unknown> = Promise.resolve();
  for (let start = 0; start < count; start += LOAD_BATCH) {
    const rows = batch(start);
    await writing;
    writing = db.run(
      sql`INSERT INTO clips (title, body, raw, raw_sha256, content_hash, date, source, byline, language, word_count, created_at, updated_at, search_doc, word_pairs)
          VALUES ${sqlJoin(rows, ', ')}`,
    );
    if ((start / LOAD_BATCH) % 20 === 0) log(`  ${Math.min(count, start + LOAD_BATCH)} / ${count} distinct clips`);
  }
  await writing;
}

/**
 * The rest of the library as copies of the distinct clips, made by the server: each copy another
 * day, source and hash, so filters, dates and duplicate checks see a library of that size.
 */
async function insertCopies(db: LibraryDatabase, distinct: number, total: number, log: (line: string) => void): Promise<void> {
  const sources = `{${SOURCES.map((s) => `"${s}"`).join(',')}}`;
  for (let made = distinct; made < total; made += COPY_BATCH) {
    const n = Math.min(COPY_BATCH, total - made);
    await db.run(
      sql`INSERT INTO clips (title, body, raw, raw_sha256, content_hash, date, source, byline, language, word_count, created_at, updated_at, search_doc, word_pairs)
          SELECT c.title, c.body, c.raw, '', md5(c.content_hash || k), to_char(to_date(c.date, 'YYYY-MM-DD') - CAST(k % 3650 AS integer), 'YYYY-MM-DD'),
            (CAST(${sources} AS text[]))[CAST(1 + (k % ${SOURCES.length}) AS integer)], c.byline, c.language, c.word_count, c.created_at, c.updated_at, c.search_doc, c.word_pairs
          FROM generate_series(CAST(${made} AS bigint), CAST(${made + n - 1} AS bigint)) AS k JOIN clips c ON c.id = 1 + (k % ${distinct})`,
    );
    log(`  ${made + n} / ${total} clips`);
  }
}

/** People, places and tags for every clip, spread as the synthetic articles name them. */
async function linkEntities(db: LibraryDatabase): Promise<void> {
  await db.run(
    sql`INSERT INTO entities (kind, name) VALUES ${sqlJoin(
      PEOPLE.map((p) => sqlFragment`('person', ${p})`),
      ', ',
    )}, ${sqlJoin(
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
  await db.run(
    sql`INSERT INTO clip_entities (clip_id, entity_id, position)
        SELECT c.id, e.id, 0 FROM clips c JOIN entities e ON e.kind = 'person' AND e.id = 1 + (c.id % ${PEOPLE.length})`,
  );
  await db.run(
    sql`INSERT INTO clip_entities (clip_id, entity_id, position)
        SELECT c.id, e.id, 1 FROM clips c JOIN entities e ON e.kind = 'place' AND e.id = ${PEOPLE.length + 1} + (c.id % ${PLACES.length})`,
  );
  await db.run(
    sql`INSERT INTO clip_tags (clip_id, tag_id) SELECT c.id, t.id FROM clips c JOIN tags t ON t.id = 1 + (c.id % ${TAGS.length}) WHERE c.id % 10 < 3`,
  );
}

/**
 * A GIN index over a million clips' documents takes most of an hour to build on one core, and
 * PostgreSQL builds one without parallel workers: two connections build two indexes at once.
 */
const INDEX_BUILDERS = 2;

async function makeIndexes(
  db: LibraryDatabase,
  indexes: { name: string; definition: string }[],
  log: (line: string) => void,
): Promise<void> {
  log(`  making ${indexes.length} indexes again, ${INDEX_BUILDERS} at a time…`);
  const queue = [...indexes];
  let made = 0;
  const builder = () =>
    db.transaction(async (tx) => {
      await tx.run(sql`SET LOCAL maintenance_work_mem = '512MB'`);
      for (let next = queue.shift(); next; next = queue.shift()) {
        await tx.run(sql`${sqlRaw(next.definition)}`);
        log(`  ${++made} / ${indexes.length} indexes (${next.name})`);
      }
    });
  await Promise.all(Array.from({ length: INDEX_BUILDERS }, builder));
}

/**
 * Fills the library as a restore of a large archive would: indexes dropped, distinct clips with
 * their search documents written by multi-row INSERTs, the rest copied by the server, links added,
 * then the indexes made again and the tables analysed. Returns the seconds it took.
 */
export async function fillTeamLibrary(db: LibraryDatabase, corpus: TeamCorpus, opts: TeamBenchOptions): Promise<number> {
  const started = performance.now();
  const indexes = await secondaryIndexes(db);
  for (const { name } of indexes) await db.run(sql`DROP INDEX ${sqlRaw(`"${name}"`)}`);
  const distinct = Math.min(opts.distinct, opts.clips);
  await insertDistinct(db, corpus, distinct, opts.log);
  await insertCopies(db, distinct, opts.clips, opts.log);
  await linkEntities(db);
  await makeIndexes(db, indexes, opts.log);
  await db.run(sql`VACUUM ANALYZE`);
  return (performance.now() - started) / 1000;
}

/** Clips an import saves in one transaction: a failure loses at most the batch being written, which the import reports. */
const IMPORT_BATCH = 100;

/**
 * Clips saved through the repository (bands, entities, search document), `batch` to a
 * transaction and its multi-row statements: 1 as a person saves them one by one, IMPORT_BATCH as
 * an import saves a file's.
 */
async function saveClips(
  db: LibraryDatabase,
  corpus: TeamCorpus,
  from: number,
  count: number,
  batch: number,
  log: (line: string) => void,
): Promise<number> {
  const rows = Array.from({ length: count }, (_, i) => {
    const c = corpus.clip(from + i);
    const paragraphs = c.body.split('\n\n');
    return { c, paragraphs, print: fingerprint(paragraphs) };
  });
  const row = (i: number): NewClipRow => {
    const { c, paragraphs, print } = rows[i]!;
    return {
      title: c.title,
      paragraphs,
      raw: `${c.title}\n\n${c.body}`,
      rawHtml: null,
      rawSha256: '',
      ...print,
      date: c.date,
      dateline: null,
      source: c.source,
      byline: c.byline,
      language: c.language,
      url: null,
      wordCount: c.words,
      cruft: [],
      quotes: [],
      people: [PEOPLE[i % PEOPLE.length]!],
      places: [PLACES[i % PLACES.length]!],
      organizations: [],
      versionOf: null,
      clippedBy: null,
      now: new Date().toISOString(),
    };
  };
  const starts = Array.from({ length: Math.ceil(count / batch) }, (_, k) => k * batch);
  const rowsFrom = (start: number) => Array.from({ length: Math.min(count, start + batch) - start }, (_, k) => row(start + k));
  let saved = 0;
  const write = async (batchRows: NewClipRow[]) => {
    await db.transaction((tx) => insertClips(tx, batchRows));
    if (Math.floor((saved + batchRows.length) / 2_000) > Math.floor(saved / 2_000)) log(`  ${saved + batchRows.length} / ${count} saved`);
    saved += batchRows.length;
  };
  const ms = await time(async () => {
    // An import makes each batch's documents while the batch before is written; a save makes its own in its transaction.
    if (batch > 1) await writeOverlapped(starts, (start) => prepareClipRows(db.dialect, rowsFrom(start)), write);
    else for (const start of starts) await write(rowsFrom(start));
    // The entries the saves left pending are part of their cost: the team server merges them when idle.
    const merging = await time(() => mergePendingIndexEntries(db));
    log(`  merging the pending index entries took ${Math.round(merging)} ms`);
  });
  return (count / ms) * 1000;
}

/** The query plans of every statement a search runs, measured as they run (EXPLAIN ANALYZE). */
async function explainSearch(db: LibraryDatabase, query: string): Promise<string> {
  return [`-- ${query}`, ...(await explainedSearch(db, query, '(ANALYZE, BUFFERS)'))].join('\n');
}

/** The team library's figures: size, load and import rates, search and list times, on a synthetic PostgreSQL library. */
export async function benchTeam(opts: TeamBenchOptions): Promise<Record<string, number>> {
  const corpus = teamCorpus();
  const database = opts.reuse
    ? { url: opts.reuse, done: () => Promise.resolve() }
    : await teamDatabase(opts.databaseUrl, opts.keep === true, opts.log);
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  await migratePostgres(pool);
  await pool.end();
  const db = postgresDatabase({ connectionString: database.url, max: 8 });
  const results: Record<string, number> = {};
  try {
    if (!opts.reuse) {
      opts.log(`Filling a team library of ${opts.clips} clips (${Math.min(opts.distinct, opts.clips)} distinct) in PostgreSQL…`);
      results.teamLoadSeconds = round(await fillTeamLibrary(db, corpus, opts), 0);
    }
    results.teamClips = (await db.get<{ n: number }>(sql`SELECT count(*) AS n FROM clips`))!.n;

    opts.log('Searching…');
    const queries = corpus.queries(100, 42);
    const search = (q: string, facets = false) => searchLibrary(db, q, { limit: 50, offset: 0, sort: 'relevance', facets });
    for (const { text } of queries.slice(0, 5)) await search(text);
    const searchTimes: { kind: string; q: string; ms: number }[] = [];
    for (const { kind, text } of queries) searchTimes.push({ kind, q: text, ms: await time(() => search(text)) });
    const ms = searchTimes.map((t) => t.ms);
    results.teamSearchP50Ms = round(percentile(ms, 0.5));
    results.teamSearchP95Ms = round(percentile(ms, 0.95));
    for (const kind of new Set(searchTimes.map((t) => t.kind))) {
      const times = searchTimes.filter((t) => t.kind === kind).map((t) => t.ms);
      opts.log(
        `  ${kind}: ${times.length} searches, p50 ${Math.round(percentile(times, 0.5))} ms, max ${Math.round(Math.max(...times))} ms`,
      );
    }
    const slowest = [...searchTimes].sort((a, b) => b.ms - a.ms).slice(0, 5);
    opts.log(`  slowest: ${slowest.map((t) => `${t.q} (${Math.round(t.ms)} ms)`).join('; ')}`);
    if (opts.explain) for (const { q } of slowest.slice(0, 3)) opts.log(await explainSearch(db, q));
    const facetTimes: number[] = [];
    for (const { text: q } of queries.slice(0, 10)) {
      facetTimes.push(await time(() => search(q, true)));
    }
    results.teamFacetsMs = round(percentile(facetTimes, 0.5));
    const listTimes: number[] = [];
    for (const sort of ['date-desc', 'title-asc', 'source-desc'] as const) {
      listTimes.push(await time(() => listClips(db, { trashed: false, offset: 0, limit: 200, sort })));
    }
    results.teamListMaxMs = round(Math.max(...listTimes));

    opts.log(`Importing ${opts.importSample} clips through the repository, ${IMPORT_BATCH} to a transaction…`);
    results.teamImportClips = opts.importSample;
    results.teamImportClipsPerSec = round(await saveClips(db, corpus, 5_000_000, opts.importSample, IMPORT_BATCH, opts.log), 0);
    const oneByOne = Math.min(opts.importSample, 1_000);
    opts.log(`Saving ${oneByOne} clips one by one, each in its own transaction…`);
    results.teamSaveClipsPerSec = round(await saveClips(db, corpus, 6_000_000, oneByOne, 1, opts.log), 0);

    if (opts.users > 0) {
      // Clips that are there to read: a sample of the live ones, not ids guessed from a range.
      const ids = await pluckAll<number>(db, sql`SELECT id FROM clips WHERE deleted_at IS NULL ORDER BY random() LIMIT 2000`);
      Object.assign(
        results,
        await benchMixedLoad({
          url: database.url,
          corpus,
          ids,
          connections: opts.users,
          seconds: opts.mixedSeconds,
          log: opts.log,
        }),
      );
    }
  } finally {
    await db.close();
    await database.done();
  }
  return results;
}
