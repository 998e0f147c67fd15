import { collections } from '../sidebar/collections.svelte.js';
import { library } from './library.svelte.js';
import { toasts } from '../ui/toasts.svelte.js';
import { undoStack, type UndoEntry } from '../ui/undo.svelte.js';

/** A clip's place in the shown collection's manual order, moved by Alt+↑/↓ or a drop, with Undo. */
class ReorderStore {
  #moving = false;
  /** Alt+↑/↓ presses and Undo waiting for the move before them to land. */
  #steps: Promise<void> = Promise.resolve();
  /** Where the clip being reordered started, so Undo takes a run of moves back at once. */
  #run: { clipId: number; collectionId: number; from: number; entry: UndoEntry } | null = null;

  /**
   * Moves a clip one place. A press made while a move is saving waits for it, and then counts
   * from where that move put the clip, so quick presses each move it one place further.
   */
  step(clipId: number, by: -1 | 1) {
    this.#afterMoves(() => {
      const from = library.rows.indexOf(clipId);
      return from === -1 ? undefined : this.move(clipId, from + by);
    });
  }

  #afterMoves(then: () => Promise<void> | undefined) {
    this.#steps = this.#steps.then(then);
  }

  /** Puts a clip at `index` in the shown collection. */
  async move(clipId: number, index: number, undoable = true) {
    const collection = library.collection;
    // A drop during a move is let go: its index was read from rows that are about to change.
    if (this.#moving || !collection || collection.query !== null || index < 0 || index >= library.total) return;
    const from = library.rows.indexOf(clipId);
    this.#moving = true;
    try {
      const order = await collections.moveClip(collection.id, clipId, index);
      if (!order) return;
      await library.refresh();
      if (!undoable || from === -1 || from === index) return;
      // Moves of one clip while its notice is still up (Alt+↓ pressed again and again) are undone as
      // one: back to where the clip started.
      const run = this.#run;
      const continues =
        run !== null &&
        run.clipId === clipId &&
        run.collectionId === collection.id &&
        toasts.current?.id === run.entry.toastId &&
        undoStack.top === run.entry;
      const start = continues ? run.from : from;
      if (continues) undoStack.drop(run.entry);
      // Undo waits its turn like a press: a press right after it must not find a move still saving.
      const entry = undoStack.offer(`Moved within “${collection.name}”.`, () =>
        this.#afterMoves(() => (library.collection?.id === collection.id ? this.move(clipId, start, false) : undefined)),
      );
      this.#run = { clipId, collectionId: collection.id, from: start, entry };
    } finally {
      this.#moving = false;
    }
  }
}

export const reorder = new ReorderStore();
