import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertCliBuilt, CLI } from '../support/cli.js';
import { tempLibrary } from '../support/temp-library.js';
import { NOBODY, unprivileged } from '../support/unprivileged.js';

const ARTICLE = 'Harbour wall mended\n\nThe harbour wall at Lindvik was mended on Monday, the port office said.';
const LATER = 'Ferry back on time\n\nThe Lindvik ferry ran on time again on Tuesday, its operator said.';

/** The CLI as an account the library's permissions apply to (root ignores them). */
function cuttingsAs(library: string, ...args: string[]) {
  const line = unprivileged(process.execPath, [CLI, ...args, '--library', library]);
  if ('skip' in line) throw new Error(line.skip);
  const r = spawnSync(line.command, line.args, { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const asRoot = (library: string, ...args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args, '--library', library], { encoding: 'utf8' });

const skipped = unprivileged('true', []);

describe.skipIf('skip' in skipped)('a library the account cannot write', { timeout: 120_000 }, () => {
  const lib = tempLibrary('cuttings-read-only-');
  const article = join(lib.dir, 'later.txt');

  beforeAll(() => {
    assertCliBuilt();
    writeFileSync(join(lib.dir, 'first.txt'), ARTICLE);
    writeFileSync(article, LATER);
    expect(asRoot(lib.path, 'add', join(lib.dir, 'first.txt')).status).toBe(0);
    for (const file of ['first.txt', 'later.txt']) chmodSync(join(lib.dir, file), 0o444);
  });
  afterAll(() => {
    chmodSync(lib.dir, 0o700);
    lib.remove();
  });

  describe('in a read-only folder', () => {
    let before: Buffer;
    beforeAll(() => {
      // The file is the account's own and writable; only the folder is not.
      if (process.getuid?.() === 0) chownSync(lib.path, NOBODY, NOBODY);
      chmodSync(lib.path, 0o600);
      chmodSync(lib.dir, 0o555);
      before = readFileSync(lib.path);
    });

    it('lists and searches its clips', () => {
      const listed = cuttingsAs(lib.path, 'list', '--json');
      expect(listed.code, listed.err).toBe(0);
      expect((JSON.parse(listed.out) as { title: string; excerpt: string }[]).map((c) => [c.title, c.excerpt])).toEqual([
        ARTICLE.split('\n\n'),
      ]);
      const found = cuttingsAs(lib.path, 'search', 'harbour');
      expect(found.code, found.err).toBe(0);
      expect(found.out).toContain('Harbour wall mended');
    });

    it('refuses an import, saying the library is read-only, why, and what to do', () => {
      const imported = cuttingsAs(lib.path, 'import', article);
      expect(imported.code).toBe(1);
      expect(imported.err).toMatch(/is open read-only: its folder .* is read-only for your account/);
      expect(imported.err).toMatch(/make the file and its folder writable for your account, or copy the library to a folder of your own/);
      expect(imported.err).not.toMatch(/damaged|internal|Something went wrong/);
    });

    it('refuses every other change the same way, and leaves the file as it was', () => {
      for (const args of [
        ['add', article],
        ['tag', '1', 'harbours'],
        ['delete', '1'],
      ]) {
        const r = cuttingsAs(lib.path, ...args);
        expect(r.code, args.join(' ')).toBe(1);
        expect(r.err, args.join(' ')).toMatch(/is open read-only/);
      }
      expect(readFileSync(lib.path).equals(before)).toBe(true);
      expect(readdirSync(lib.dir).sort()).toEqual(['first.txt', 'later.txt', 'library.cuttings.db']);
    });
  });

  describe('as a read-only file in a folder it may write', () => {
    beforeAll(() => {
      chmodSync(lib.dir, 0o777);
      chmodSync(lib.path, 0o444);
    });

    it('reads the file where it is and refuses changes', () => {
      const listed = cuttingsAs(lib.path, 'list', '--json');
      expect(listed.code, listed.err).toBe(0);
      expect(listed.out).toContain('Harbour wall mended');
      const tagged = cuttingsAs(lib.path, 'tag', '1', 'harbours');
      expect(tagged.code).toBe(1);
      expect(tagged.err).toMatch(/is open read-only: the library file is read-only for your account/);
      expect(existsSync(`${lib.path}-wal`) ? readFileSync(`${lib.path}-wal`).length : 0).toBe(0);
    });
  });
});
