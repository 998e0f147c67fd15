import { toasts } from './toasts.svelte.js';

/** How many actions Ctrl+Z can take back, newest first. */
const LIMIT = 50;

/** The way back from one action. */
export interface UndoEntry {
  /** The notice that offered it, taken down when the entry is undone from the keyboard. */
  readonly toastId: number;
  readonly run: () => unknown;
}

/**
 * The actions that can be undone, newest last. An action pushes its entry with `offer`, which
 * shows its notice with an Undo button; that button and Ctrl+Z take the same entry, so an action is
 * undone once whichever is used.
 */
export class UndoStack {
  #entries = $state.raw<readonly UndoEntry[]>([]);

  get size() {
    return this.#entries.length;
  }

  get top(): UndoEntry | null {
    return this.#entries.at(-1) ?? null;
  }

  /** Says `message` with an Undo button, and pushes `run` as the newest way back. */
  offer(message: string, run: () => unknown): UndoEntry {
    const action = { label: 'Undo', run: async () => void (await this.undo(entry)) };
    const entry: UndoEntry = { toastId: toasts.show(message, action), run };
    this.#entries = [...this.#entries, entry].slice(-LIMIT);
    return entry;
  }

  /** Takes `entry` (the newest when none is named) off the stack and runs it; false when it is not there. */
  async undo(entry: UndoEntry | null = this.top): Promise<boolean> {
    if (!entry || !this.#entries.includes(entry)) return false;
    this.drop(entry);
    toasts.dismiss(entry.toastId);
    await entry.run();
    return true;
  }

  /** Forgets an entry without running it, e.g. one a later entry takes back further. */
  drop(entry: UndoEntry) {
    this.#entries = this.#entries.filter((e) => e !== entry);
  }

  /** Forgets everything, when what the entries would change is gone (another library opened). */
  clear() {
    this.#entries = [];
  }
}

export const undoStack = new UndoStack();
