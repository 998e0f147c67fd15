import { spawnSync } from 'node:child_process';
import { existsSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertCliBuilt, CLI } from '../support/cli.js';
import { tempLibrary } from '../support/temp-library.js';

/**
 * `cuttings import` on files far larger than any article or export: each is refused with its size
 * before it is read, or read a block at a time, so memory stays small whatever the file's size.
 * The files are sparse (made with truncate), so they take no room on the disk.
 */
const GB = 1024 ** 3;
const measured = existsSync('/usr/bin/time');

describe('cuttings import on huge files', () => {
  const lib = tempLibrary('cuttings-import-sizes-');
  beforeAll(() => assertCliBuilt());
  afterAll(() => lib.remove());

  /** Runs the import; returns its output and the peak memory it took, in MB (null where it cannot be measured). */
  function importFile(file: string) {
    const args = [CLI, 'import', file, '--library', join(lib.dir, 'library.cuttings.db')];
    const r = measured
      ? spawnSync('/usr/bin/time', ['-f', 'peak-kb %M', process.execPath, ...args], { encoding: 'utf8' })
      : spawnSync(process.execPath, args, { encoding: 'utf8' });
    const peak = /peak-kb (\d+)/.exec(r.stderr)?.[1];
    return { out: r.stdout, err: r.stderr, status: r.status, peakMB: peak ? Number(peak) / 1024 : null };
  }

  it.each([
    [
      'a 3 GB text file',
      'huge.txt',
      /huge\.txt: The file is 3,221\.2 MB, too large for an article\. Cuttings clips articles of up to 5,000,000 characters/,
    ],
    [
      'a 3 GB file named like an export',
      'huge.json',
      /huge\.json is a Cuttings export but it is damaged: it has a line longer than any export holds|huge\.json is not valid JSON|too large to read in one piece/,
    ],
  ])('refuses %s clearly, without taking gigabytes of memory', (_, name, reason) => {
    const file = join(lib.dir, name);
    writeFileSync(file, '');
    truncateSync(file, 3 * GB);
    const { out, status, peakMB } = importFile(file);
    expect(status).toBe(1);
    expect(out).toMatch(/Added 0 clips/);
    expect(out).toMatch(reason);
    if (peakMB !== null) expect(peakMB).toBeLessThan(700);
  });

  it('refuses a text file with more characters than a paste may hold, under the byte limit', () => {
    const file = join(lib.dir, 'long.txt');
    writeFileSync(file, `Long\n\n${'word '.repeat(1_100_000)}`);
    const { out } = importFile(file);
    expect(out).toMatch(/long\.txt: The file holds 5,500,006 characters, too many for an article/);
  });
});
