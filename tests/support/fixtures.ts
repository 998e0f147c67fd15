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

/** Made-up news pages pasted whole as plain text, one per language the clipper reads (`LANG.txt`). */
export const WHOLE_PAGES_DIR = join(FIXTURES_DIR, 'whole-pages');

export function wholePageText(language: string): string {
  return readFileSync(join(WHOLE_PAGES_DIR, `${language}.txt`), 'utf8');
}

/** Held-out articles in the corpus's layout, written to measure the clipper on text it was not built from. */
export const UNSEEN_DIR = join(FIXTURES_DIR, 'unseen');

export function corpusText(name: string, dir = CORPUS_DIR): string {
  return readFileSync(join(dir, `${name}.txt`), 'utf8');
}

export function corpusTruth(name: string, dir = CORPUS_DIR): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Record<string, unknown>;
}

/** The names of all articles of a corpus folder, in file order. */
export function corpusNames(dir = CORPUS_DIR): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

/** The lowest score each corpus article may get per field before the clipper counts as broken. */
export const CLIPPER_FLOORS_PATH = join(FIXTURES_DIR, 'clipper-floors.json');

/** The same for the held-out articles. */
export const UNSEEN_FLOORS_PATH = join(FIXTURES_DIR, 'unseen-floors.json');

/** The path of a corpus article's paste, read the way `cuttings parse FILE` reads it. */
export function corpusPastePath(name: string, dir = CORPUS_DIR): string {
  return join(dir, `${name}.txt`);
}

/** A made-up library exported from Zotero as "Zotero RDF" with "Export Files": the .rdf beside its files/ folder. */
export const ZOTERO_EXPORT_DIR = join(FIXTURES_DIR, 'zotero', 'Press cuttings');
