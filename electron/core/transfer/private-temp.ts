import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One private folder per process for files waiting to be downloaded (whole-library exports):
 * mkdtemp makes it 0700, so no other account can list or read what is in it, and the files in it
 * are written 0600 as well. It goes when the process exits; a folder left by a process that died
 * (killed, crashed, power cut) is removed by the next Cuttings that starts one.
 */
const PREFIX = 'cuttings-exports-';
let folder: string | null = null;

export function privateTempFolder(parent = tmpdir()): string {
  if (folder) return folder;
  removeAbandoned(parent);
  folder = mkdtempSync(join(parent, `${PREFIX}${process.pid}-`));
  const made = folder;
  process.once('exit', () => rmSync(made, { recursive: true, force: true }));
  return made;
}

/** Folders of ours whose process is gone. Only the current account's: another's is not ours to remove. */
export function removeAbandoned(parent = tmpdir()): void {
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(/^cuttings-exports-(\d+)-/.exec(name)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    const path = join(parent, name);
    try {
      if (statSync(path).uid === process.getuid?.()) rmSync(path, { recursive: true, force: true });
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
