import { api, describeError } from '../api/api.js';
import { MOST_HIGHLIGHTS_A_PAGE, type HighlightColor, type HighlightEntry } from '../api/models.js';

/** What the Highlights index is narrowed to. */
export interface HighlightFilter {
  text: string;
  color: HighlightColor | null;
  withNotes: boolean;
}

const PAGE = 100;
/** Searching as a filter is typed costs one query per pause; this one spares half-typed words. */
const TYPING_PAUSE_MS = 150;
/** How long a burst of writes is let settle before the index is read back once. */
const EDITED_SETTLE_MS = 150;

/**
 * The Highlights index: every highlight in the library, newest first, a page at a time as the list
 * is scrolled, read again when the library changes while it is shown.
 */
class HighlightIndexStore {
  #items = $state<HighlightEntry[]>([]);
  #total = $state(0);
  #totalCapped = $state(false);
  #loaded = $state(false);
  #loading = $state(false);
  #error = $state<string | null>(null);
  #filter: HighlightFilter = { text: '', color: null, withNotes: false };
  /** Bumped per request, so an answer for an earlier filter or page never lands over a later one. */
  #request = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  get items() {
    return this.#items;
  }

  get total() {
    return this.#total;
  }

  /** More highlights than `total`: the library counted that far. */
  get totalCapped() {
    return this.#totalCapped;
  }

  get loaded() {
    return this.#loaded;
  }

  get loading() {
    return this.#loading;
  }

  get error() {
    return this.#error;
  }

  get more() {
    return this.#items.length < this.#total || this.#totalCapped;
  }

  /** Shows the highlights that match, from the newest; a filter being typed waits for a pause. */
  show(filter: HighlightFilter, pause = TYPING_PAUSE_MS) {
    this.#filter = filter;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#load(0, PAGE), pause);
  }

  /** The next page, when the list is scrolled near its end. */
  async loadMore() {
    if (this.#loading || !this.more) return;
    await this.#load(this.#items.length, PAGE);
  }

  /** Keeps the rows shown current while the index is open; returns the function that stops. */
  follow(): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = api.events.subscribe((event) => {
      if (event.type !== 'library.edited' && event.type !== 'library.changed') return;
      clearTimeout(timer);
      // As many rows as are shown are read again (up to one request's worth), so the list keeps its place.
      timer = setTimeout(() => void this.#load(0, Math.min(MOST_HIGHLIGHTS_A_PAGE, Math.max(PAGE, this.#items.length))), EDITED_SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }

  async #load(offset: number, limit: number) {
    const request = ++this.#request;
    this.#loading = true;
    try {
      const page = await api.call('highlights.all', { ...this.#filter, text: this.#filter.text.trim(), offset, limit });
      if (request !== this.#request) return;
      // A highlight made while the list was scrolled shifts the pages by one: it is shown once.
      const shown = offset === 0 ? [] : this.#items;
      const ids = new Set(shown.map((h) => h.id));
      this.#items = [...shown, ...page.items.filter((h) => !ids.has(h.id))];
      this.#total = page.total;
      this.#totalCapped = page.totalCapped === true;
      this.#error = null;
    } catch (err) {
      if (request === this.#request) this.#error = describeError(err);
    } finally {
      if (request === this.#request) {
        this.#loading = false;
        this.#loaded = true;
      }
    }
  }
}

export const highlightIndex = new HighlightIndexStore();
