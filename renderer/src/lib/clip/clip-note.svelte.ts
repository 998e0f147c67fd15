import { api, describeError } from '../api/api.js';
import { staleSaveMessage } from '../team/stale-save.js';
import { reader } from './reader.svelte.js';

export type NoteStatus = 'saved' | 'editing' | 'saving' | 'failed' | 'conflict';

/** Saving pauses this long after the last keystroke, so typing is not a stream of writes. */
const TYPING_PAUSE_MS = 800;

/**
 * The open clip's own note: saved a moment after typing stops, and at once when the field is
 * left. Each save names the clip's version the typing began from, so a note written while someone
 * else changed the clip is refused rather than saved over their change; the typed text stays.
 */
class ClipNoteStore {
  #status = $state<NoteStatus>('saved');
  #error = $state<string | null>(null);
  /** After a refused save and a reload: the note as the clip holds it now. */
  #theirs = $state<string | null>(null);
  #pending: { id: number; text: string } | null = null;
  /** The clip and version the typing is made against. */
  #base: { id: number; version: number } | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  get status() {
    return this.#status;
  }

  get error() {
    return this.#error;
  }

  get theirs() {
    return this.#theirs;
  }

  /** `version` is the clip's as shown; it becomes the base when a new stretch of typing begins. */
  edit(id: number, text: string, version: number) {
    if (this.#base?.id !== id || this.#status === 'saved') this.#base = { id, version };
    this.#pending = { id, text };
    if (this.#status === 'conflict') return;
    this.#status = 'editing';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), TYPING_PAUSE_MS);
  }

  async flush() {
    clearTimeout(this.#timer);
    const pending = this.#pending;
    if (!pending || this.#status === 'conflict') return;
    this.#pending = null;
    this.#status = 'saving';
    const version = this.#base?.id === pending.id ? this.#base.version : undefined;
    try {
      const edited = await api.call('clips.update', { id: pending.id, version, fields: { notes: pending.text } });
      this.#base = { id: pending.id, version: edited.version };
      reader.patch(pending.id, { notes: pending.text, notesBy: edited.notesBy, version: edited.version });
      if (!this.#pending) this.#status = 'saved';
      this.#error = null;
      this.#theirs = null;
    } catch (err) {
      this.#pending ??= pending;
      const stale = staleSaveMessage(err, 'clip');
      this.#status = stale ? 'conflict' : 'failed';
      this.#error = stale ?? describeError(err);
    }
  }

  /** Reads the clip again after a refused save: its note is offered beside the one typed, which stays. */
  async reload() {
    const id = this.#pending?.id ?? this.#base?.id;
    if (id === undefined) return;
    try {
      const latest = await api.call('clips.get', { id });
      reader.patch(id, latest);
      this.#base = { id, version: latest.version };
      this.#theirs = latest.notes;
      this.#status = 'failed';
      this.#error = 'Your note is not saved yet. Keep yours to save it in place of the one shown, or take that one instead.';
    } catch (err) {
      this.#error = `The clip could not be read again: ${describeError(err)}`;
    }
  }

  /** Saves the typed note over the clip as it was reloaded. */
  async keepMine() {
    this.#theirs = null;
    this.#status = 'editing';
    await this.flush();
  }

  /** Drops the typed note; the caller shows `theirs` in its place. */
  takeTheirs() {
    this.#pending = null;
    this.#theirs = null;
    this.#status = 'saved';
    this.#error = null;
  }
}

export const clipNote = new ClipNoteStore();
