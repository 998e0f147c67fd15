import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreService, type CoreService } from '../../electron/core/core-service.js';
import { methodNames } from '../../electron/shared/api/contract.js';
import { tempLibrary } from '../support/temp-library.js';
import { join } from 'node:path';

/**
 * Every API method, fed random and hostile input, answers with a result or a clear error: never
 * a crash, never an internal error. Methods that write files outside the library are left out
 * (random paths would land on this machine); their schemas are tested through their own suites.
 */
const WRITES_FILES = new Set(['dossier.export', 'library.move', 'backups.restore']);

let lib: ReturnType<typeof tempLibrary>;
let core: CoreService;
beforeAll(async () => {
  lib = tempLibrary('cuttings-fuzz-');
  core = createCoreService(lib.path);
  await core.dispatch('clips.create', { text: 'A clip for the methods that need one.' });
});
afterAll(() => {
  core.close();
  lib.remove();
});

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('\u0000', '\ud800', '\u202e', '\u200b', '"', "'", '*', 'NEAR(', ')', 'OR', '-', ':', '../../etc/passwd', '%', '_', '\\'),
  fc.integer().map(String),
);
const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('any'), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom(
        'id',
        'ids',
        'clipIds',
        'text',
        'query',
        'name',
        'names',
        'fields',
        'kind',
        'limit',
        'offset',
        'a',
        'b',
        'parentId',
        'index',
        'color',
        'spec',
      ),
      tie('any'),
      { maxKeys: 5 },
    ),
  ),
})).any;

describe('the API under random input', () => {
  it('answers every method with a result or a clear error', async () => {
    const methods = methodNames.filter((m) => !WRITES_FILES.has(m));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methods), value, async (method, args) => {
        const result = await core.dispatch(method, args);
        if (!result.ok) {
          expect(result.error.code, `${method} ${JSON.stringify(args)?.slice(0, 200)}: ${result.error.message}`).not.toBe('internal');
          expect(result.error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2_000 },
    );
    const integrity = await core.dispatch('library.info', {});
    expect(integrity.ok).toBe(true);
  }, 300_000);

  it('takes well-formed but hostile values in the methods that store or search text', async () => {
    const small = fc.integer({ min: 1, max: 3 });
    const shaped = fc.oneof(
      hostileString.map((query) => ['search.query', { query, facets: true }] as const),
      hostileString.map((text) => ['clips.create', { text: `${text} x` }] as const),
      fc
        .tuple(small, fc.array(hostileString, { minLength: 1, maxLength: 3 }))
        .map(([id, names]) => ['tags.apply', { clipIds: [id], names }] as const),
      fc.tuple(hostileString, hostileString).map(([from, to]) => ['tags.rename', { from: `${from}x`, to: `${to}y` }] as const),
      fc.tuple(hostileString, fc.option(hostileString)).map(([name, query]) => ['collections.create', { name, query }] as const),
      fc
        .tuple(small, hostileString, fc.nat(50), fc.nat(50))
        .map(([clipId, exact, start, len]) => ['highlights.add', { clipId, exact, start, end: start + len }] as const),
      fc.tuple(small, hostileString).map(([id, title]) => ['clips.update', { id, fields: { title, notes: title } }] as const),
      hostileString.map((filter) => ['indexes.entities', { kind: 'person', filter }] as const),
      fc.tuple(fc.option(hostileString), hostileString).map(([speaker, text]) => ['indexes.quotes', { speaker, text }] as const),
      hostileString.map((text) => ['highlights.all', { text, withNotes: true }] as const),
    );
    await fc.assert(
      fc.asyncProperty(shaped, async ([method, args]) => {
        const result = await core.dispatch(method, args);
        if (!result.ok) expect(result.error.code, `${method}: ${result.error.message}`).not.toBe('internal');
      }),
      { numRuns: 2_000 },
    );
  }, 300_000);

  it('moves and restores to hostile file names inside its own folder with a result or a clear error', async () => {
    const name = hostileString.map((n) => n.replace(/[\\/]/g, '_'));
    const shaped = fc.oneof(
      name.map((n) => ['library.move', { to: join(lib.dir, `${n}.db`) }] as const),
      name.map((n) => ['backups.restore', { path: join(lib.dir, n) }] as const),
      name.map((n) => ['library.move', { to: join(lib.dir, n, 'x.db') }] as const),
    );
    await fc.assert(
      fc.asyncProperty(shaped, async ([method, args]) => {
        const result = await core.dispatch(method, args);
        if (!result.ok) expect(result.error.code, `${method} ${JSON.stringify(args)}: ${result.error.message}`).not.toBe('internal');
      }),
      { numRuns: 200 },
    );
    const info = await core.dispatch('library.info', {});
    expect(info).toMatchObject({ ok: true, value: { clipCount: expect.any(Number) } });
  }, 300_000);
});
