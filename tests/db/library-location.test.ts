import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCoreService } from '../../electron/core/core-service.js';
import { LIBRARY_FILE, LOCATION_FILE, resolveLibraryPath } from '../../electron/core/library-location.js';
import { assertCliBuilt, CLI } from '../support/cli.js';
import { tempLibrary } from '../support/temp-library.js';

let home: ReturnType<typeof tempLibrary>;
let userData: string;
beforeEach(() => {
  home = tempLibrary('cuttings-home-');
  // Linux: $XDG_CONFIG_HOME/Cuttings, as Electron's userData and the CLI both resolve it.
  userData = join(home.dir, 'config', 'Cuttings');
});
afterEach(() => home.remove());

const env = () => ({ XDG_CONFIG_HOME: join(home.dir, 'config') });

describe('the library location', () => {
  it('opens the moved library on the next start when no --library or $CUTTINGS_LIBRARY is given', async () => {
    const original = resolveLibraryPath(undefined, env());
    expect(original).toBe(join(userData, LIBRARY_FILE));
    const core = createCoreService(original, { userDataFolder: userData });
    await core.dispatch('clips.create', { text: 'Harbour report\n\nGDANSK (Reuters) - Dock workers voted on the offer.' });
    mkdirSync(join(home.dir, 'Documents'));
    const to = join(home.dir, 'Documents', 'news.cuttings.db');
    const moved = await core.dispatch('library.move', { to });
    core.close();
    expect(moved).toMatchObject({ ok: true, value: { path: to, remembered: true } });

    expect(resolveLibraryPath(undefined, env())).toBe(to);
    expect(resolveLibraryPath('/elsewhere.db', env())).toBe('/elsewhere.db');
    expect(resolveLibraryPath(undefined, { ...env(), CUTTINGS_LIBRARY: '/env.db' })).toBe('/env.db');

    assertCliBuilt();
    const out = execFileSync(process.execPath, [CLI, 'list', '--json'], { env: { PATH: process.env.PATH, ...env() }, encoding: 'utf8' });
    expect(JSON.stringify(JSON.parse(out))).toContain('Dock workers voted');
  });

  it('does not remember a move of a library opened by path, and ignores a pointer it cannot read', async () => {
    const core = createCoreService(join(home.dir, 'one-off.db'), { userDataFolder: userData });
    const moved = await core.dispatch('library.move', { to: join(home.dir, 'moved.db') });
    core.close();
    expect(moved).toMatchObject({ ok: true, value: { remembered: false } });
    expect(resolveLibraryPath(undefined, env())).toBe(join(userData, LIBRARY_FILE));

    mkdirSync(userData, { recursive: true });
    writeFileSync(join(userData, LOCATION_FILE), '{ half a pointer');
    expect(resolveLibraryPath(undefined, env())).toBe(join(userData, LIBRARY_FILE));
    writeFileSync(join(userData, LOCATION_FILE), JSON.stringify({ path: 'relative.db' }));
    expect(resolveLibraryPath(undefined, env())).toBe(join(userData, LIBRARY_FILE));
  });
});
