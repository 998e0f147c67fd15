import { api, describeError } from '../api/api.js';
import { reader } from './reader.svelte.js';

export type NoteStatus = 'saved' | 'editing' | 'saving' | 'failed';

/** Saving pauses this long after the last keystroke, so typing is not a stream of writes. */
const TYPING_PAUSE_MS = 800;

/** The open clip's own note: saved a moment after typing stops, and at once when the field is left. */
class ClipNoteStore {
  #status = $state<NoteStatus>('saved');
  #error = $state<string | null>(null);
  #pending: { id: number; text: string } | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  get status() {
    return this.#status;
  }

  get error() {
    return this.#error;
  }

  edit(id: number, text: string) {
    this.#pending = { id, text };
    this.#status = 'editing';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), TYPING_PAUSE_MS);
  }

  async flush() {
    clearTimeout(this.#timer);
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = null;
    this.#status = 'saving';
    try {
      await api.call('clips.update', { id: pending.id, fields: { notes: pending.text } });
      reader.patch(pending.id, { notes: pending.text });
      if (!this.#pending) this.#status = 'saved';
      this.#error = null;
    } catch (err) {
      this.#pending ??= pending;
      this.#status = 'failed';
      this.#error = describeError(err);
    }
  }
}

export const clipNote = new ClipNoteStore();
