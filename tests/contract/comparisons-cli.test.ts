import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertCliBuilt, CLI } from '../support/cli.js';
import { corpusText } from '../support/fixtures.js';
import { tempLibrary } from '../support/temp-library.js';

/** `cuttings collection add-comparison`, as a script would run it. */
describe('cuttings collection add-comparison', () => {
  const lib = tempLibrary('cuttings-cli-cmp-');
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args, '--library', lib.path], { encoding: 'utf8' });

  beforeAll(() => {
    assertCliBuilt();
    for (const name of ['v04_tass_barents_rescue', 'v05_ap_barents_rescue']) {
      expect(
        spawnSync(process.execPath, [CLI, 'add', '-', '--library', lib.path], { input: corpusText(name), encoding: 'utf8' }).status,
      ).toBe(0);
    }
    expect(run('collection', 'create', 'Briefs').status).toBe(0);
  });
  afterAll(() => lib.remove());

  it('adds a comparison once, and says so the second time', () => {
    const first = run('collection', 'add-comparison', 'Briefs', '1', '2', '--title', 'TASS against AP', '--json');
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ added: true, comparison: { title: 'TASS against AP', a: { id: 1 }, b: { id: 2 } } });
    const again = run('collection', 'add-comparison', 'Briefs', '2', '1');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Briefs already holds the comparison “TASS against AP”');
  });

  it('refuses a clip compared with itself, or one clip number, on stderr', () => {
    const self = run('collection', 'add-comparison', 'Briefs', '1', '1');
    expect(self.status).not.toBe(0);
    expect(self.stderr).toContain('cannot be compared with itself');
    const one = run('collection', 'add-comparison', 'Briefs', '1');
    expect(one.status).toBe(2);
    expect(one.stderr).toContain('Give the two clip numbers');
  });
});
