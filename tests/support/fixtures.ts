import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file a test reads from the repository is resolved here, so a test never reaches outside the
 * clone and a fixture moves in one place.
 */
const FIXTURES_DIR = join(import.meta.dirname, '../fixtures');

/** Pasted articles (`NAME.txt`) with their ground truth (`NAME.json`), described in its README. */
export const CORPUS_DIR = join(FIXTURES_DIR, 'corpus');

/** Libraries left by every shipped schema version, written by scripts/build-migration-fixtures.mjs. */
export const MIGRATION_FIXTURES_DIR = join(import.meta.dirname, '../db/fixtures');

export function corpusText(name: string): string {
  return readFileSync(join(CORPUS_DIR, `${name}.txt`), 'utf8');
}

export function corpusTruth(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(CORPUS_DIR, `${name}.json`), 'utf8')) as Record<string, unknown>;
}

/** The names of all corpus articles, in file order. */
export function corpusNames(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

/** The lowest score each corpus article may get per field before the clipper counts as broken. */
export const CLIPPER_FLOORS_PATH = join(FIXTURES_DIR, 'clipper-floors.json');

/** The path of a corpus article's paste, read the way `cuttings parse FILE` reads it. */
export function corpusPastePath(name: string): string {
  return join(CORPUS_DIR, `${name}.txt`);
}
