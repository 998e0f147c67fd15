import { jobProgress } from '../../../../electron/shared/events/job-progress.js';
import { api, describeError } from '../api/api.js';
import type { RereadResult } from '../../../../electron/shared/models/reread.js';
import { clipCount } from '../ui/clip-count.js';
import { toasts } from '../ui/toasts.svelte.js';
import { reader } from './reader.svelte.js';

/** What a re-reading did, in a sentence or two. */
export function describeReread(result: RereadResult): string {
  const parts = [
    result.changed.length
      ? `Read the names of ${clipCount(result.reread)} again: ${clipCount(result.changed.length)} got new names or quotes.`
      : `Read the names of ${clipCount(result.reread)} again: nothing new was found.`,
  ];
  if (result.kept.length) parts.push(`Your corrections in ${clipCount(result.kept.length)} were kept as you made them.`);
  if (result.missing.length) parts.push(`${clipCount(result.missing.length)} had gone from the library.`);
  if (result.cancelled) parts.push('Stopped before the last clip; those read by then keep their new names.');
  return parts.join(' ');
}

/**
 * Finding saved clips' people, places, organisations and quotes again with the clipper as it reads
 * now, from the clip's menu or for a selection; a long run shows its progress and can be stopped.
 */
class RereadStore {
  #busy = $state(false);

  get busy() {
    return this.#busy;
  }

  async reread(ids: number[]) {
    if (this.#busy || ids.length === 0) return;
    this.#busy = true;
    const jobId = crypto.randomUUID();
    const stop = { label: 'Stop', run: () => void api.call('clips.rereadCancel', { jobId }) };
    toasts.show(`Reading the names of ${clipCount(ids.length)} again…`, ids.length > 1 ? stop : null);
    const stopFollowing = api.events.subscribe(
      jobProgress('reread', jobId, (progress) =>
        toasts.show(`Reading names again: ${progress.done.toLocaleString()} of ${clipCount(progress.total)}…`, stop),
      ),
    );
    try {
      const result = await api.call('clips.reread', { ids, jobId });
      // A progress report still on its way must not cover the summary.
      stopFollowing();
      toasts.show(describeReread(result));
      await reader.refreshQuietly();
    } catch (err) {
      toasts.show(describeError(err));
    } finally {
      stopFollowing();
      this.#busy = false;
    }
  }
}

export const reread = new RereadStore();
