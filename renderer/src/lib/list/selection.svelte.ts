/**
 * The clips picked in the list for a bulk action, as ids. "Select all" fills it from an ids-only
 * call, so picking 100,000 clips holds 100,000 numbers, not 100,000 rows. The set is replaced on
 * each change rather than changed in place: one signal, however many ids it holds.
 */
export class SelectionStore {
  #ids = $state.raw<ReadonlySet<number>>(new Set());
  #anchor: number | null = null;

  get size() {
    return this.#ids.size;
  }

  /** More than the open clip is picked: the bulk bar shows. */
  get multiple() {
    return this.#ids.size > 1;
  }

  has(id: number): boolean {
    return this.#ids.has(id);
  }

  /** In the order they were picked, so a pair compares in that order. */
  ids(): number[] {
    return [...this.#ids];
  }

  single(id: number | null) {
    this.#ids = new Set(id === null ? [] : [id]);
    this.#anchor = id;
  }

  toggle(id: number) {
    const next = new Set(this.#ids);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.#ids = next;
    this.#anchor = id;
  }

  /** Shift-click: everything from the last clicked row to this one, in list order. */
  range(order: readonly number[], id: number) {
    const from = this.#anchor === null ? -1 : order.indexOf(this.#anchor);
    const to = order.indexOf(id);
    if (from === -1 || to === -1) return this.single(id);
    this.#ids = new Set(order.slice(Math.min(from, to), Math.max(from, to) + 1));
  }

  /** Every clip of the view, read by the caller as ids; the anchor stays for a later Shift-click. */
  replace(ids: readonly number[]) {
    this.#ids = new Set(ids);
  }

  clear() {
    this.single(null);
  }
}

export const selection = new SelectionStore();
