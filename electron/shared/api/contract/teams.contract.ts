import { z } from 'zod';
import type { TeamActivityPage, TeamLink, TeamSendSummary } from '../../models/team-link.js';
import { METHOD_NAMES } from '../method-names.js';
import { id, ids, method, text, type NamespaceMethods } from '../schema-helpers.js';

const linkId = text(2_000).min(1);
/** A job id chosen by the caller, to follow a long send's progress and stop it. */
const jobId = z.string().min(1).max(100).optional();

/**
 * The app's links to team libraries: signing in to a team server, calls to it on the member's
 * behalf, and clips sent to it from the personal library. The personal core makes the requests,
 * so the app's window and a browser-mode tab reach a team server the same way.
 */
export const teamsContract = {
  /** The team libraries signed in to before, newest first. */
  'teams.list': method<TeamLink[]>()(z.object({})),
  /** Signs in to a team server; the password goes to the server only and is never kept. */
  'teams.signIn': method<TeamLink>()(
    z.object({
      server: text(2_000).min(1, { message: 'give the team server’s address' }),
      name: text(200).min(1, { message: 'give your name on the team server' }),
      password: text(1_000).min(1, { message: 'give your password' }),
    }),
  ),
  /** Ends the session on the server; the link stays, to sign in again. */
  'teams.signOut': method<TeamLink[]>()(z.object({ id: linkId })),
  /** Signs out and forgets the server. */
  'teams.forget': method<TeamLink[]>()(z.object({ id: linkId })),
  /** One contract call made in the team library as its signed-in member; the server checks the input and the role. */
  'teams.call': method<unknown>()(z.object({ id: linkId, method: z.enum(METHOD_NAMES), args: z.unknown() })),
  /** A page of the team library's activity log, newest first; `before` for the page after. */
  'teams.activity': method<TeamActivityPage>()(z.object({ id: linkId, before: id.optional() })),
  /** Copies clips of the personal library to the team library: paste, fields, tags, notes and highlights. */
  'teams.send': method<TeamSendSummary>()(z.object({ id: linkId, clipIds: ids, jobId })),
  /** Stops a send; the clips already sent stay. */
  'teams.sendCancel': method<{ cancelled: boolean }>()(z.object({ jobId: z.string().min(1).max(100) })),
} as const satisfies NamespaceMethods<'teams'>;
