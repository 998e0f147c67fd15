import { api, describeError } from '../api/api.js';
import type { Clip } from '../api/models.js';

/** The selected clip and the full record shown in the reader pane. */
class ReaderStore {
  #selectedId = $state<number | null>(null);
  #clip = $state<Clip | null>(null);
  #error = $state<string | null>(null);
  #loading = $state(false);
  #showingOriginal = $state(false);
  /** Bumped per request so a slow answer for an earlier selection cannot replace a later one. */
  #request = 0;

  get selectedId() {
    return this.#selectedId;
  }

  get clip() {
    return this.#clip;
  }

  get error() {
    return this.#error;
  }

  get loading() {
    return this.#loading;
  }

  get showingOriginal() {
    return this.#showingOriginal;
  }

  async select(id: number | null) {
    if (id === this.#selectedId && (this.#clip?.id === id || this.#loading)) return;
    this.#selectedId = id;
    this.#showingOriginal = false;
    await this.reload();
  }

  /** Reads the open clip again without showing it loading, and keeps what is shown when nothing changed. */
  async refreshQuietly() {
    const id = this.#selectedId;
    if (id === null || this.#loading) return;
    const request = ++this.#request;
    try {
      const clip = await api.call('clips.get', { id });
      if (request === this.#request && JSON.stringify(clip) !== JSON.stringify(this.#clip)) this.#clip = clip;
    } catch (err) {
      if (request === this.#request) {
        this.#clip = null;
        this.#error = describeError(err);
      }
    }
  }

  async reload() {
    const id = this.#selectedId;
    const request = ++this.#request;
    this.#error = null;
    if (id === null) {
      this.#clip = null;
      this.#loading = false;
      return;
    }
    this.#loading = true;
    try {
      const clip = await api.call('clips.get', { id });
      if (request === this.#request) this.#clip = clip;
    } catch (err) {
      if (request === this.#request) {
        this.#clip = null;
        this.#error = describeError(err);
      }
    } finally {
      if (request === this.#request) this.#loading = false;
    }
  }

  /** Folds a change the reader made itself (a highlight, the note) into the open clip without a reload. */
  patch(id: number, fields: Partial<Clip>) {
    if (this.#clip?.id === id) this.#clip = { ...this.#clip, ...fields };
  }

  toggleOriginal() {
    this.#showingOriginal = !this.#showingOriginal;
  }
}

export const reader = new ReaderStore();
