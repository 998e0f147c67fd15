import { api, describeError } from '../api/api.js';
import type { Clip } from '../api/models.js';

/** The selected clip and the full record shown in the reader pane. */
class ReaderStore {
  #selectedId = $state<number | null>(null);
  #clip = $state<Clip | null>(null);
  #error = $state<string | null>(null);
  #loading = $state(false);
  #showingOriginal = $state(false);
  /** A highlight to bring into view once its clip is shown; a new object each time, so asking again scrolls again. */
  #highlightToShow = $state.raw<{ clipId: number; id: number } | null>(null);
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

  get highlightToShow() {
    return this.#highlightToShow;
  }

  async select(id: number | null) {
    if (this.#highlightToShow?.clipId !== id) this.#highlightToShow = null;
    if (id === this.#selectedId && (this.#clip?.id === id || this.#loading)) return;
    this.#selectedId = id;
    this.#showingOriginal = false;
    await this.reload();
  }

  /** Opens a clip scrolled to one of its highlights, which the reader flashes so the eye finds it. */
  async showHighlight(clipId: number, id: number) {
    this.#highlightToShow = { clipId, id };
    this.#showingOriginal = false;
    await this.select(clipId);
  }

  /** The reader has brought the highlight into view (or found it gone). */
  highlightShown(target: { clipId: number; id: number }) {
    if (this.#highlightToShow === target) this.#highlightToShow = null;
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
