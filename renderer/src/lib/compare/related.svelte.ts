import { api, describeError } from '../api/api.js';
import type { RelatedClip } from '../api/models.js';

/** How many similar clips the reader lists: enough to find the other reports, few enough to scan. */
const LIMIT = 6;

/** Clips like the one open in the reader, to start a comparison from. */
class RelatedStore {
  #clipId = $state<number | null>(null);
  /** The library's size when the list was read: a clip added or trashed since may change it. */
  #clipCount = -1;
  #items = $state.raw<RelatedClip[]>([]);
  #loading = $state(false);
  #error = $state<string | null>(null);
  #request = 0;

  get clipId() {
    return this.#clipId;
  }

  get items() {
    return this.#items;
  }

  get loading() {
    return this.#loading;
  }

  get error() {
    return this.#error;
  }

  async load(clipId: number, clipCount: number) {
    if (clipId === this.#clipId && clipCount === this.#clipCount && (this.#loading || this.#error === null)) return;
    const request = ++this.#request;
    // The same clip read again keeps its list in view until the new one arrives, so it does not blink.
    if (clipId !== this.#clipId) this.#items = [];
    this.#clipId = clipId;
    this.#clipCount = clipCount;
    this.#error = null;
    this.#loading = true;
    try {
      const items = await api.call('clips.related', { id: clipId, limit: LIMIT });
      if (request === this.#request) this.#items = items;
    } catch (err) {
      if (request === this.#request) this.#error = describeError(err);
    } finally {
      if (request === this.#request) this.#loading = false;
    }
  }
}

export const related = new RelatedStore();
