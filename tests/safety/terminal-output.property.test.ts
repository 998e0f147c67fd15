import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreService } from '../../electron/core/core-service.js';
import { terminalSafe } from '../../electron/cli/terminal-text.js';
import { assertCliBuilt, CLI } from '../support/cli.js';
import { tempLibrary } from '../support/temp-library.js';

/** What a terminal could obey: C0 controls but tab and newline, DEL, C1 controls, bidirectional overrides. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

const ESCAPES = [
  '\u001b]0;pwned\u0007',
  '\u001b[2J\u001b[H',
  '\u001b[8m',
  '\u009b31m',
  '\r',
  '\b\b\b',
  '\u202e',
  '\u0007',
  '\u001bP+q\u001b\\',
];
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...ESCAPES), fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('harbour', 'wall', ' ')), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.join(''));

describe('text from outside printed by the CLI', () => {
  it('never carries a control character to the terminal, and keeps everything else', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const shown = terminalSafe(text);
        expect(shown).not.toMatch(UNSAFE);
        expect(shown.replace(/[\t\n]/g, '')).toBe(text.replace(new RegExp(UNSAFE.source, 'gu'), '').replace(/[\t\n]/g, ''));
      }),
      { numRuns: 2_000 },
    );
  });

  describe('through the commands', () => {
    const lib = tempLibrary('cuttings-terminal-');
    const path = join(lib.dir, 'library.cuttings.db');
    const title = `Harbour\u001b]0;owned\u0007 wall\u001b[2J talks`;
    beforeAll(async () => {
      assertCliBuilt();
      const core = createCoreService(path, { userDataFolder: lib.dir });
      try {
        const saved = await core.dispatch('clips.create', {
          text: `${title}\n\nThe harbour\u009b31m wall talks resumed\r on Monday \u202eafter a week.\n\nSecond paragraph about the harbour wall.`,
          draft: { title, source: 'Wire\u001b[8m', byline: ['Ana\u0007 Ruiz'] },
        });
        if (!saved.ok) throw new Error(saved.error.message);
        await core.dispatch('tags.apply', { clipIds: [1], names: ['alarm\u001b[5m/red'] });
        await core.dispatch('collections.create', { name: 'Brief\u001b]8;;http://x\u0007' });
      } finally {
        core.close();
      }
    });
    afterAll(() => lib.remove());

    const run = (...args: string[]) => {
      const r = spawnSync(process.execPath, [CLI, ...args, '--library', path], { encoding: 'utf8' });
      return { out: r.stdout, err: r.stderr, status: r.status };
    };

    it.each([
      ['list', ['list']],
      ['show', ['show', '1']],
      ['search', ['search', 'harbour']],
      ['collection list', ['collection', 'list']],
      ['an unknown collection', ['list', '--collection', 'Nope\u001b]0;x\u0007']],
    ])('%s prints no control characters', (_, args) => {
      const { out, err } = run(...args);
      expect(out + err).toMatch(/harbour|Harbour|Brief|Nope/);
      expect(out).not.toMatch(UNSAFE);
      expect(err).not.toMatch(UNSAFE);
    });

    it('import prints file names without their control characters', () => {
      const folder = join(lib.dir, 'in');
      mkdirSync(folder);
      writeFileSync(
        join(folder, 'report\u001b]0;pwned\u0007.txt'),
        'Ferry news\n\nThe ferry to the island sails again from Tuesday, the operator said.',
      );
      writeFileSync(join(folder, 'broken\u001b[2J.html'), '');
      const { out, err } = run('import', folder);
      expect(out).toMatch(/Added 1 clip/);
      expect(out).toContain('broken[2J.html');
      expect(out).not.toMatch(UNSAFE);
      expect(err).not.toMatch(UNSAFE);
    });
  });
});
