import { api, describeError } from '../api/api.js';
import type { Clip, Highlight } from '../api/models.js';
import { paragraphsFromText, joinParagraphs } from '../../../../electron/shared/text/clip-body.js';
import { ClipForm, type ClipFormValues } from './clip-form.svelte.js';
import { reader } from '../clip/reader.svelte.js';
import { library } from '../list/library.svelte.js';
import { toasts } from '../ui/toasts.svelte.js';

type Patch = Partial<ClipFormValues> & { paragraphs?: string[] };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields whose values differ from the clip's: only what the user changed is sent and recorded. */
function changedFields(clip: Clip, next: ClipFormValues & { paragraphs: string[] }): { patch: Patch; undo: Patch } {
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
  #saving = $state(false);
  #error = $state<string | null>(null);
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

  /** Bumped after each saved edit, so an open history reads itself again. */
  get historyVersion() {
    return this.#historyVersion;
  }

  open(clip: Clip) {
    this.form.load(clip);
    this.text = joinParagraphs(clip.paragraphs);
    this.#error = null;
    this.#clipId = clip.id;
  }

  cancel() {
    this.#clipId = null;
    this.#error = null;
  }

  async save() {
    const clip = reader.clip;
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
    const { patch, undo } = changedFields(clip, { ...this.form.values(), paragraphs: paragraphsFromText(this.text) });
    if (!Object.keys(patch).length) {
      this.cancel();
      toasts.show('Nothing was changed.');
      return;
    }
    this.#saving = true;
    this.#error = null;
    try {
      const edited = await api.call('clips.update', { id: clip.id, fields: patch });
      this.#clipId = null;
      await this.#show(edited);
      toasts.show(`Clip edited.${droppedNotice(edited.droppedHighlights)}`, {
        label: 'Undo',
        run: () => this.#undo(clip.id, undo, edited.droppedHighlights),
      });
    } catch (err) {
      this.#error = `Not saved: ${describeError(err)}`;
    } finally {
      this.#saving = false;
    }
  }

  /** Puts the fields back as they were, and the highlights the edit could not keep. */
  async #undo(id: number, undo: Patch, dropped: readonly Highlight[]) {
    try {
      await api.call('clips.update', { id, fields: undo });
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
      toasts.show(`The edit could not be undone: ${describeError(err)}`);
    }
  }

  async #show(clip: Clip) {
    reader.patch(clip.id, clip);
    this.#historyVersion++;
    await library.refresh();
  }
}

export const clipEditor = new ClipEditorStore();
