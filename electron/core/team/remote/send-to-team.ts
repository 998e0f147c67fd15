import { ApiError } from '../../../shared/api/errors.js';
import type { ApiInput, ApiOutput, Method } from '../../../shared/api/contract.js';
import type { Clip } from '../../../shared/models/clip.js';
import type { SentClip, TeamSendProgress, TeamSendSummary } from '../../../shared/models/team-link.js';

/** A team clip whose text is this close to the one sent is the same article: it is not sent again. */
export const SAME_ARTICLE_SIMILARITY = 0.95;

/** A personal clip as it is sent: the clip, and the HTML of its paste when one came with it. */
export type ClipToSend = Clip & { rawHtml: string | null };

/** One typed call to the team library. */
export type TeamCall = <M extends Method>(method: M, args: ApiInput<M>) => Promise<ApiOutput<M>>;

export interface SendOptions {
  readClip(id: number): Promise<ClipToSend>;
  call: TeamCall;
  server: string;
  signal: AbortSignal;
  onProgress(progress: TeamSendProgress): void;
}

/** Failures that end the whole send: every later clip would fail the same way. */
const ENDS_THE_SEND = new Set(['library_unavailable', 'unauthorized', 'forbidden']);

/**
 * Sends personal clips to a team library, one at a time: the paste as it was received (with its
 * HTML), the fields as corrected, then the notes, tags and highlights. A clip the team library
 * already holds (the same text, or the page again unchanged) is not sent twice: the summary names
 * the team's clip. A part the team server does not take (refused as not available) is said once
 * in `notices`; the clip itself is kept there.
 */
export async function sendToTeam(clipIds: readonly number[], options: SendOptions): Promise<TeamSendSummary> {
  const { call, signal } = options;
  const clips: SentClip[] = [];
  const notices = new Set<string>();
  const ids = [...new Set(clipIds)];
  options.onProgress({ done: 0, total: ids.length });
  for (const id of ids) {
    if (signal.aborted) return { server: options.server, clips, notices: [...notices], stopped: true };
    let title: string | null = null;
    try {
      const clip = await options.readClip(id);
      title = clip.title;
      clips.push(await sendOne(clip, call, notices));
    } catch (err) {
      const error = err instanceof ApiError ? err : new ApiError('internal', err instanceof Error ? err.message : String(err));
      if (ENDS_THE_SEND.has(error.code)) {
        notices.add(error.message);
        return { server: options.server, clips, notices: [...notices], stopped: true };
      }
      clips.push({ clipId: id, outcome: 'failed', title, message: error.message });
    }
    options.onProgress({ done: clips.length, total: ids.length });
  }
  return { server: options.server, clips, notices: [...notices], stopped: false };
}

async function sendOne(clip: ClipToSend, call: TeamCall, notices: Set<string>): Promise<SentClip> {
  const paste = { text: clip.raw, ...(clip.rawHtml ? { html: clip.rawHtml } : {}), url: clip.url };
  const { duplicateOf } = await call('clips.parse', paste);
  if (duplicateOf && duplicateOf.similarity >= SAME_ARTICLE_SIMILARITY) {
    return { clipId: clip.id, outcome: 'duplicate', teamClipId: duplicateOf.id, title: clip.title };
  }
  const { id: teamClipId } = await call('clips.create', {
    ...paste,
    draft: {
      title: clip.title,
      date: clip.date,
      dateline: clip.dateline,
      source: clip.source,
      byline: clip.byline,
      language: clip.language,
      paragraphs: clip.paragraphs,
      quotes: clip.quotes,
      people: clip.people,
      places: clip.places,
      organizations: clip.organizations,
      url: clip.url,
    },
  });
  const parts: [string, () => Promise<unknown>][] = [
    ['notes', async () => clip.notes && (await call('clips.update', { id: teamClipId, fields: { notes: clip.notes } }))],
    ['tags', async () => clip.tags.length && (await call('tags.apply', { clipIds: [teamClipId], names: clip.tags }))],
    [
      'highlights',
      async () => {
        for (const { exact, prefix, suffix, start, end, color, note } of clip.highlights) {
          await call('highlights.add', { clipId: teamClipId, exact, prefix, suffix, start, end, color, note });
        }
      },
    ],
  ];
  for (const [part, send] of parts) {
    try {
      await send();
    } catch (err) {
      if (!(err instanceof ApiError) || err.code !== 'not_available') throw err;
      notices.add(`The team library does not take ${part} yet, so the clips were sent without them.`);
    }
  }
  return { clipId: clip.id, outcome: 'sent', teamClipId, title: clip.title };
}
