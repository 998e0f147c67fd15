import type { TestProject } from 'vitest/node';
import { startPostgresCluster, type ProvidedPostgres } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: ProvidedPostgres;
  }
}

/**
 * Starts one PostgreSQL cluster for every `*.pg.test.ts` file and stops it when they are done.
 * When it cannot start, the reason is handed to the test files, which fail with it: the other
 * projects still run, and the PostgreSQL tests never pass or skip silently.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  try {
    const cluster = await startPostgresCluster();
    // A run stopped by Ctrl+C or a crash still stops the server and deletes its folder.
    const stopOnExit = () => cluster.stop();
    process.once('exit', stopOnExit);
    project.provide('postgres', { host: cluster.host, port: cluster.port, user: cluster.user });
    return () => {
      process.off('exit', stopOnExit);
      cluster.stop();
    };
  } catch (err) {
    project.provide('postgres', { error: (err as Error).message });
    return () => {};
  }
}
