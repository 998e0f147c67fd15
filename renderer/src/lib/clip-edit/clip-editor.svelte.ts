import { api, describeError } from '../api/api.js';
import type { Clip, Highlight } from '../api/models.js';
import { paragraphsFromText, joinParagraphs } from '../../../../electron/shared/text/clip-body.js';
import { ClipForm, type ClipFormValues } from './clip-form.svelte.js';
import { reader } from '../clip/reader.svelte.js';
import { library } from '../list/library.svelte.js';
import { toasts } from '../ui/toasts.svelte.js';
import { staleSaveMessage } from '../team/stale-save.js';
import { FIELD_LABELS } from './field-labels.js';

type Editable = ClipFormValues & { paragraphs: string[] };
type Patch = Partial<Editable>;

/** What a refused save leaves the user to do: their changes stay in the form, and Reload merges them onto the clip as it is now. */
const KEPT_IN_FORM = 'Your changes are still in the form: Reload shows the clip as it is now with your changes on top, then save again.';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields whose values differ from the clip's: only what the user changed is sent and recorded. */
function changedFields(clip: Clip, next: Editable): { patch: Patch; undo: Patch } {
  const patch: Record<string, unknown> = {};
  const undo: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    const before = clip[key as keyof Clip];
    if (!same(before, value)) {
      patch[key] = value;
      undo[key] = before;
    }
  }
  return { patch: patch as Patch, undo: undo as Patch };
}

/** The fields the form edits, as the clip has them. */
function editableOf(clip: Clip): Editable {
  const { title, date, dateline, source, byline, language, url, quotes, people, places, organizations, paragraphs } = clip;
  return { title, date, dateline, source, byline, language, url, quotes, people, places, organizations, paragraphs };
}

const fieldList = (fields: string[]) => {
  const labels = fields.map((f) => FIELD_LABELS[f as keyof typeof FIELD_LABELS]);
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}` : (labels[0] ?? '');
};

function droppedNotice(dropped: readonly Highlight[]): string {
  if (!dropped.length) return '';
  const words = dropped.map((h) => `“${h.exact.length > 40 ? `${h.exact.slice(0, 40)}…` : h.exact}”`).join(', ');
  return dropped.length === 1
    ? ` One highlight could not be kept: its words ${words} are no longer in the text.`
    : ` ${dropped.length} highlights could not be kept: their words ${words} are no longer in the text.`;
}

/** The reader's edit mode: the same fields and controls as the review step, for a clip already saved. */
class ClipEditorStore {
  #clipId = $state<number | null>(null);
  /** The clip as it was read when editing began (or reloaded): what the changes are made against. */
  #base = $state<Clip | null>(null);
  #saving = $state(false);
  #error = $state<string | null>(null);
  /** Someone changed the clip since it was read, and the save was refused: the words that say so. */
  #conflict = $state<string | null>(null);
  /** After a reload: what the form now holds. */
  #reloaded = $state<string | null>(null);
  #historyVersion = $state(0);
  readonly form = new ClipForm();
  text = $state('');

  /** True while the open clip is being edited. */
  get editing() {
    return this.#clipId !== null && this.#clipId === reader.clip?.id;
  }

  get saving() {
    return this.#saving;
  }

  get error() {
    return this.#error;
  }

  get conflict() {
    return this.#conflict;
  }

  get reloaded() {
    return this.#reloaded;
  }

  /** Bumped after each saved edit, so an open history reads itself again. */
  get historyVersion() {
    return this.#historyVersion;
  }

  open(clip: Clip) {
    this.form.load(clip);
    this.text = joinParagraphs(clip.paragraphs);
    this.#base = clip;
    this.#error = null;
    this.#conflict = null;
    this.#reloaded = null;
    this.#clipId = clip.id;
  }

  cancel() {
    this.#clipId = null;
    this.#error = null;
    this.#conflict = null;
    this.#reloaded = null;
  }

  #current(): Editable {
    return { ...this.form.values(), paragraphs: paragraphsFromText(this.text) };
  }

  async save() {
    const clip = this.#base;
    if (!this.editing || !clip || this.#saving) return;
    const problem =
      this.form.problem ??
      (paragraphsFromText(this.text).length
        ? null
        : 'The text is empty. A clip needs its article’s text: type or paste it back, or cancel.');
    if (problem) {
      this.#error = problem;
      return;
    }
    const { patch, undo } = changedFields(clip, this.#current());
    if (!Object.keys(patch).length) {
      this.cancel();
      toasts.show('Nothing was changed.');
      return;
    }
    this.#saving = true;
    this.#error = null;
    try {
      const edited = await api.call('clips.update', { id: clip.id, version: clip.version, fields: patch });
      this.cancel();
      await this.#show(edited);
      toasts.show(`Clip edited.${droppedNotice(edited.droppedHighlights)}`, {
        label: 'Undo',
        run: () => this.#undo(clip.id, edited.version, undo, edited.droppedHighlights),
      });
    } catch (err) {
      // A refused save leaves the form as the user filled it: nothing they typed is lost.
      this.#conflict = staleSaveMessage(err, 'clip', KEPT_IN_FORM);
      this.#reloaded = null;
      if (!this.#conflict) this.#error = `Not saved: ${describeError(err)}`;
    } finally {
      this.#saving = false;
    }
  }

  /**
   * Reads the clip as it is now into the form, with the user's own changes put back on top, and
   * says which of those someone else changed too, so saving again replaces theirs knowingly.
   */
  async reload() {
    const base = this.#base;
    if (!base) return;
    const mine = changedFields(base, this.#current()).patch;
    try {
      const latest = await api.call('clips.get', { id: base.id });
      const theirs = changedFields(base, editableOf(latest)).patch;
      const kept = Object.keys(mine);
      const clashes = kept.filter((field) => field in theirs);
      this.form.load({ ...editableOf(latest), ...mine });
      this.text = joinParagraphs(mine.paragraphs ?? latest.paragraphs);
      this.#base = latest;
      reader.patch(latest.id, latest);
      this.#conflict = null;
      this.#reloaded = !kept.length
        ? 'The form now shows the clip as it is.'
        : `The form now shows the clip as it is, with your changes to ${fieldList(kept)} put back.` +
          (clashes.length
            ? ` ${fieldList(clashes)} changed there too: saving puts yours in place of theirs, so check before you save.`
            : ' Save to keep them, or cancel.');
    } catch (err) {
      this.#error = `The clip could not be read again: ${describeError(err)}`;
    }
  }

  /** Puts the fields back as they were, and the highlights the edit could not keep; refused when the clip changed since. */
  async #undo(id: number, version: number, undo: Patch, dropped: readonly Highlight[]) {
    try {
      await api.call('clips.update', { id, version, fields: undo });
      for (const h of dropped) {
        await api.call('highlights.add', {
          clipId: id,
          exact: h.exact,
          prefix: h.prefix,
          suffix: h.suffix,
          start: h.start,
          end: h.end,
          color: h.color,
          note: h.note,
        });
      }
      await this.#show(await api.call('clips.get', { id }));
      toasts.show('Edit undone.');
    } catch (err) {
      toasts.show(`The edit could not be undone: ${staleSaveMessage(err, 'clip') ?? describeError(err)}`);
    }
  }

  async #show(clip: Clip) {
    reader.patch(clip.id, clip);
    this.#historyVersion++;
    await library.refresh();
  }
}

export const clipEditor = new ClipEditorStore();
