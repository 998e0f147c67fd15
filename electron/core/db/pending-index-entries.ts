import type { LibraryDatabase } from './library-database.js';
import { sql } from './sql.js';

/**
 * The GIN indexes of a team library that gather new entries in a pending list (`fastupdate`,
 * migration 0140) rather than write each into the index as the row is saved: the full-text
 * documents, the word pairs and the trigram indexes. When you add a GIN index to the clips,
 * add it here and give it the same settings in a migration.
 */
export const PENDING_LIST_INDEXES = [
  'clips_search',
  'clips_title_search',
  'clips_word_pairs',
  'clips_cjk_title',
  'clips_cjk_body',
  'clips_url_trigram',
  'clips_source_trigram',
] as const;

/**
 * Each pending list's bound, in kilobytes (`gin_pending_list_limit`). The save that finds its list
 * past it merges the whole list before it returns, so it is made large enough that the merges
 * done while the server is idle come first.
 */
export const PENDING_LIST_KB = 32 * 1024;

/**
 * Memory a merge gathers a list's entries in before it writes them to the index, key by key in
 * order: a merge run by a save has work_mem, one asked for here maintenance_work_mem. A full list
 * of word pairs, nearly all of them keys the index has not met, gathers into about 100 MB; with
 * less, the merge writes its keys in two runs, and each run reads and rewrites most of the index.
 */
export const MERGE_MEMORY = '128MB';

/** Lists merged at once, each on a connection of its own: the word pairs' takes longer than all the others together. */
const MERGES_AT_ONCE = 2;

/** Merges one index's pending list, with MERGE_MEMORY set for this statement alone; the pages merged. */
async function mergeList(db: LibraryDatabase, index: string): Promise<number> {
  // Every row joined needs the setting's row first, so it is set before the first merge starts.
  const row = await db.get<{ pages: number }>(
    sql`SELECT coalesce(sum(gin_clean_pending_list(CAST(i.name AS regclass))), 0) AS pages
        FROM (VALUES (CAST(${index} AS text))) AS i(name), (SELECT set_config('maintenance_work_mem', ${MERGE_MEMORY}, true)) AS memory
        WHERE to_regclass(i.name) IS NOT NULL`,
  );
  return row?.pages ?? 0;
}

/** Merges every pending list into its index, a few at once; returns the pages of pending entries merged. */
export async function mergePendingIndexEntries(db: LibraryDatabase): Promise<number> {
  const queue: string[] = [...PENDING_LIST_INDEXES];
  let pages = 0;
  const merger = async () => {
    for (let index = queue.shift(); index !== undefined; index = queue.shift()) pages += await mergeList(db, index);
  };
  // Settled, not raced: a failure is thrown once no merge is left running.
  const merged = await Promise.allSettled(Array.from({ length: MERGES_AT_ONCE }, merger));
  const failed = merged.find((m): m is PromiseRejectedResult => m.status === 'rejected');
  if (failed) throw failed.reason;
  return pages;
}

/** SQLSTATEs of a database that will never merge for us: not the indexes' owner, a read-only standby. */
const REFUSALS = new Set(['42501', '25006']);

export interface IdleIndexMerger {
  /** A call was answered: it may have added pending entries. */
  called(): void;
  /** Stops merging and waits for a merge under way. */
  close(): Promise<void>;
}

export interface IdleMergeOptions {
  /** Quiet time after the last call before the lists are merged. */
  idleMs?: number;
  /** Under unbroken load, the longest time between two merges, so searches never read a long list. */
  busyMs?: number;
}

/**
 * Merges the pending lists at once, then once the server has been quiet for `idleMs` after calls, or every
 * `busyMs` while the calls never stop, one merge at a time, on the library's own pool. A
 * database that refuses (a role that does not own the indexes, a read-only standby) is left to
 * autovacuum, which merges the lists too, and is not asked again.
 */
export function mergeWhenIdle(db: LibraryDatabase, options: IdleMergeOptions = {}): IdleIndexMerger {
  const idleMs = options.idleMs ?? 1_000;
  const busyMs = options.busyMs ?? 5_000;
  let lastCall = 0;
  let lastMerge = 0;
  let pending = false;
  let refused = false;
  let closed = false;
  let timer: NodeJS.Timeout | null = null;
  let merging: Promise<void> | null = null;

  const arm = (ms: number) => {
    if (timer || closed || refused) return;
    timer = setTimeout(tick, ms);
    // A waiting merge must not keep a stopping process alive.
    timer.unref();
  };
  const merge = async () => {
    pending = false;
    lastMerge = Date.now();
    try {
      await mergePendingIndexEntries(db);
    } catch (err) {
      // Any other failure (the server restarting) leaves the entries for the next merge.
      if (REFUSALS.has((err as { code?: string }).code ?? '')) refused = true;
    }
  };
  function tick() {
    timer = null;
    if (!pending || closed || merging) return;
    const now = Date.now();
    const quietFor = now - lastCall;
    if (quietFor >= idleMs || now - lastMerge >= busyMs) {
      merging = merge().finally(() => {
        merging = null;
        if (pending) arm(idleMs);
      });
    } else arm(Math.min(idleMs - quietFor, busyMs - (now - lastMerge)));
  }
  // Lists left by a load made without the server, or by a server stopped before it merged, go first.
  pending = true;
  arm(0);
  return {
    called: () => {
      lastCall = Date.now();
      pending = true;
      arm(idleMs);
    },
    close: async () => {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await merging;
    },
  };
}
