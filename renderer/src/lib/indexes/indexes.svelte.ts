import { api, describeError } from '../api/api.js';
import type { EntityCount, EntityKind, QuoteEntry, TimelineBucket } from '../api/models.js';

/** Searching as a filter is typed costs one query per pause; this one spares half-typed words. */
const TYPING_PAUSE_MS = 150;
/** A burst of writes (an import, a teammate's edits) is read back once. */
const EDITED_SETTLE_MS = 300;

/** The indexes of names, quotes and dates: what each panel shows, loaded when it opens. */
class IndexStore {
  #entities = $state<EntityCount[]>([]);
  #speakers = $state<EntityCount[]>([]);
  #quotes = $state<QuoteEntry[]>([]);
  #quoteTotal = $state(0);
  #timeline = $state<TimelineBucket[]>([]);
  #loaded = $state(false);
  #error = $state<string | null>(null);
  #request = 0;
  /** Which index the answers are for; another index starts from nothing rather than show these. */
  #shown = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The index shown, loaded again when the library changes. */
  #reload: (() => void) | null = null;

  /**
   * Keeps the index shown current while it is open, since a write anywhere (this window, another,
   * a teammate) may change its names and counts; returns the function that stops.
   */
  follow(): () => void {
    let settle: ReturnType<typeof setTimeout> | undefined;
    const stop = api.events.subscribe((event) => {
      if (event.type !== 'library.edited' && event.type !== 'library.changed') return;
      clearTimeout(settle);
      settle = setTimeout(() => this.reload(), EDITED_SETTLE_MS);
    });
    return () => {
      clearTimeout(settle);
      stop();
    };
  }

  get entities() {
    return this.#entities;
  }

  get speakers() {
    return this.#speakers;
  }

  get quotes() {
    return this.#quotes;
  }

  get quoteTotal() {
    return this.#quoteTotal;
  }

  get timeline() {
    return this.#timeline;
  }

  get loaded() {
    return this.#loaded;
  }

  get error() {
    return this.#error;
  }

  /** The index shown read again, in place. */
  reload() {
    this.#reload?.();
  }

  loadEntities(kind: EntityKind, filter: string) {
    this.#reload = () => this.loadEntities(kind, filter);
    this.#debounced(`entities:${kind}`, async () => {
      const entities = await api.call('indexes.entities', { kind, filter: filter.trim() });
      return () => (this.#entities = entities);
    });
  }

  loadQuotes(speaker: string | null, text: string) {
    this.#reload = () => this.loadQuotes(speaker, text);
    this.#debounced('quotes', async () => {
      const [page, speakers] = await Promise.all([
        api.call('indexes.quotes', { speaker, text: text.trim() }),
        api.call('indexes.speakers', {}),
      ]);
      return () => {
        this.#quotes = page.items;
        this.#quoteTotal = page.total;
        this.#speakers = speakers;
      };
    });
  }

  loadTimeline() {
    this.#reload = () => this.loadTimeline();
    this.#debounced(
      'timeline',
      async () => {
        const timeline = await api.call('indexes.timeline', {});
        return () => (this.#timeline = timeline);
      },
      0,
    );
  }

  /** A later request supersedes an earlier one, so typing fast never shows a stale answer. */
  #debounced(index: string, load: () => Promise<() => void>, pause = TYPING_PAUSE_MS) {
    clearTimeout(this.#timer);
    if (index !== this.#shown) {
      this.#shown = index;
      this.#loaded = false;
      this.#entities = [];
      this.#quotes = [];
      this.#timeline = [];
    }
    const request = ++this.#request;
    this.#timer = setTimeout(async () => {
      try {
        const show = await load();
        if (request !== this.#request) return;
        show();
        this.#error = null;
      } catch (err) {
        if (request === this.#request) this.#error = describeError(err);
      } finally {
        if (request === this.#request) this.#loaded = true;
      }
    }, pause);
  }
}

export const indexes = new IndexStore();
