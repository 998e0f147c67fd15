import { api, describeError } from '../api/api.js';
import type { Highlight, HighlightColor } from '../api/models.js';
import type { TextAnchor } from './highlight-anchor.js';
import { reader } from '../clip/reader.svelte.js';
import { toasts } from '../ui/toasts.svelte.js';
import { undoStack } from '../ui/undo.svelte.js';

/** Highlights on the open clip: adding one from a selection, recolouring, annotating, removing. */
class HighlightStore {
  /** The highlight whose note is open for editing. */
  #active = $state<number | null>(null);

  get active() {
    return this.#active;
  }

  open(id: number | null) {
    this.#active = id;
  }

  async add(clipId: number, anchor: TextAnchor, color: HighlightColor): Promise<Highlight | null> {
    try {
      const added = await api.call('highlights.add', { clipId, ...anchor, color, note: '' });
      this.#replace(clipId, (list) => [...list, added]);
      return added;
    } catch (err) {
      toasts.show(`Could not highlight: ${describeError(err)}`);
      return null;
    }
  }

  async update(highlight: Highlight, fields: { color?: HighlightColor; note?: string }) {
    try {
      const updated = await api.call('highlights.update', { id: highlight.id, ...fields });
      this.#replace(highlight.clipId, (list) => list.map((h) => (h.id === updated.id ? updated : h)));
    } catch (err) {
      toasts.show(`Could not save the highlight: ${describeError(err)}`);
    }
  }

  async delete(highlight: Highlight) {
    try {
      await api.call('highlights.delete', { id: highlight.id });
    } catch (err) {
      toasts.show(`Could not remove the highlight: ${describeError(err)}`);
      return;
    }
    this.#active = null;
    this.#replace(highlight.clipId, (list) => list.filter((h) => h.id !== highlight.id));
    undoStack.offer('Highlight removed.', async () => {
      const { clipId, exact, prefix, suffix, start, end, color, note } = highlight;
      const again = await this.add(clipId, { exact, prefix, suffix, start, end }, color);
      if (again && note) await this.update(again, { note });
    });
  }

  #replace(clipId: number, change: (list: Highlight[]) => Highlight[]) {
    const clip = reader.clip;
    if (clip?.id === clipId) reader.patch(clipId, { highlights: change(clip.highlights) });
  }
}

export const highlights = new HighlightStore();
