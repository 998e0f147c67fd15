import { AsyncLocalStorage } from 'node:async_hooks';
import { ApiError, type ApiResult } from '../../shared/api/errors.js';
import type { Method } from '../../shared/api/contract.js';
import { createEventStream } from '../../shared/events/event-stream.js';
import type { CoreEvent, CoreEventListener } from '../../shared/models/core-events.js';
import type { LibraryDatabase } from '../db/library-database.js';
import { announcingWrites, dispatchCall, refusedToPage } from '../dispatch.js';
import { portableHandlers } from '../handlers/portable-handlers.js';
import { teamLibraryInfo } from './team-library-info.js';

/**
 * The core of a team library: the contract over a PostgreSQL library (an already open
 * LibraryDatabase), for the team server. It answers the methods written once for both engines
 * (portableHandlers); every other method is refused in words, never carried out elsewhere.
 */
export interface TeamCore {
  /** One call, made by the team member named (their name goes into what the call writes). */
  dispatch(method: unknown, args: unknown, member?: string): Promise<ApiResult<unknown>>;
  dispatchFromPage(method: unknown, args: unknown, member?: string): Promise<ApiResult<unknown>>;
  subscribe(listener: CoreEventListener): () => void;
  /** Exports are not made on a team library yet, so there is never one waiting. */
  takeDownload(id: string): null;
  /** Closes the library (and its pool). */
  close(): Promise<void>;
}

export function notInTeamLibrary(method: Method): ApiError {
  return new ApiError(
    'not_available',
    `${method} is not available in a team library yet. Use it in a personal library (File ▸ Open library…), or ask your administrator which features the team server offers.`,
  );
}

/** `address` names the library for people (the database's host and name, never its password). */
export function createTeamCore(library: LibraryDatabase, address: string): TeamCore {
  const events = createEventStream<CoreEvent>();
  // The member whose call is running, followed through its awaits: many members' calls interleave.
  const caller = new AsyncLocalStorage<string>();
  const handlers = {
    ...portableHandlers({ library, emit: events.emit, member: () => caller.getStore() ?? null }),
    'library.info': () => teamLibraryInfo(library, address),
  };
  const announced = announcingWrites(
    (method: unknown, args: unknown) =>
      dispatchCall(
        () => handlers,
        method,
        args,
        async (_method, call) => call(),
        { missing: notInTeamLibrary },
      ),
    events.emit,
  );
  const dispatch = (method: unknown, args: unknown, member?: string) =>
    member === undefined ? announced(method, args) : caller.run(member, () => announced(method, args));
  return {
    dispatch,
    dispatchFromPage: (method, args, member) =>
      Promise.resolve(refusedToPage(method)).then((refused) => refused ?? dispatch(method, args, member)),
    subscribe: events.subscribe,
    takeDownload: () => null,
    close: () => library.close(),
  };
}
