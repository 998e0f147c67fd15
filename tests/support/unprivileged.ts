import { existsSync } from 'node:fs';

/** The account file permissions are tested as when the tests run as root, which ignores them. */
export const NOBODY = 65534;
const SETPRIV = '/usr/bin/setpriv';

/**
 * A command line that runs `command` as an account the file system's permissions apply to: as
 * is for an ordinary account, through setpriv as `nobody` for root. Null, with the reason, where
 * root has no way to drop its rights here.
 */
export function unprivileged(command: string, args: string[]): { command: string; args: string[] } | { skip: string } {
  if (process.platform === 'win32') return { skip: 'Windows does not use these file modes.' };
  if (process.getuid?.() !== 0) return { command, args };
  if (!existsSync(SETPRIV))
    return { skip: `the tests run as root, which ignores file permissions, and ${SETPRIV} is missing to run them as nobody` };
  return { command: SETPRIV, args: [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', '--', command, ...args] };
}
