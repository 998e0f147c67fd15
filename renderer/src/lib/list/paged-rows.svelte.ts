export interface RowPage<T> {
  items: T[];
  total: number;
  /** Counting stopped at `total` with more rows left; a page asked for further down counts further. */
  totalCapped?: true;
}

export type FetchPage<T> = (offset: number, limit: number) => Promise<RowPage<T>>;

/** Pages held at once: a screen spans two or three, the rest are the way back, so memory stays bounded. */
const MAX_PAGES = 8;
/** A dragged scrollbar passes thousands of rows; only where it rests is asked for. */
const SETTLE_MS = 40;

/**
 * A window onto a list of any length: `count` is the whole list's, but only the pages in view are
 * asked for, and only the few last seen are kept. An answer is kept only if nothing has replaced
 * the list since it was asked for and its page is still wanted, so the newest scroll wins.
 */
export class PagedRows<T extends { id: number }> {
  readonly #size: number;
  #pages = $state.raw<ReadonlyMap<number, readonly T[]>>(new Map());
  #count = $state(0);
  #countCapped = $state(false);
  #fetch: FetchPage<T> = async () => ({ items: [], total: 0 });
  #generation = $state(0);
  #wanted: [number, number] = [0, 0];
  #asked = new Set<number>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Set when the rows were replaced: the next screen is asked for at once, not after scrolling rests. */
  #fresh = true;
  #onError: (err: unknown) => void;

  constructor(size: number, onError: (err: unknown) => void) {
    this.#size = size;
    this.#onError = onError;
  }

  get count() {
    return this.#count;
  }

  /** The list holds more rows than `count`, which is as far as the library counted. */
  get countCapped() {
    return this.#countCapped;
  }

  /** Changes whenever the rows are replaced, so the list can ask again for what it shows. */
  get generation() {
    return this.#generation;
  }

  at(index: number): T | undefined {
    return this.#pages.get(Math.floor(index / this.#size))?.[index % this.#size];
  }

  /** The row's place among the rows held, or -1 when it is not held. */
  indexOf(id: number): number {
    for (const [page, rows] of this.#pages) {
      const at = rows.findIndex((row) => row.id === id);
      if (at !== -1) return page * this.#size + at;
    }
    return -1;
  }

  /** The rows held, in list order: gaps between pages are skipped. */
  held(): T[] {
    return [...this.#pages.keys()].sort((a, b) => a - b).flatMap((page) => this.#pages.get(page) ?? []);
  }

  /** The ids from `from` to `to` (inclusive, either order), or null when a row between is not held. */
  idsBetween(from: number, to: number): number[] | null {
    const ids: number[] = [];
    for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
      const row = this.at(i);
      if (!row) return null;
      ids.push(row.id);
    }
    return ids;
  }

  /** Starts over on another list, with its first rows when they are already at hand. */
  replace(fetch: FetchPage<T>, first?: RowPage<T>) {
    this.#restart(fetch);
    const pages = new Map<number, readonly T[]>();
    if (first) {
      for (let page = 0; page * this.#size < first.items.length; page++) {
        const rows = first.items.slice(page * this.#size, (page + 1) * this.#size);
        // A short last chunk is only whole if it ends the list.
        if (rows.length === this.#size || page * this.#size + rows.length === first.total) pages.set(page, rows);
      }
    }
    this.#pages = pages;
    this.#count = first?.total ?? 0;
    this.#countCapped = first?.totalCapped === true;
  }

  /** The same rows in another order: the count stands while the pages are asked for again from the top. */
  reorder(fetch: FetchPage<T>) {
    this.#restart(fetch);
    this.#pages = new Map();
  }

  /** Reads from `fetch` from now on, from the top; a page still coming from the last one is dropped when it lands. */
  #restart(fetch: FetchPage<T>) {
    this.#fetch = fetch;
    this.#generation++;
    this.#wanted = [0, 0];
    this.#fresh = true;
    this.#asked.clear();
    clearTimeout(this.#timer);
  }

  /** The list shows rows `first` to `last` (exclusive): their pages are asked for once scrolling rests. */
  show(first: number, last: number) {
    this.#wanted = [Math.floor(first / this.#size), Math.floor(Math.max(first, last - 1) / this.#size)];
    clearTimeout(this.#timer);
    const fresh = this.#fresh;
    this.#fresh = false;
    const missing = this.#missing();
    if (missing.length === 0) return;
    if (fresh) this.#ask(missing);
    else this.#timer = setTimeout(() => this.#ask(this.#missing()), SETTLE_MS);
  }

  /**
   * The row at `index`, asking for its page if it is not held (End, PageDown). A page answered
   * for rows since read again (a write landed meanwhile) is asked for once more, so the key that
   * asked is not lost.
   */
  async load(index: number): Promise<T | undefined> {
    for (let attempt = 0; attempt < 3; attempt++) {
      if (index < 0 || index >= this.#count) return undefined;
      const held = this.at(index);
      if (held) return held;
      const page = Math.floor(index / this.#size);
      const generation = this.#generation;
      try {
        const answer = await this.#fetch(page * this.#size, this.#size);
        if (generation !== this.#generation) continue;
        this.#keep(page, answer);
      } catch (err) {
        this.#onError(err);
      }
      return this.at(index);
    }
    return undefined;
  }

  /** Asks again for the pages in view after the list changed, keeping them until the answers arrive. */
  async reload(): Promise<void> {
    const generation = ++this.#generation;
    this.#asked.clear();
    this.#fresh = true;
    const [from, to] = this.#wanted;
    const pages = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    const answers = await Promise.all(pages.map((page) => this.#fetch(page * this.#size, this.#size)));
    if (generation !== this.#generation) return;
    const next = new Map<number, readonly T[]>();
    let total = this.#count;
    let capped = this.#countCapped;
    answers.forEach((answer, i) => {
      if (answer.items.length > 0) next.set(pages[i]!, answer.items);
      total = answer.total;
      capped = answer.totalCapped === true;
    });
    this.#count = total;
    this.#countCapped = capped;
    this.#pages = next;
  }

  #missing(): number[] {
    const [from, to] = this.#wanted;
    const pages: number[] = [];
    for (let page = from; page <= to && page * this.#size < this.#count; page++) {
      if (!this.#pages.has(page) && !this.#asked.has(page)) pages.push(page);
    }
    return pages;
  }

  #ask(pages: number[]) {
    const generation = this.#generation;
    for (const page of pages) {
      this.#asked.add(page);
      this.#fetch(page * this.#size, this.#size)
        .then((answer) => {
          if (generation !== this.#generation) return;
          this.#asked.delete(page);
          const [from, to] = this.#wanted;
          if (page >= from - 1 && page <= to + 1) this.#keep(page, answer);
        })
        .catch((err: unknown) => {
          if (generation !== this.#generation) return;
          this.#asked.delete(page);
          this.#onError(err);
        });
    }
  }

  /** Adds a page, letting go of the ones farthest from view beyond the cap. */
  #keep(page: number, answer: RowPage<T>) {
    const next = new Map(this.#pages);
    next.set(page, answer.items);
    const [from, to] = this.#wanted;
    const distance = (p: number) => (p < from ? from - p : p > to ? p - to : 0);
    const order = [...next.keys()].filter((p) => p !== page).sort((a, b) => distance(b) - distance(a));
    while (next.size > MAX_PAGES) next.delete(order.shift()!);
    this.#count = answer.total;
    this.#countCapped = answer.totalCapped === true;
    this.#pages = next;
  }
}
