import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The PostgreSQL driver, loaded the first time a team library needs it: loading it (and the
 * fetch machinery it probes) is a good share of the start-up of every CLI command and of
 * `cuttings serve`, which never reach a team database. Synchronous, as pools are made in
 * synchronous code; Node caches the module after the first call.
 */
export function pgDriver(): typeof import('pg') {
  return require('pg') as typeof import('pg');
}
