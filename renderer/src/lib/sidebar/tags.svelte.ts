import { SvelteSet } from 'svelte/reactivity';
import { api, describeError } from '../api/api.js';
import type { DeletedTag, MovedTag, Tag, TaggedClips, TagTotal } from '../api/models.js';
import { ancestors, buildTagTree } from './tag-tree.js';
import { visibleRows } from '../ui/tree.js';
import { toasts } from '../ui/toasts.svelte.js';
import { teamLinks } from '../team/team-links.svelte.js';
import { runChange } from './run-change.js';
import { undoStack } from '../ui/undo.svelte.js';

/** The library's tags: the tree in the sidebar, and every change to a tag's name, colour or clips. */
class TagStore {
  #tags = $state<Tag[]>([]);
  #totals = $state<TagTotal[]>([]);
  #loaded = $state(false);
  #expanded = new SvelteSet<string>();
  /** Every change lands here, so views that list tagged clips can refresh once. */
  #onchange: (() => void | Promise<void>) | null = null;

  readonly tree = $derived(buildTagTree(this.#tags, this.#totals));
  readonly rows = $derived(visibleRows(this.tree, this.#expanded));
  readonly colors = $derived(new Map(this.#tags.map((t) => [t.name, t.color])));

  get all() {
    return this.#tags;
  }

  get loaded() {
    return this.#loaded;
  }

  /** Set once by the library store, which owns the list pane. */
  listen(onchange: () => void | Promise<void>) {
    this.#onchange = onchange;
  }

  colorOf(name: string): string | null {
    return this.colors.get(name) ?? null;
  }

  toggle(name: string) {
    if (this.#expanded.has(name)) this.#expanded.delete(name);
    else this.#expanded.add(name);
  }

  reveal(name: string) {
    for (const parent of ancestors(name)) this.#expanded.add(parent);
  }

  /** Another library is shown: nothing read from the one before stays on screen, even if the new one cannot be read. */
  forget() {
    this.#tags = [];
    this.#totals = [];
    this.#loaded = false;
  }

  async refresh() {
    try {
      [this.#tags, this.#totals] = await Promise.all([api.call('tags.list', {}), api.call('tags.totals', {})]);
      this.#loaded = true;
    } catch (err) {
      if (!teamLinks.toldInSidebar(err)) toasts.show(`Tags could not be loaded: ${describeError(err)}`);
    }
  }

  /** With `undoable`, a toast offers to take the tags off the clips that did not have them before. */
  async apply(clipIds: number[], names: string[], undoable = false): Promise<boolean> {
    const clean = names.map((n) => n.trim()).filter(Boolean);
    if (clipIds.length === 0 || clean.length === 0) return false;
    let added: TaggedClips[] = [];
    const done = await this.#run('Could not tag', async () => {
      added = (await api.call('tags.apply', { clipIds, names: clean })).added;
    });
    if (!done) return false;
    clean.forEach((n) => this.reveal(n));
    if (undoable) {
      const what = added.length === 1 ? `“${added[0]!.name}”` : `${added.length} tags`;
      const changed = added.filter((t) => t.clipIds.length > 0);
      const takeBack = (t: TaggedClips) =>
        t.created ? api.call('tags.delete', { name: t.name }) : api.call('tags.remove', { clipIds: t.clipIds, names: [t.name] });
      const undo = () => this.#run('Could not undo', () => Promise.all(changed.map(takeBack))).then(() => undefined);
      if (changed.length === 0) toasts.show(clipIds.length === 1 ? `The clip already has ${what}.` : `These clips already have ${what}.`);
      else undoStack.offer(`Tagged ${clipCount(clipIds.length)} ${what}.`, undo);
    }
    return true;
  }

  async remove(clipIds: number[], names: string[], undoable = true): Promise<boolean> {
    if (clipIds.length === 0 || names.length === 0) return false;
    if (!(await this.#run('Could not remove the tag', () => api.call('tags.remove', { clipIds, names })))) return false;
    if (undoable) {
      const what = names.length === 1 ? `“${names[0]}”` : `${names.length} tags`;
      const from = clipIds.length === 1 ? '' : ` from ${clipIds.length.toLocaleString()} clips`;
      undoStack.offer(`Removed ${what}${from}.`, () => this.apply(clipIds, names));
    }
    return true;
  }

  async rename(from: string, to: string) {
    const target = to.trim().replace(/^\/+|\/+$/g, '');
    if (!target || target === from) return;
    if (await this.#run('Could not rename the tag', () => api.call('tags.rename', { from, to: target }))) {
      this.#carryExpansion(from, target);
      this.reveal(target);
      undoStack.offer(`Renamed “${from}” to “${target}”.`, () => this.rename(target, from));
    }
  }

  /** A renamed tag's open branches stay open under the new name. */
  #carryExpansion(from: string, to: string) {
    for (const key of [...this.#expanded]) {
      if (key !== from && !key.startsWith(`${from}/`)) continue;
      this.#expanded.delete(key);
      this.#expanded.add(to + key.slice(from.length));
    }
  }

  async merge(from: string, into: string) {
    if (from === into) return;
    let moved: MovedTag[] = [];
    const done = await this.#run('Could not merge the tags', async () => {
      moved = (await api.call('tags.merge', { from, into })).moved;
    });
    if (!done) return;
    const undo = () => this.#run('Could not undo the merge', () => api.call('tags.unmerge', { moved })).then(() => undefined);
    toasts.show(`Merged “${from}” into “${into}”.`, { label: 'Undo', run: undo });
  }

  async delete(name: string) {
    let removed: DeletedTag[] = [];
    const done = await this.#run('Could not delete the tag', async () => {
      removed = (await api.call('tags.delete', { name })).removed;
    });
    if (!done) return;
    const undo = () => this.#run('Could not undo', () => api.call('tags.restore', { removed })).then(() => undefined);
    const below = removed.filter((t) => t.name !== name).length;
    const also = below === 0 ? '' : ` and ${below} ${below === 1 ? 'tag' : 'tags'} below it`;
    undoStack.offer(`Deleted the tag “${name}”${also}.`, undo);
  }

  async setColor(name: string, color: string | null) {
    await this.#run('Could not set the colour', () => api.call('tags.setColor', { name, color }));
  }

  async suggest(clipId: number): Promise<string[]> {
    try {
      return await api.call('tags.suggest', { clipId });
    } catch {
      return [];
    }
  }

  /** The listener (the library) reloads the list and the sidebar; alone, the store reloads itself. */
  #run(failure: string, work: () => Promise<unknown>): Promise<boolean> {
    return runChange(failure, work, () => (this.#onchange ? this.#onchange() : this.refresh()));
  }
}

const clipCount = (n: number) => (n === 1 ? 'the clip' : `${n.toLocaleString()} clips`);

export const tags = new TagStore();
