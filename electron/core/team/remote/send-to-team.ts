import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors.js';
import { EXPORT_CHUNK_CHARS } from '../../../shared/api/limits.js';
import type { ApiInput, ApiOutput, Method } from '../../../shared/api/contract.js';
import type { SentClip, TeamSendProgress, TeamSendSummary } from '../../../shared/models/team-link.js';

/** Clips per export sent: progress moves after each, and Stop is heard within one. */
export const SEND_BATCH = 20;

/** One typed call to the team library. */
export type TeamCall = <M extends Method>(method: M, args: ApiInput<M>) => Promise<ApiOutput<M>>;

/** The lossless export of some personal clips: its JSON in pieces, and the clip ids in the file's order. */
export interface ClipsExport {
  ids: number[];
  chunks: AsyncIterable<string>;
}

export interface SendOptions {
  exportClips(ids: readonly number[]): Promise<ClipsExport>;
  /** The personal clips' titles, for the summary. */
  titles(ids: readonly number[]): Promise<Map<number, string | null>>;
  /** The earlier version each personal clip is a version of, if any. */
  earlierVersions(ids: readonly number[]): Promise<Map<number, number | null>>;
  call: TeamCall;
  server: string;
  signal: AbortSignal;
  onProgress(progress: TeamSendProgress): void;
  /** Clips per export; SEND_BATCH unless given. */
  batchSize?: number;
}

/** Failures that end the whole send: every later clip would fail the same way. */
const ENDS_THE_SEND = new Set(['library_unavailable', 'unauthorized', 'forbidden']);

const asApiError = (err: unknown) =>
  err instanceof ApiError ? err : new ApiError('internal', err instanceof Error ? err.message : String(err));

/**
 * Sends personal clips to a team library as the library export carries them, through the team
 * library's own import: the paste with its HTML, the fields as corrected, the dates it was
 * clipped and changed, notes, tags, highlights and the edit history all arrive as they are here.
 * The clips go in batches, each uploaded and then imported as one job: progress moves after each
 * batch, and Stop cancels the team's running import (keeping the clips it wrote) and sends no
 * more. A clip whose text the team library holds already is not added again; the summary names
 * the team's clip. A later version sent after its earlier one, in another send, is linked to the
 * team's copy of it, as the export names an earlier version outside the file by its hashes.
 */
export async function sendToTeam(clipIds: readonly number[], options: SendOptions): Promise<TeamSendSummary> {
  const { signal } = options;
  const ids = [...new Set(clipIds)];
  const titles = await options.titles(ids);
  const clips: SentClip[] = [];
  const notices = new Set<string>();
  const summary = (stopped: boolean): TeamSendSummary => ({ server: options.server, clips, notices: [...notices], stopped });
  options.onProgress({ done: 0, total: ids.length });
  const batches = storyBatches(ids, await options.earlierVersions(ids), options.batchSize ?? SEND_BATCH);
  for (const batch of batches) {
    if (signal.aborted) return summary(true);
    try {
      const sent = await sendBatch(batch, options);
      for (const c of sent.clips) clips.push({ ...c, title: titles.get(c.clipId) ?? null });
      sent.refused.forEach((notice) => notices.add(notice));
      if (sent.cancelled) return summary(true);
    } catch (err) {
      const error = asApiError(err);
      if (error.code === 'cancelled') return summary(true);
      if (ENDS_THE_SEND.has(error.code)) {
        notices.add(error.message);
        return summary(true);
      }
      for (const clipId of batch) clips.push({ clipId, outcome: 'failed', title: titles.get(clipId) ?? null, message: error.message });
    }
    options.onProgress({ done: clips.length, total: ids.length });
  }
  return summary(false);
}

/**
 * The clips in batches of `size`, the versions of one story in the same batch: within one file a
 * later version is linked to its earlier one by key, which holds even where the team library has
 * the earlier text more than once and the hashes an export names an outside clip by would not
 * tell which. A story with more versions than a batch holds goes whole in a larger one. Stories
 * keep the order of their first clip.
 */
export function storyBatches(ids: readonly number[], earlier: ReadonlyMap<number, number | null>, size: number): number[][] {
  const story = new Map<number, number>();
  const root = (id: number): number => {
    const up = story.get(id);
    return up === undefined || up === id ? id : root(up);
  };
  for (const id of ids) story.set(id, id);
  for (const id of ids) {
    const before = earlier.get(id);
    if (before != null && story.has(before)) story.set(root(id), root(before));
  }
  const stories = new Map<number, number[]>();
  for (const id of ids) {
    const clips = stories.get(root(id));
    if (clips) clips.push(id);
    else stories.set(root(id), [id]);
  }
  const batches: number[][] = [];
  let batch: number[] = [];
  for (const clips of stories.values()) {
    if (batch.length > 0 && batch.length + clips.length > size) {
      batches.push(batch);
      batch = [];
    }
    batch.push(...clips);
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

interface SentBatch {
  clips: Omit<Extract<SentClip, { outcome: 'sent' | 'duplicate' }>, 'title'>[];
  refused: string[];
  cancelled: boolean;
}

async function sendBatch(batch: readonly number[], options: SendOptions): Promise<SentBatch> {
  const { call, signal } = options;
  const file = await options.exportClips(batch);
  const uploadId = randomUUID();
  for await (const piece of callSized(file.chunks)) {
    if (signal.aborted) return { clips: [], refused: [], cancelled: true };
    await call('import.exportChunk', { uploadId, text: piece });
  }
  const jobId = randomUUID();
  const stop = () => void call('import.exportCancel', { jobId }).catch(() => undefined);
  signal.addEventListener('abort', stop, { once: true });
  try {
    const result = await call('import.exportRun', { uploadId, name: 'clips sent from a personal library', jobId, listClips: true });
    return {
      clips: (result.clips ?? []).map((place) => ({
        clipId: file.ids[place.key - 1]!,
        outcome: place.reused ? 'duplicate' : 'sent',
        teamClipId: place.id,
      })),
      refused: result.summary.refused,
      cancelled: result.summary.cancelled,
    };
  } finally {
    signal.removeEventListener('abort', stop);
  }
}

/**
 * The export's pieces regrouped into pieces a call takes: small ones joined, a large one cut,
 * never between the two halves of a character outside the BMP.
 */
export async function* callSized(chunks: AsyncIterable<string>, max = EXPORT_CHUNK_CHARS): AsyncGenerator<string> {
  let pending = '';
  for await (const chunk of chunks) {
    pending += chunk;
    while (pending.length >= max) {
      const highSurrogateLast = /[\uD800-\uDBFF]/.test(pending[max - 1]!);
      const cut = highSurrogateLast ? max - 1 : max;
      yield pending.slice(0, cut);
      pending = pending.slice(cut);
    }
  }
  if (pending) yield pending;
}
