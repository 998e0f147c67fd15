import type { NamespaceHandlers } from '../../shared/api/contract.js';
import type { EntityChange } from '../../shared/organise/entity-names.js';
import type { LibraryDatabase } from '../db/library-database.js';
import { changeEntity, undoEntityEdit, type EntityEditOptions } from '../library/entity-edits.js';
import { listEntities, listQuotes, listSpeakers, timeline } from '../library/indexes.repo.js';
import { memberOf, type LibraryContext } from './handler-context.js';

export function indexesHandlers(context: LibraryContext) {
  const { library, jobs } = context;

  /** Runs a change of many clips in one transaction, all or nothing, followed as a job when the caller gave an id. */
  async function asJob<T>(jobId: string | undefined, work: (tx: LibraryDatabase, options: EntityEditOptions) => Promise<T>): Promise<T> {
    const job = jobs.start('entityEdit', jobId);
    try {
      return await library.transaction((tx) => work(tx, { by: memberOf(context), onProgress: (p) => job.report(p) }));
    } finally {
      job.finish();
    }
  }
  const change = (entity: EntityChange, jobId: string | undefined) => asJob(jobId, (tx, options) => changeEntity(tx, entity, options));

  return {
    'indexes.entities': ({ kind, filter, limit }) => listEntities(library, kind, filter, limit),
    'indexes.quotes': (opts) => listQuotes(library, opts),
    'indexes.speakers': ({ limit }) => listSpeakers(library, limit),
    'indexes.timeline': () => timeline(library),
    'indexes.renameEntity': ({ kind, name, newName, newKind, jobId }) =>
      change({ kind, name, to: { kind: newKind ?? kind, name: newName } }, jobId),
    'indexes.removeEntity': ({ kind, name, jobId }) => change({ kind, name, to: null }, jobId),
    'indexes.undoEntityEdit': ({ undo, jobId }) => asJob(jobId, (tx, options) => undoEntityEdit(tx, undo, options)),
  } satisfies NamespaceHandlers<'indexes'>;
}
