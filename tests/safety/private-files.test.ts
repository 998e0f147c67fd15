import { spawn, spawnSync } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, copyFileSync, chmodSync, readdirSync, statSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { createCoreService } from '../../electron/core/core-service.js';
import { writeFileAtomic } from '../../electron/core/dossier/atomic-write.js';
import { assertCliBuilt, CLI } from '../support/cli.js';
import { tempLibrary } from '../support/temp-library.js';

const mode = (path: string) => statSync(path).mode & 0o777;
const onWindows = process.platform === 'win32';

describe.skipIf(onWindows)('the library is readable by its owner only', () => {
  const work = tempLibrary('cuttings-private-');
  afterAll(() => work.remove());

  it('makes the library’s folders 0700 and the library, its WAL and shared memory 0600', async () => {
    const path = join(work.dir, 'new', 'nested', 'library.cuttings.db');
    const core = createCoreService(path, { userDataFolder: join(work.dir, 'user-data') });
    try {
      expect((await core.dispatch('clips.create', { text: 'A private clip about the harbour wall.' })).ok).toBe(true);
      expect(mode(join(work.dir, 'new'))).toBe(0o700);
      expect(mode(join(work.dir, 'new', 'nested'))).toBe(0o700);
      for (const file of [path, `${path}-wal`, `${path}-shm`]) expect(mode(file), file).toBe(0o600);
      const backup = await core.dispatch('backups.create', {});
      expect(backup.ok).toBe(true);
      const folder = join(work.dir, 'new', 'nested', 'Backups');
      expect(mode(folder)).toBe(0o700);
      for (const name of readdirSync(folder)) expect(mode(join(folder, name)), name).toBe(0o600);
    } finally {
      core.close();
    }
  });

  it('takes other accounts’ access from a library made before, and keeps the copy before a migration private too', () => {
    const path = join(work.dir, 'old', 'library.cuttings.db');
    mkdirSync(join(work.dir, 'old'));
    copyFileSync(new URL('../db/fixtures/library-v10.cuttings.db', import.meta.url), path);
    chmodSync(path, 0o644);
    createCoreService(path, { userDataFolder: join(work.dir, 'user-data') }).close();
    expect(mode(path)).toBe(0o600);
    const copies = readdirSync(join(work.dir, 'old')).filter((n) => n.endsWith('.bak'));
    expect(copies).toHaveLength(1);
    expect(mode(join(work.dir, 'old', copies[0]!))).toBe(0o600);
  });

  it('makes the folders the CLI creates 0700, and writes a library export 0600', () => {
    assertCliBuilt();
    const path = join(work.dir, 'cli', 'made', 'library.cuttings.db');
    const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args, '--library', path], { encoding: 'utf8' });
    expect(run('list').status).toBe(0);
    expect(mode(join(work.dir, 'cli'))).toBe(0o700);
    expect(mode(join(work.dir, 'cli', 'made'))).toBe(0o700);
    const out = join(work.dir, 'cli', 'export.json');
    expect(run('export', '--out', out).status).toBe(0);
    expect(mode(out)).toBe(0o600);
  });
});

describe.skipIf(onWindows)('a whole-library export waiting for download', () => {
  const work = tempLibrary('cuttings-private-export-');
  afterAll(() => work.remove());

  it('waits in a private folder of this process, 0600, and is gone once fetched', async () => {
    const core = createCoreService(join(work.dir, 'library.cuttings.db'), { userDataFolder: work.dir });
    try {
      await core.dispatch('clips.create', { text: 'A clip to export, about the ferry timetable.' });
      const ready = await core.dispatch('library.export', {});
      if (!ready.ok) throw new Error(ready.error.message);
      const download = core.takeDownload((ready.value as { downloadId: string }).downloadId)!;
      const folders = readdirSync(process.env.TMPDIR ?? '/tmp').filter((n) => n.startsWith(`cuttings-exports-${process.pid}-`));
      expect(folders).toHaveLength(1);
      const folder = join(process.env.TMPDIR ?? '/tmp', folders[0]!);
      expect(mode(folder)).toBe(0o700);
      const [file] = readdirSync(folder);
      expect(mode(join(folder, file!))).toBe(0o600);
      const text = await new Promise<string>((resolve) => {
        let all = '';
        download
          .stream()
          .on('data', (c: Buffer) => (all += c.toString()))
          .on('close', () => resolve(all));
      });
      expect(text).toContain('ferry timetable');
      expect(readdirSync(folder)).toEqual([]);
    } finally {
      core.close();
    }
  });

  /** Browser mode in a child process with its own temporary folder; resolves with its origin once serving. */
  function serve(tmp: string) {
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--json', '--library', join(work.dir, 'served.cuttings.db')], {
      env: { ...process.env, TMPDIR: tmp, CUTTINGS_USER_DATA: work.dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const started = new Promise<string>((resolve) =>
      createInterface({ input: child.stdout! }).once('line', (l) => resolve((JSON.parse(l) as { url: string }).url)),
    );
    return { child, started };
  }

  async function exportThrough(url: string): Promise<void> {
    const origin = new URL(url).origin;
    const token = new URL(url).hash.slice('#token='.length);
    const session = await fetch(`${origin}/session`, { method: 'POST', headers: { 'x-cuttings-token': token } });
    const cookie = session.headers.get('set-cookie')!.split(';')[0]!;
    const res = await fetch(`${origin}/api/library.export`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
  }

  const exportFolders = (tmp: string) => readdirSync(tmp).filter((n) => n.startsWith('cuttings-exports-'));

  it('is removed when browser mode stops, and one left by a killed process is removed when the next starts', async () => {
    assertCliBuilt();
    const tmp = join(work.dir, 'tmp');
    mkdirSync(tmp);
    const first = serve(tmp);
    await exportThrough(await first.started);
    expect(exportFolders(tmp)).toHaveLength(1);
    first.child.kill('SIGTERM');
    await new Promise((resolve) => first.child.once('exit', resolve));
    expect(exportFolders(tmp)).toEqual([]);

    const killed = serve(tmp);
    await exportThrough(await killed.started);
    killed.child.kill('SIGKILL');
    await new Promise((resolve) => killed.child.once('exit', resolve));
    expect(exportFolders(tmp)).toHaveLength(1);

    const next = serve(tmp);
    await next.started;
    expect(exportFolders(tmp)).toEqual([]);
    next.child.kill('SIGTERM');
    await new Promise((resolve) => next.child.once('exit', resolve));
  });
});

describe.skipIf(onWindows)('the atomic writer', () => {
  const work = tempLibrary('cuttings-atomic-');
  afterAll(() => work.remove());

  it('replaces a regular file and refuses a device, a pipe or a link, leaving it as it was', async () => {
    const plain = join(work.dir, 'plain.txt');
    writeFileSync(plain, 'old');
    await writeFileAtomic(plain, 'new');
    expect(readFileSync(plain, 'utf8')).toBe('new');

    // A device of the test's own, never the system's /dev/null: a writer that got this wrong would replace it.
    const device = join(work.dir, 'null');
    if (spawnSync('mknod', ['-m', '666', device, 'c', '1', '3']).status === 0) {
      await expect(writeFileAtomic(device, 'x')).rejects.toThrow(
        /null is a device or other special file, not a regular file, so it is left alone/,
      );
      expect(statSync(device).isCharacterDevice()).toBe(true);
    } else {
      console.warn('Not checked with a device: this account may not make device nodes (mknod needs root).');
    }

    const fifo = join(work.dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    await expect(writeFileAtomic(fifo, 'x')).rejects.toThrow(/not a regular file/);
    expect(statSync(fifo).isFIFO()).toBe(true);

    const link = join(work.dir, 'link.txt');
    symlinkSync(plain, link);
    await expect(writeFileAtomic(link, 'x')).rejects.toThrow(/is a link, not a regular file/);
    expect(readFileSync(plain, 'utf8')).toBe('new');
    expect(existsSync(link)).toBe(true);
    expect(readdirSync(work.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
