import type { z } from 'zod';
import { backupsContract } from './contract/backups.contract.js';
import { extensionContract } from './contract/extension.contract.js';
import { clipsContract } from './contract/clips.contract.js';
import { collectionsContract } from './contract/collections.contract.js';
import { compareContract } from './contract/compare.contract.js';
import { comparisonsContract } from './contract/comparisons.contract.js';
import { dossierContract } from './contract/dossier.contract.js';
import { highlightsContract } from './contract/highlights.contract.js';
import { importContract } from './contract/import.contract.js';
import { indexesContract } from './contract/indexes.contract.js';
import { libraryContract } from './contract/library.contract.js';
import { searchContract } from './contract/search.contract.js';
import { settingsContract } from './contract/settings.contract.js';
import { tagsContract } from './contract/tags.contract.js';
import { teamsContract } from './contract/teams.contract.js';
import { trashContract } from './contract/trash.contract.js';

/**
 * The API contract: one table of methods, each with the runtime schema of its input and the
 * type of its output. Each namespace is declared in its own file under contract/. The core
 * implements it once; the IPC bridge, the HTTP server and the renderer's client are all derived
 * from this table, so a method added here is everywhere.
 */

export { MAX_PASTE_CHARS } from './limits.js';

export const contract = {
  ...clipsContract,
  ...collectionsContract,
  ...tagsContract,
  ...highlightsContract,
  ...indexesContract,
  ...searchContract,
  ...compareContract,
  ...comparisonsContract,
  ...dossierContract,
  ...libraryContract,
  ...backupsContract,
  ...settingsContract,
  ...importContract,
  ...trashContract,
  ...extensionContract,
  ...teamsContract,
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export const methodNames = Object.keys(contract) as Method[];

export type ApiInput<M extends Method> = z.input<Contract[M]['input']>;
export type ApiArgs<M extends Method> = z.output<Contract[M]['input']>;
export type ApiOutput<M extends Method> = Contract[M]['output'];

/** What the core implements: every method, taking its validated arguments. */
export type ApiHandlers = { [M in Method]: (args: ApiArgs<M>) => ApiOutput<M> | Promise<ApiOutput<M>> };

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** Methods that switch the open library: the core runs them alone, after every other call has finished. */
export const librarySwitchingMethods: ReadonlySet<Method> = new Set<Method>(['backups.restore', 'library.move']);

/**
 * Methods that never touch the library, so they answer while a move holds it (or the UI could not
 * stop the move): the cancels of long tasks, the browser extension's pairing, and the team
 * libraries, which are on their servers. Sending to a team reads the personal library, so it waits.
 */
export const libraryFreeMethods: ReadonlySet<Method> = new Set<Method>([
  'library.moveCancel',
  'import.exportCancel',
  ...methodNames.filter((m) => (m.startsWith('extension.') || m.startsWith('teams.')) && m !== 'teams.send'),
]);

/**
 * Methods that write to any path the caller names. Only the CLI, run by the user on their own
 * machine, may call them; a page (the app's window, a browser tab) downloads files instead.
 */
export const cliOnlyMethods: ReadonlySet<Method> = new Set<Method>(['dossier.export']);

/** One namespace's handlers: exactly its methods, so each namespace is implemented in one file. */
export type NamespaceHandlers<Namespace extends string> = {
  [M in Method as M extends `${Namespace}.${string}` ? M : never]: ApiHandlers[M];
};
