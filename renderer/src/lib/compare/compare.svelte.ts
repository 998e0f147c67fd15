import { api, describeError } from '../api/api.js';
import type { Clip, Comparison } from '../api/models.js';
import { compareDrafts, type ComparableDraft } from '../../../../electron/shared/compare/compare-drafts.js';
import { library } from '../list/library.svelte.js';
import { pasteReview } from '../new-clip/paste-review.svelte.js';

/** What a column's header shows about one side. */
export interface CompareSide {
  /** Null for a paste still under review, which has no id yet. */
  id: number | null;
  title: string | null;
  source: string | null;
  date: string | null;
  dateline: string | null;
  byline: string[];
}

/** One side: its header, and its text for a comparison made here (a saved clip is compared by the core). */
type Subject = { side: CompareSide; text: ComparableDraft };

const sideOf = (clip: Clip): Subject => ({
  side: { id: clip.id, title: clip.title, source: clip.source, date: clip.date, dateline: clip.dateline, byline: clip.byline },
  text: clip,
});

/** The Compare view: two sides, their comparison, and which side is on the left. */
class CompareStore {
  #open = $state(false);
  #loading = $state(false);
  #error = $state<string | null>(null);
  #a = $state.raw<Subject | null>(null);
  #b = $state.raw<Subject | null>(null);
  #comparison = $state.raw<Comparison | null>(null);
  /** Bumped per request so a slow answer cannot replace a later one. */
  #request = 0;

  readonly counts = $derived.by(() => {
    const counts = { same: 0, changed: 0, onlyA: 0, onlyB: 0 };
    for (const row of this.#comparison?.rows ?? []) counts[row.kind] += 1;
    return counts;
  });

  get isOpen() {
    return this.#open;
  }

  get loading() {
    return this.#loading;
  }

  get error() {
    return this.#error;
  }

  get a() {
    return this.#a?.side ?? null;
  }

  get b() {
    return this.#b?.side ?? null;
  }

  get comparison() {
    return this.#comparison;
  }

  /** Two saved clips: `a` on the left (the earlier version, or the first picked). */
  async openClips(a: number, b: number) {
    this.#show();
    const request = this.#request;
    await this.#run(request, async () => {
      const [clipA, clipB] = await Promise.all([api.call('clips.get', { id: a }), api.call('clips.get', { id: b })]);
      return { a: sideOf(clipA), b: sideOf(clipB) };
    });
  }

  /**
   * The clip a paste duplicates against the paste as the user has reviewed it. The paste is not
   * saved yet, so there is no id to send: the comparison runs here, on the same shared code the
   * core uses.
   */
  async openDuplicate() {
    const duplicate = pasteReview.duplicate;
    if (!duplicate) return;
    this.#show();
    const request = this.#request;
    const f = pasteReview.form.fields;
    const entities = pasteReview.form.entities;
    const draft: ComparableDraft = {
      title: f.title.trim() || null,
      paragraphs: pasteReview.lines.filter((l) => l.kept).map((l) => l.text),
      quotes: pasteReview.form.quotes.map((q) => ({ ...q })),
      people: [...entities.people],
      places: [...entities.places],
      organizations: [...entities.organizations],
    };
    const side: CompareSide = {
      id: null,
      title: draft.title ?? null,
      source: f.source.trim() || null,
      date: f.date.trim() || null,
      dateline: f.dateline.trim() || null,
      byline: f.byline
        .split(/[;,]/)
        .map((n) => n.trim())
        .filter(Boolean),
    };
    await this.#run(request, async () => ({ a: sideOf(await api.call('clips.get', { id: duplicate.id })), b: { side, text: draft } }));
  }

  /** Puts B on the left; rows follow the left side's reading order, so the comparison is made again. */
  async swap() {
    const a = this.#a;
    const b = this.#b;
    if (!a || !b || this.#loading) return;
    const request = ++this.#request;
    await this.#run(request, async () => ({ a: b, b: a }));
  }

  /** Leaves the comparison for the reader, on one side's clip; not while a paste is under review behind it. */
  get canReveal() {
    return !pasteReview.isOpen;
  }

  async reveal(id: number) {
    this.close();
    await library.reveal(id);
  }

  close() {
    ++this.#request;
    this.#open = false;
    this.#loading = false;
    this.#comparison = null;
    this.#a = null;
    this.#b = null;
    this.#error = null;
  }

  #show() {
    ++this.#request;
    this.#open = true;
    this.#comparison = null;
    this.#error = null;
  }

  async #run(request: number, sides: () => Promise<{ a: Subject; b: Subject }>) {
    this.#loading = true;
    try {
      const { a, b } = await sides();
      const comparison = await this.#compare(a, b);
      if (request !== this.#request) return;
      this.#a = a;
      this.#b = b;
      this.#comparison = comparison;
    } catch (err) {
      if (request === this.#request) this.#error = describeError(err);
    } finally {
      if (request === this.#request) this.#loading = false;
    }
  }

  async #compare(a: Subject, b: Subject): Promise<Comparison> {
    if (a.side.id !== null && b.side.id !== null) return api.call('compare.clips', { a: a.side.id, b: b.side.id });
    return compareDrafts(a.text, b.text);
  }
}

export const compare = new CompareStore();
