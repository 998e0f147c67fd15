// `npm run bench [-- --json] [-- --clips N] [-- --import N] [-- --crash N]`
// `npm run bench -- --team [--clips N] [--team-distinct N] [--team-import N] [--team-explain] [--team-database URL] [--team-users N] [--team-seconds N] [--team-keep] [--team-reuse URL]`:
// the team library's figures alone, on PostgreSQL (a throwaway cluster unless a server's URL is
// given; its database is made and dropped): a library of --clips clips (1,000,000 unless given),
// --team-distinct of them generated (20,000), the rest copies; --team-import clips imported, 100 to a transaction (20,000).
// --team-users people (50) on `cuttings team serve` at once for --team-seconds (30), in a read/write mix (autocannon);
// --team-keep keeps the filled database and logs its URL; --team-reuse URL measures such a library again without filling it.
// Builds a synthetic library in a temporary folder, measures the figures DESIGN.md names, each
// beside a baseline from the same run (these machines are noisy), and deletes the folder.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createCoreService, type CoreService } from '../../electron/core/core-service.js';
import { openLibrary, type Db } from '../../electron/core/db/open-library.js';
import { fingerprint } from '../../electron/core/library/save-clip.js';
import { insertClip } from '../../electron/core/library/insert-clip.js';
import { sqliteDatabase } from '../../electron/core/db/sqlite-database.js';
import { parseClip } from '../../electron/shared/clipper/parse-clip.js';
import { draftFromPaste } from '../../electron/core/clipper/draft-from-paste.js';
import { warmPasteReading } from '../../electron/core/clipper/warm-up.js';
import { syntheticPage } from './html-pages.js';
import { syntheticArticles } from './synthetic-text.js';
import { rng } from './synthetic-words.js';
import { benchCompare, benchRelated } from './compare-bench.js';
import { benchDocx, benchDossier } from './dossier-bench.js';
import { benchPdfImport } from './pdf-import-bench.js';
import { runCrashTest } from '../safety/crash-run.js';
import { FIELD_SORTS, type FieldSort } from '../../electron/shared/models/list-sort.js';
import { benchTeam } from './team-bench.js';
import { measureCoreMemory, reportCoreMemory } from './core-memory.js';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean' },
    clips: { type: 'string' },
    import: { type: 'string' },
    crash: { type: 'string' },
    team: { type: 'boolean' },
    'team-database': { type: 'string' },
    'team-distinct': { type: 'string' },
    'team-import': { type: 'string' },
    'team-explain': { type: 'boolean' },
    'team-keep': { type: 'boolean' },
    'team-users': { type: 'string' },
    'team-seconds': { type: 'string' },
    'team-reuse': { type: 'string' },
    'core-memory': { type: 'string' },
  },
});
// The bench started again by itself to measure the core's memory apart (core-memory.ts).
if (values['core-memory']) {
  await reportCoreMemory(values['core-memory'], JSON.parse(readFileSync(0, 'utf8')) as string[]);
  process.exit(0);
}
const CLIPS = Number(values.clips ?? (values.team ? 1_000_000 : 100_000));
const IMPORTS = Number(values.import ?? Math.min(10_000, CLIPS));
/** SIGKILLs in the long crash test; 0 leaves it out. */
const CRASH_KILLS = Number(values.crash ?? 100);
const json = values.json === true;
const log = (line: string) => {
  if (!json) process.stderr.write(`${line}\n`);
};

const median = (xs: number[]) => percentile(xs, 0.5);
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
}
const round = (x: number, digits = 2) => Number(x.toFixed(digits));
async function time<T>(fn: () => T | Promise<T>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}
async function ok<T>(core: CoreService, method: string, args: unknown): Promise<T> {
  const r = await core.dispatch(method, args);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

const folder = mkdtempSync(join(tmpdir(), 'cuttings-bench-'));
const text = syntheticArticles();
const results: Record<string, number> = { clips: CLIPS };
const baselines: Record<string, [string, number]> = {};

try {
  if (values.team) {
    Object.assign(
      results,
      await benchTeam({
        clips: CLIPS,
        distinct: Number(values['team-distinct'] ?? 20_000),
        importSample: Number(values['team-import'] ?? 20_000),
        databaseUrl: values['team-database'],
        explain: values['team-explain'] === true,
        keep: values['team-keep'] === true,
        users: Number(values['team-users'] ?? 50),
        mixedSeconds: Number(values['team-seconds'] ?? 30),
        reuse: values['team-reuse'],
        log,
      }),
    );
  } else {
    await benchPersonal();
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}

/** The personal library's figures, on a SQLite file. */
async function benchPersonal(): Promise<void> {
  // Parsing: a 1,000-word article, the size of a long news story.
  const article = text.article(1, 1_000);
  for (let i = 0; i < 20; i++) parseClip(article);
  const parseTimes: number[] = [];
  for (let i = 0; i < 200; i++) parseTimes.push(await time(() => parseClip(text.article(i, 1_000))));
  results.parseP50Ms = round(median(parseTimes));

  // HTML pastes, from paste to review draft: typical pages of about 200 KB, and the largest, 1.5 MB.
  log('Reading pasted HTML pages…');
  const typicalPage = (i: number) => syntheticPage(text, i, { words: 1_200, links: 150, scriptKB: 140 });
  // As the app does when it comes to the front, then one page read through.
  await warmPasteReading();
  await draftFromPaste({ text: '', html: typicalPage(0) });
  const htmlTimes: number[] = [];
  for (let i = 1; i <= 20; i++) {
    const html = typicalPage(i);
    htmlTimes.push(await time(() => draftFromPaste({ text: '', html })));
  }
  results.htmlParseP50Ms = round(median(htmlTimes));
  const largeTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const html = syntheticPage(text, 100 + i, { words: 4_000, links: 600, scriptKB: 1_300 });
    largeTimes.push(await time(() => draftFromPaste({ text: '', html })));
  }
  results.htmlParseMaxMs = round(Math.max(...largeTimes));

  // Import through the whole pipeline (parse, duplicate check, store, index), one clip at a time,
  // beside the same pastes inserted straight into the same schema.
  log(`Importing ${IMPORTS} pastes through the clipper…`);
  const importCore = createCoreService(join(folder, 'import.db'));
  const importMs = await time(async () => {
    for (let i = 0; i < IMPORTS; i++) await ok(importCore, 'clips.create', { text: text.article(1_000_000 + i) });
  });
  importCore.close();
  results.importClipsPerSec = round((IMPORTS / importMs) * 1000, 0);
  const rawDb = openLibrary(join(folder, 'raw.db'));
  const rawInsert = rawDb.prepare(
    `INSERT INTO clips (title, body, raw, raw_sha256, content_hash, created_at, updated_at) VALUES (?, ?, ?, '', '', ?, ?)`,
  );
  const rawMs = await time(() => {
    for (let i = 0; i < IMPORTS; i++) {
      const raw = text.article(1_000_000 + i);
      const now = new Date().toISOString();
      rawDb.transaction(() => rawInsert.run(raw.slice(0, 80), raw, raw, now, now))();
    }
  });
  rawDb.close();
  results.rawInsertClipsPerSec = round((IMPORTS / rawMs) * 1000, 0);
  baselines.importClipsPerSec = ['rawInsertClipsPerSec', results.rawInsertClipsPerSec];

  // The big library, filled in bulk (its clips are already "parsed": the fill is not what we measure).
  const path = join(folder, 'library.db');
  const db: Db = openLibrary(path);
  log(`Filling a library of ${CLIPS} clips…`);
  // Varied like a real library: lengths, outlets, dates, people, places, tags.
  const people = Array.from(
    { length: 400 },
    (_, k) =>
      `${['Anna', 'Oleg', 'Maria', 'Li', 'Kofi', 'Elena', 'Samir', 'Grace'][k % 8]} ${['Kovalenko', 'Martin', 'Okafor', 'Chen', 'Silva', 'Novak', 'Haddad', 'Brennan', 'Tanaka', 'Petrov'][Math.floor(k / 8) % 10]}${k >= 80 ? ` ${k}` : ''}`,
  );
  const places = ['Kyiv', 'Brussels', 'Nairobi', 'Lima', 'Hanoi', 'Oslo', 'Almaty', 'Dakar', 'Quito', 'Tbilisi', 'Porto', 'Halifax'];
  const sources = ['Reuters', 'AP', 'AFP', 'TASS', 'Xinhua', 'The Ledger', 'Harbour Times', 'Northern Post', 'Daily Courier', 'CBC News'];
  const tagNames = [
    'region/europe',
    'region/africa',
    'region/asia',
    'topic/energy',
    'topic/trade',
    'topic/security',
    'follow-up',
    'brief/weekly',
  ];
  const fillRandom = rng(99);
  // Tags written straight into the file, as the fill's clips are: the bench measures reading them.
  const addTag = db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING');
  const link = db.prepare('INSERT OR IGNORE INTO clip_tags (clip_id, tag_id) SELECT ?, id FROM tags WHERE name = ?');
  const tagClip = (id: number, name: string) => {
    addTag.run(name);
    link.run(id, name);
  };
  // The same insert the app uses; over SQLite each of its queries runs at once, inside the batch's transaction.
  const library = sqliteDatabase(db);
  for (let start = 0; start < CLIPS; start += 5_000) {
    await library.transaction(async (tx) => {
      for (let i = start; i < Math.min(CLIPS, start + 5_000); i++) {
        const words = 200 + Math.floor(fillRandom() * 1_300);
        const raw = text.article(i, words);
        const [title, , ...paragraphs] = raw.split('\n\n');
        const day = String(1 + (i % 28)).padStart(2, '0');
        const id = await insertClip(tx, {
          title: title!,
          paragraphs,
          raw,
          rawHtml: null,
          rawSha256: '',
          ...fingerprint(paragraphs),
          date: `${2015 + (i % 11)}-${String(1 + (i % 12)).padStart(2, '0')}-${day}`,
          dateline: places[i % places.length]!,
          source: sources[Math.floor(fillRandom() * sources.length)]!,
          byline: [],
          language: 'en',
          url: null,
          wordCount: words,
          cruft: [],
          quotes: [{ speaker: people[i % people.length]!, text: 'We will see what happens next.' }],
          people: [people[i % people.length]!, people[(i * 7) % people.length]!],
          places: [places[(i + 1) % places.length]!],
          organizations: [],
          versionOf: null,
          clippedBy: null,
          now: new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString(),
        });
        if (fillRandom() < 0.3) tagClip(id, tagNames[Math.floor(fillRandom() * tagNames.length)]!);
      }
    });
    if (start % 20_000 === 0) log(`  ${Math.min(CLIPS, start + 5_000)} / ${CLIPS}`);
  }
  db.pragma('wal_checkpoint(TRUNCATE)');

  const random = rng(42);
  const queries = Array.from({ length: 60 }, () => text.query(random));
  const rawFts = db.prepare(
    `SELECT rowid, snippet(clips_fts, 1, '[', ']', '…', 24) FROM clips_fts WHERE clips_fts MATCH ? ORDER BY bm25(clips_fts) LIMIT 50`,
  );
  const rawTimes: number[] = [];
  for (const q of queries) rawTimes.push(await time(() => rawFts.all(q)));
  // The search box reads the last word, still being typed, as the start of longer words too: the
  // same lookup with that prefix is the floor for the slowest searches.
  const rawPrefixTimes: number[] = [];
  for (const q of queries) rawPrefixTimes.push(await time(() => rawFts.all(`${q}*`)));
  Object.assign(results, await benchRelated(db, CLIPS));
  db.close();
  results.rawFtsP50Ms = round(median(rawTimes));

  const core = createCoreService(path);
  const searchTimes: number[] = [];
  for (const q of queries) searchTimes.push(await time(() => ok(core, 'search.query', { query: q, limit: 50 })));
  results.searchP50Ms = round(median(searchTimes));
  results.searchP95Ms = round(percentile(searchTimes, 0.95));
  baselines.searchP50Ms = ['rawFtsP50Ms', results.rawFtsP50Ms];
  baselines.searchP95Ms = ['raw FTS5 p95, last word as a prefix', round(percentile(rawPrefixTimes, 0.95))];

  const facetTimes: number[] = [];
  for (const q of queries.slice(0, 10)) facetTimes.push(await time(() => ok(core, 'search.query', { query: q, limit: 50, facets: true })));
  results.facetsMs = round(median(facetTimes));

  // What the app asks for to draw its first screen; sorted, the slowest of every field and direction.
  const firstScreen = (sort?: FieldSort) =>
    time(() =>
      Promise.all([
        ok(core, 'clips.list', { limit: 200, sort }),
        ok(core, 'library.info', {}),
        ok(core, 'tags.list', {}),
        ok(core, 'tags.totals', {}),
        ok(core, 'collections.list', {}),
      ]),
    );
  results.firstScreenMs = round(await firstScreen());
  const sortedTimes: number[] = [];
  for (const sort of FIELD_SORTS) sortedTimes.push(await firstScreen(sort));
  results.sortedFirstScreenMs = round(Math.max(...sortedTimes));
  baselines.sortedFirstScreenMs = ['firstScreenMs', results.firstScreenMs];

  // Select all (every id of All clips, without their rows), then tag: the act that freezes other tools at this size.
  results.selectAllIdsMs = round(await time(() => ok(core, 'clips.ids', {})));
  const ids = Array.from({ length: CLIPS }, (_, i) => i + 1);
  results.tagAllMs = round(await time(() => ok(core, 'tags.apply', { clipIds: ids, names: ['bench/all'] })), 0);
  log("Measuring the core's memory with the library open…");
  results.rssMB = measureCoreMemory(path, queries);

  // Two 5,000-word articles: the size the issue sets its target at.
  Object.assign(results, await benchCompare(5_000));
  baselines.compareP50Ms = ['jsdiffP50Ms', results.jsdiffP50Ms!];
  log('Printing a 50-clip dossier…');
  Object.assign(results, await benchDossier(core, ids));
  Object.assign(results, await benchDocx(core, ids));
  log('Importing a PDF press review…');
  const pdfImport = await benchPdfImport(core, ids, folder);
  results.pdfImportPagesPerSec = pdfImport.pdfImportPagesPerSec;
  baselines.pdfImportPagesPerSec = ['pdf.js text alone, pages/s', pdfImport.pdfjsTextPagesPerSec];
  core.close();

  if (CRASH_KILLS > 0) {
    log(`Killing ${CRASH_KILLS} imports at random moments…`);
    const crash = await runCrashTest(join(folder, 'crash.db'), folder, CRASH_KILLS, (n) => {
      if (n % 10 === 0) log(`  ${n} / ${CRASH_KILLS}`);
    });
    results.crashRuns = crash.kills;
    results.crashLosses = crash.losses;
    if (crash.losses > 0 || crash.partial > 0 || crash.integrity !== 'ok') {
      process.stderr.write(`The crash test lost clips: ${JSON.stringify(crash)}\n`);
      process.exitCode = 1;
    }
  }
}

if (json) {
  process.stdout.write(`${JSON.stringify(results)}\n`);
} else {
  const rows = Object.entries(results).map(([key, value]) => {
    const base = baselines[key];
    return `${key.padEnd(22)} ${String(value).padStart(10)}${base ? `   (baseline ${base[0]}: ${base[1]})` : ''}`;
  });
  process.stdout.write(`Cuttings benchmark\n${rows.join('\n')}\n`);
}
