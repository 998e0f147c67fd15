import { SvelteSet } from 'svelte/reactivity';

/**
 * The clips picked in the list for a bulk action. "Select all" is kept as a flag rather than a set
 * of ids, so selecting 100,000 clips costs nothing until an action asks for the ids.
 */
class SelectionStore {
  #ids = new SvelteSet<number>();
  #all = $state(false);
  #anchor: number | null = null;

  get all() {
    return this.#all;
  }

  get size() {
    return this.#ids.size;
  }

  /** More than the open clip is picked: the bulk bar shows. */
  get multiple() {
    return this.#all || this.#ids.size > 1;
  }

  has(id: number): boolean {
    return this.#all || this.#ids.has(id);
  }

  ids(): number[] {
    return [...this.#ids];
  }

  single(id: number | null) {
    this.#all = false;
    this.#ids.clear();
    if (id !== null) this.#ids.add(id);
    this.#anchor = id;
  }

  toggle(id: number) {
    this.#all = false;
    if (this.#ids.has(id)) this.#ids.delete(id);
    else this.#ids.add(id);
    this.#anchor = id;
  }

  /** Shift-click: everything from the last clicked row to this one, in list order. */
  range(order: readonly number[], id: number) {
    const from = this.#anchor === null ? -1 : order.indexOf(this.#anchor);
    const to = order.indexOf(id);
    if (from === -1 || to === -1) return this.single(id);
    this.#all = false;
    this.#ids.clear();
    for (const rowId of order.slice(Math.min(from, to), Math.max(from, to) + 1)) this.#ids.add(rowId);
  }

  selectAll() {
    this.#all = true;
  }

  clear() {
    this.single(null);
  }
}

export const selection = new SelectionStore();
