import { execFileSync } from 'node:child_process';
import { createCoreService } from '../../electron/core/core-service.js';

/**
 * The core's memory (RSS) as the app's main process holds it with a big library open and used:
 * measured in a process of its own, since the bench's own process also holds what it generated to
 * fill the library and what its other stages left behind.
 */

/** Asks a fresh process, started from this same bench, to open `path`, use it and report its RSS. */
export function measureCoreMemory(path: string, queries: readonly string[]): number {
  const out = execFileSync(process.execPath, [process.argv[1]!, '--core-memory', path], {
    input: JSON.stringify(queries),
    encoding: 'utf8',
  });
  return (JSON.parse(out) as { rssMB: number }).rssMB;
}

/** The child's side: opens the library, searches (with facets), draws the first screen, tags every clip. */
export async function reportCoreMemory(path: string, queries: readonly string[]): Promise<void> {
  const core = createCoreService(path);
  const call = async (method: string, args: unknown) => {
    const r = await core.dispatch(method, args);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value;
  };
  for (const query of queries) await call('search.query', { query, limit: 50, facets: true });
  await Promise.all([call('clips.list', { limit: 200 }), call('library.info', {}), call('tags.list', {}), call('tags.totals', {})]);
  const ids = (await call('clips.ids', {})) as number[];
  await call('tags.apply', { clipIds: ids, names: ['bench/memory'] });
  process.stdout.write(`${JSON.stringify({ rssMB: Math.round(process.memoryUsage().rss / 1_048_576) })}\n`);
  core.close();
}
