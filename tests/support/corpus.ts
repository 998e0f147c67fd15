import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_DIR = join(import.meta.dirname, '../../../shared/corpus');

export function corpusText(name: string): string {
  return readFileSync(join(CORPUS_DIR, `${name}.txt`), 'utf8');
}
