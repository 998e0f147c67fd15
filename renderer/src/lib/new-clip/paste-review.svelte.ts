import { api, describeError } from '../api/api.js';
import { wordCount } from '../../../../electron/shared/text/clip-body.js';
import { dateSuggestionNotice } from '../../../../electron/shared/clipper/relative-date.js';
import type { Correction, DuplicateRef, ReviewDraft } from '../api/models.js';
import { isNameCorrection, type FieldCorrection } from '../../../../electron/shared/models/clip-edit.js';
import { ClipForm, type HeaderField } from '../clip-edit/clip-form.svelte.js';
import { positionsInPaste } from './paste-order.js';
import { textFromHtml } from './text-from-html.js';
import { library } from '../list/library.svelte.js';
import { toasts } from '../ui/toasts.svelte.js';
import { READER_NOTICE, team } from '../team/team.svelte.js';

export type ReviewPhase = 'closed' | 'input' | 'parsing' | 'review' | 'saving';

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
  /** Where the clipboard says it was copied from, when the platform says. */
  url?: string | undefined;
}

/** The longest left-out line offered as the outlet's name: a headline or a sentence is longer. */
const SOURCE_LINE_CHARS = 60;
const SOURCE_LINE_WORDS = 6;

/** A correction as the form shows it: byline names joined as the byline field writes them. */
const formValue = (c: FieldCorrection) => c.value ?? '';

/**
 * The paste dialog as a review step: the paste, what the clipper made of it, the user's
 * corrections, and saving it (as a new clip or as a new version of a near-duplicate).
 */
class PasteReviewStore {
  #phase = $state<ReviewPhase>('closed');
  #input = $state('');
  #paste: Paste = { text: '', html: undefined };
  #parsed = $state<ReviewDraft | null>(null);
  #lines = $state<ReviewLine[]>([]);
  #duplicate = $state<DuplicateRef | null>(null);
  /** Fields the user corrected by hand in the clip this paste repeats, to offer for this one. */
  #corrections = $state<Correction[]>([]);
  /** The header, quotes and names, as the user corrects them. */
  readonly form = new ClipForm();
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

  get lines() {
    return this.#lines;
  }

  get keptCount() {
    return this.#lines.filter((l) => l.kept).length;
  }

  get leftOutCount() {
    return this.#lines.filter((l) => !l.kept).length;
  }

  get duplicate() {
    return this.#duplicate;
  }

  /** What the clipper says about how it read the paste, such as a page read whole without its article found. */
  get notices(): readonly string[] {
    return this.#parsed?.notices ?? [];
  }

  /**
   * The notice that offers the day a relatively dated page means, while the date field is empty:
   * the user, who knows when they copied the page, decides whether to take it.
   */
  get dateOffer(): { notice: string; date: string } | null {
    const suggestion = this.#parsed?.dateSuggestion;
    if (!suggestion || this.form.fields.date.trim()) return null;
    return { notice: dateSuggestionNotice(suggestion), date: suggestion.date };
  }

  useSuggestedDate() {
    const offer = this.dateOffer;
    if (offer) this.form.fields.date = offer.date;
  }

  /** True when the paste is already saved word for word: saving it again is never the default. */
  get exactDuplicate() {
    return (this.#duplicate?.similarity ?? 0) >= 1;
  }

  /** Corrections made to the earlier clip that this paste's fields do not have yet. */
  get offeredCorrections(): Correction[] {
    return this.#corrections.filter((c) => !this.#settled(c));
  }

  /**
   * Whether the form has the correction already, or cannot take it: a name put in by hand is
   * offered only where this paste's text names it too.
   */
  #settled(c: Correction): boolean {
    if (!isNameCorrection(c)) return this.form.fields[c.field].trim() === formValue(c);
    const listed = this.form.entities[c.field].includes(c.name);
    return c.change === 'removed' ? !listed : listed || !this.#paste.text.includes(c.name);
  }

  useCorrection(c: Correction) {
    if (!isNameCorrection(c)) {
      this.form.fields[c.field] = formValue(c);
      return;
    }
    const list = this.form.entities[c.field];
    this.form.entities[c.field] = c.change === 'removed' ? list.filter((n) => n !== c.name) : [...list, c.name];
  }

  useAllCorrections() {
    for (const c of this.offeredCorrections) this.useCorrection(c);
  }

  get error() {
    return this.#error;
  }

  get wordCount() {
    return wordCount(this.#lines.filter((l) => l.kept).map((l) => l.text));
  }

  /** True when the clipper found nothing for a field and the user has not filled it in yet. */
  notFound(field: HeaderField): boolean {
    return this.#parsed !== null && this.form.fields[field].trim() === '';
  }

  openBlank() {
    if (!team.canEdit) {
      toasts.show(READER_NOTICE);
      return;
    }
    this.#reset();
    this.#phase = 'input';
  }

  /** A paste from the clipboard, straight to review. */
  async openWithPaste(text: string, html: string | undefined, url?: string) {
    if (!team.canEdit) {
      toasts.show(READER_NOTICE);
      return;
    }
    this.#reset();
    const plain = text.trim() ? text : html ? textFromHtml(html) : '';
    this.#input = plain;
    if (!plain.trim()) {
      this.#phase = 'input';
      this.#error = 'The clipboard had no text in it. Copy the article’s text in your browser or document, then paste here.';
      return;
    }
    await this.#parse({ text: plain, html: html || undefined, url });
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

  /**
   * True when a left-out line could be the outlet's name: an outlet often stands alone on a line
   * the clipper sets aside, and while the Source field is empty the user may take it in one click.
   */
  offersAsSource(index: number): boolean {
    const line = this.#lines[index];
    if (!line?.cruft || line.kept || this.form.fields.source.trim()) return false;
    const text = line.text.trim();
    return text.length <= SOURCE_LINE_CHARS && text.split(/\s+/).length <= SOURCE_LINE_WORDS && !/\d|[.!?:]$/.test(text);
  }

  useAsSource(index: number) {
    const line = this.#lines[index];
    if (line) this.form.fields.source = line.text.trim();
  }

  async save(as: 'new' | 'version' = 'new') {
    if (this.#phase !== 'review') return;
    if (this.keptCount === 0) {
      this.#error = 'There is no text left to save. Restore a line above, or cancel.';
      return;
    }
    if (this.form.problem) {
      this.#error = this.form.problem;
      return;
    }
    const earlier = as === 'version' ? this.#duplicate : null;
    const versionOf = earlier?.id ?? null;
    this.#phase = 'saving';
    this.#error = null;
    try {
      const saved = await api.call('clips.create', {
        text: this.#paste.text,
        ...(this.#paste.html ? { html: this.#paste.html } : {}),
        ...(this.#paste.url ? { url: this.#paste.url } : {}),
        draft: this.#draft(),
        versionOf,
      });
      this.close();
      await library.reveal(saved.id);
      toasts.show(earlier ? `Saved as a new version of ${earlier.title ? `“${earlier.title}”` : `clip ${earlier.id}`}.` : 'Clip saved.');
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
      const draft = await api.call('clips.parse', {
        text: paste.text,
        ...(paste.html ? { html: paste.html } : {}),
        ...(paste.url ? { url: paste.url } : {}),
      });
      const corrections = draft.duplicateOf ? await api.call('clips.corrections', { id: draft.duplicateOf.id }) : [];
      if (this.#phase !== 'parsing') return;
      this.#load(draft);
      this.#corrections = corrections;
      this.#phase = 'review';
    } catch (err) {
      if (this.#phase !== 'parsing') return;
      this.#input = paste.text;
      this.#phase = 'input';
      this.#error = describeError(err);
    }
  }

  #load(draft: ReviewDraft) {
    this.#parsed = draft;
    this.form.load(draft);
    const raw = this.#paste.text;
    const paragraphAt = positionsInPaste(raw, draft.paragraphs);
    const cruftAt = positionsInPaste(raw, draft.cruft);
    const paragraphs = draft.paragraphs.map((text, i) => ({ text, at: paragraphAt[i] ?? i, cruft: false, kept: true }));
    const cruft = draft.cruft.map((text, i) => ({ text, at: cruftAt[i] ?? Infinity, cruft: true, kept: false }));
    // Both lists are already in paste order; a stable sort interleaves them without reordering either.
    this.#lines = [...paragraphs, ...cruft].sort((a, b) => a.at - b.at);
    this.#duplicate = draft.duplicateOf;
  }

  #draft() {
    return { ...this.form.values(), paragraphs: this.#lines.filter((l) => l.kept).map((l) => l.text) };
  }

  #reset() {
    this.#input = '';
    this.#paste = { text: '', html: undefined };
    this.#parsed = null;
    this.form.load({
      title: null,
      date: null,
      dateline: null,
      source: null,
      byline: [],
      language: 'en',
      url: null,
      quotes: [],
      people: [],
      places: [],
      organizations: [],
    });
    this.#lines = [];
    this.#duplicate = null;
    this.#corrections = [];
    this.#error = null;
  }
}

export const pasteReview = new PasteReviewStore();
