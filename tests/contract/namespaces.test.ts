import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../electron/shared/api/contract.js';
import { sqliteDatabase } from '../../electron/core/db/sqlite-database.js';
import type { HandlerContext } from '../../electron/core/handlers/handler-context.js';
import { JobRegistry } from '../../electron/core/jobs/job-registry.js';
import { createSerialQueue } from '../../electron/core/jobs/serial-queue.js';
import { LibrarySession } from '../../electron/core/library/library-session.js';
import { DownloadShelf } from '../../electron/core/transfer/downloads.js';
import { ExportUploads } from '../../electron/core/transfer/export-uploads.js';
import { BrowserClipper } from '../../electron/core/browser-clipper/browser-clipper.js';
import { TeamLinks } from '../../electron/core/team/remote/team-links.js';
import { tempLibrary } from '../support/temp-library.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const contractDir = join(root, 'electron/shared/api/contract');
const handlersDir = join(root, 'electron/core/handlers');

const namespaceOf = (method: string) => method.slice(0, method.indexOf('.'));
const filesEndingIn = (dir: string, suffix: string) => readdirSync(dir).filter((name) => name.endsWith(suffix));

/** Each file's exported method tables, by the namespace its file name gives (a file may export a part of its namespace and the whole). */
async function tablesByFile(dir: string, suffix: string, table: (exported: unknown) => object): Promise<Map<string, string[]>> {
  const byFile = new Map<string, string[]>();
  for (const file of filesEndingIn(dir, suffix)) {
    const module: Record<string, unknown> = await import(join(dir, file));
    const names = Object.values(module).flatMap((exported) => Object.keys(table(exported)));
    byFile.set(basename(file, suffix), [...new Set(names)]);
  }
  return byFile;
}

function expectOneFilePerNamespace(byFile: Map<string, string[]>) {
  for (const [namespace, names] of byFile) {
    expect(names.length, `${namespace} declares no methods`).toBeGreaterThan(0);
    for (const name of names) expect(namespaceOf(name), `${name} is in the ${namespace} file`).toBe(namespace);
  }
  expect([...byFile.values()].flat().sort()).toEqual([...methodNames].sort());
  expect(new Set(methodNames.map(namespaceOf))).toEqual(new Set(byFile.keys()));
}

describe('one namespace, one place', () => {
  const library = tempLibrary();
  const session = new LibrarySession(library.path);
  afterAll(() => {
    session.close();
    library.remove();
  });

  it('declares each method in the contract file named after its namespace', async () => {
    const byFile = await tablesByFile(contractDir, '.contract.ts', (exported) => exported as object);
    expectOneFilePerNamespace(byFile);
  });

  it('handles each method in the handler file named after its namespace', async () => {
    const emit = () => undefined;
    const context: HandlerContext = {
      db: session.db,
      library: sqliteDatabase(session.db),
      session,
      userData: library.dir,
      jobs: new JobRegistry(emit),
      downloads: new DownloadShelf(),
      uploads: new ExportUploads(),
      pdfRenderer: () => {
        throw new Error('no dossier is printed here');
      },
      oneRenderAtATime: createSerialQueue(),
      emit,
      browserClipper: new BrowserClipper(library.dir, emit),
      teamLinks: new TeamLinks(library.dir, emit),
    };
    const build = (exported: unknown) => (typeof exported === 'function' ? (exported as (c: HandlerContext) => object)(context) : {});
    const byFile = await tablesByFile(handlersDir, '.handlers.ts', build);
    expectOneFilePerNamespace(byFile);
  });
});
