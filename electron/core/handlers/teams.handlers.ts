import { ApiError } from '../../shared/api/errors.js';
import type { NamespaceHandlers } from '../../shared/api/contract.js';
import type { LibraryDatabase } from '../db/library-database.js';
import { sql } from '../db/sql.js';
import { prepareLibraryExport } from '../transfer/export-library.js';
import { sendToTeam, type TeamCall } from '../team/remote/send-to-team.js';
import type { HandlerContext } from './handler-context.js';

/** What a reader is told on asking to send: the server would refuse every clip. */
function readerCannotSend(name: string): ApiError {
  return new ApiError(
    'forbidden',
    `You are a reader in the team library ${name}: readers may read, search and export there, but not add clips. Ask one of its administrators for the editor role, then send again.`,
  );
}

async function earlierVersion(library: LibraryDatabase, id: number): Promise<number | null> {
  return (
    (await library.get<{ versionOf: number | null }>(sql`SELECT version_of AS "versionOf" FROM clips WHERE id = ${id}`))?.versionOf ?? null
  );
}

async function clipTitle(library: LibraryDatabase, id: number): Promise<string | null> {
  return (await library.get<{ title: string | null }>(sql`SELECT title FROM clips WHERE id = ${id}`))?.title ?? null;
}

export function teamsHandlers({ teamLinks, library, jobs }: HandlerContext) {
  return {
    'teams.list': () => teamLinks.list(),
    'teams.signIn': ({ server, name, password }) => teamLinks.signIn(server, name, password),
    'teams.signOut': ({ id }) => teamLinks.signOut(id),
    'teams.forget': ({ id }) => teamLinks.forget(id),
    'teams.call': ({ id, method, args }) => teamLinks.call(id, method, args),
    'teams.activity': ({ id, before }) => teamLinks.activity(id, before),

    'teams.send': async ({ id, clipIds, jobId }) => {
      const link = teamLinks.describe(id);
      if (link.role === 'reader') throw readerCannotSend(link.name);
      const job = jobs.start('teamSend', jobId);
      try {
        return await sendToTeam(clipIds, {
          server: link.name,
          signal: job.signal,
          onProgress: (progress) => job.report(progress),
          call: ((method, args) => teamLinks.call(id, method, args)) as TeamCall,
          exportClips: (ids) => prepareLibraryExport(library, { clipIds: ids }),
          titles: async (ids) => new Map(await Promise.all(ids.map(async (clipId) => [clipId, await clipTitle(library, clipId)] as const))),
          earlierVersions: async (ids) =>
            new Map(await Promise.all(ids.map(async (clipId) => [clipId, await earlierVersion(library, clipId)] as const))),
        });
      } finally {
        job.finish();
      }
    },

    'teams.sendCancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
  } satisfies NamespaceHandlers<'teams'>;
}
