import { api, describeError } from '../api/api.js';
import { wordCount } from '../../../../electron/shared/text/clip-body.js';
import type { ClipDraft, DraftQuote, DuplicateRef } from '../api/models.js';
import { positionsInPaste } from './paste-order.js';
import { textFromHtml } from './text-from-html.js';
import { library } from '../list/library.svelte.js';
import { toasts } from '../ui/toasts.svelte.js';

export type ReviewPhase = 'closed' | 'input' | 'parsing' | 'review' | 'saving';
export type EntityKind = 'people' | 'places' | 'organizations';
export type HeaderField = 'title' | 'date' | 'dateline' | 'source' | 'byline' | 'language';

/**
 * A block of the paste in reading order: a body paragraph, or a line the clipper left out as
 * cruft, which the user may keep after all.
 */
export interface ReviewLine {
  text: string;
  /** Offset in the paste, for reading order. */
  at: number;
  cruft: boolean;
  kept: boolean;
}

interface Paste {
  text: string;
  html: string | undefined;
}

const blankFields = (): Record<HeaderField, string> => ({
  title: '',
  date: '',
  dateline: '',
  source: '',
  byline: '',
  language: 'en',
});

const nullIfBlank = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * The paste dialog as a review step: the paste, what the clipper made of it, the user's
 * corrections, and saving it (as a new clip or as a new version of a near-duplicate).
 */
class PasteReviewStore {
  #phase = $state<ReviewPhase>('closed');
  #input = $state('');
  #paste: Paste = { text: '', html: undefined };
  #parsed = $state<ClipDraft | null>(null);
  #fields = $state(blankFields());
  #lines = $state<ReviewLine[]>([]);
  #quotes = $state<DraftQuote[]>([]);
  #entities = $state<Record<EntityKind, string[]>>({ people: [], places: [], organizations: [] });
  #duplicate = $state<DuplicateRef | null>(null);
  #error = $state<string | null>(null);

  get phase() {
    return this.#phase;
  }

  get isOpen() {
    return this.#phase !== 'closed';
  }

  get input() {
    return this.#input;
  }

  set input(value: string) {
    this.#input = value;
    this.#error = null;
  }

  /** Bindable header fields; the object is reactive state. */
  get fields() {
    return this.#fields;
  }

  get lines() {
    return this.#lines;
  }

  get keptCount() {
    return this.#lines.filter((l) => l.kept).length;
  }

  get leftOutCount() {
    return this.#lines.filter((l) => !l.kept).length;
  }

  /** Bindable quotes, so a speaker can be corrected in place. */
  get quotes() {
    return this.#quotes;
  }

  get entities() {
    return this.#entities;
  }

  get duplicate() {
    return this.#duplicate;
  }

  get error() {
    return this.#error;
  }

  get wordCount() {
    return wordCount(this.#lines.filter((l) => l.kept).map((l) => l.text));
  }

  /** True when the clipper found nothing for a field and the user has not filled it in yet. */
  notFound(field: HeaderField): boolean {
    return this.#parsed !== null && this.#fields[field].trim() === '';
  }

  openBlank() {
    this.#reset();
    this.#phase = 'input';
  }

  /** A paste from the clipboard, straight to review. */
  async openWithPaste(text: string, html: string | undefined) {
    this.#reset();
    const plain = text.trim() ? text : html ? textFromHtml(html) : '';
    this.#input = plain;
    if (!plain.trim()) {
      this.#phase = 'input';
      this.#error = 'The clipboard had no text in it. Copy the article’s text in your browser or document, then paste here.';
      return;
    }
    await this.#parse({ text: plain, html: html || undefined });
  }

  async submitInput() {
    if (!this.#input.trim()) {
      this.#error = 'Paste or type the article’s text first.';
      return;
    }
    await this.#parse({ text: this.#input, html: undefined });
  }

  /** Keeps a cruft line in the clip's text after all, or leaves it out again. */
  keepLine(index: number, kept: boolean) {
    const line = this.#lines[index];
    if (line?.cruft) line.kept = kept;
  }

  removeEntity(kind: EntityKind, name: string) {
    this.#entities[kind] = this.#entities[kind].filter((n) => n !== name);
  }

  removeQuote(index: number) {
    this.#quotes.splice(index, 1);
  }

  async save(as: 'new' | 'version' = 'new') {
    if (this.#phase !== 'review') return;
    if (this.keptCount === 0) {
      this.#error = 'There is no text left to save. Restore a line above, or cancel.';
      return;
    }
    const versionOf = as === 'version' ? (this.#duplicate?.id ?? null) : null;
    this.#phase = 'saving';
    this.#error = null;
    try {
      const saved = await api.call('clips.create', {
        text: this.#paste.text,
        ...(this.#paste.html ? { html: this.#paste.html } : {}),
        draft: this.#draft(),
        versionOf,
      });
      this.close();
      await library.reveal(saved.id);
      toasts.show(versionOf === null ? 'Clip saved.' : `Saved as a new version of clip ${versionOf}.`);
    } catch (err) {
      this.#phase = 'review';
      this.#error = `Not saved: ${describeError(err)}`;
    }
  }

  /** Leaves the review to show the clip this paste duplicates. */
  async openDuplicate() {
    const id = this.#duplicate?.id;
    this.close();
    if (id !== undefined) await library.reveal(id);
  }

  close() {
    this.#reset();
    this.#phase = 'closed';
  }

  async #parse(paste: Paste) {
    this.#paste = paste;
    this.#phase = 'parsing';
    this.#error = null;
    try {
      const draft = await api.call('clips.parse', paste.html ? paste : { text: paste.text });
      if (this.#phase !== 'parsing') return;
      this.#load(draft);
      this.#phase = 'review';
    } catch (err) {
      if (this.#phase !== 'parsing') return;
      this.#input = paste.text;
      this.#phase = 'input';
      this.#error = describeError(err);
    }
  }

  #load(draft: ClipDraft) {
    this.#parsed = draft;
    this.#fields = {
      title: draft.title ?? '',
      date: draft.date ?? '',
      dateline: draft.dateline ?? '',
      source: draft.source ?? '',
      byline: draft.byline.join(', '),
      language: draft.language,
    };
    const raw = this.#paste.text;
    const paragraphAt = positionsInPaste(raw, draft.paragraphs);
    const cruftAt = positionsInPaste(raw, draft.cruft);
    const paragraphs = draft.paragraphs.map((text, i) => ({ text, at: paragraphAt[i] ?? i, cruft: false, kept: true }));
    const cruft = draft.cruft.map((text, i) => ({ text, at: cruftAt[i] ?? Infinity, cruft: true, kept: false }));
    // Both lists are already in paste order; a stable sort interleaves them without reordering either.
    this.#lines = [...paragraphs, ...cruft].sort((a, b) => a.at - b.at);
    this.#quotes = draft.quotes.map((q) => ({ ...q }));
    this.#entities = { people: [...draft.people], places: [...draft.places], organizations: [...draft.organizations] };
    this.#duplicate = draft.duplicateOf;
  }

  #draft() {
    const f = this.#fields;
    return {
      title: nullIfBlank(f.title),
      date: nullIfBlank(f.date),
      dateline: nullIfBlank(f.dateline),
      source: nullIfBlank(f.source),
      byline: f.byline.split(/[;,]/).map((n) => n.trim()).filter(Boolean),
      language: f.language.trim() || 'und',
      paragraphs: this.#lines.filter((l) => l.kept).map((l) => l.text),
      quotes: this.#quotes.map((q) => ({ speaker: q.speaker?.trim() || null, text: q.text })),
      people: [...this.#entities.people],
      places: [...this.#entities.places],
      organizations: [...this.#entities.organizations],
    };
  }

  #reset() {
    this.#input = '';
    this.#paste = { text: '', html: undefined };
    this.#parsed = null;
    this.#fields = blankFields();
    this.#lines = [];
    this.#quotes = [];
    this.#entities = { people: [], places: [], organizations: [] };
    this.#duplicate = null;
    this.#error = null;
  }
}

export const pasteReview = new PasteReviewStore();
