import { api, describeError } from '../api/api.js';
import type { ClipSummary, Collection, DossierOrder, DossierSpec, SavedDossier } from '../api/models.js';
import { collectionSections, type DossierSection } from '../../../../electron/shared/organise/collection-sections.js';
import { collections } from '../sidebar/collections.svelte.js';
import { library } from '../list/library.svelte.js';
import { search } from '../search/search.svelte.js';
import { settings } from '../settings/settings.svelte.js';
import { isIsoDay, isUnreadableDay } from '../ui/dates.js';
import { selection } from '../list/selection.svelte.js';

/** Where the dossier's clips come from; a collection by the path the core finds it by ("Briefs/Ukraine"). */
export type DossierSource = { kind: 'collection'; name: string; path: string } | { kind: 'selection' };

export type PaperSize = DossierSpec['paperSize'];
export type DossierPart = keyof DossierSpec['parts'];

/** The builder's form: the spec as fields edit it (a blank date is today's). */
export interface DossierForm {
  title: string;
  subtitle: string;
  author: string;
  organisation: string;
  date: string;
  marking: string;
  paperSize: PaperSize;
  order: DossierOrder;
  introduction: string;
  parts: Record<DossierPart, boolean>;
}

/** A section of the dossier: its clips to print, and those the builder lists. */
export interface ListedSection extends DossierSection {
  clips: ClipSummary[];
}

/** Most clips listed in the builder; the dossier itself takes them all. */
const LISTED = 1_000;
/** Typing settles before the preview is rebuilt: each build reads every clip and inlines fonts. */
const PREVIEW_DELAY_MS = 450;

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A saved spec as the form edits it, dated today: a dossier made again is issued again. */
const formOf = (spec: DossierSpec): DossierForm => ({
  ...spec,
  order: spec.order ?? 'collection',
  date: today(),
  // A dossier saved before sections existed prints its collection's sub-collections, as a new one does.
  parts: { ...spec.parts, sections: spec.parts.sections ?? true },
});

const blankForm = (title: string, introduction: string): DossierForm => ({
  title,
  subtitle: '',
  author: '',
  organisation: '',
  date: today(),
  marking: '',
  paperSize: settings.values.paperSize,
  order: 'collection',
  introduction,
  parts: { cover: true, contents: true, introduction: true, overview: true, indexes: true, comparisons: false, sections: true },
});

/** Who signed the newest dossier exported: the author and organisation a new dossier starts with. */
interface Signature {
  author: string;
  organisation: string;
}

function newestSignature(saved: readonly SavedDossier[]): Signature | null {
  const newest = saved.toSorted((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  return newest ? { author: newest.spec.author, organisation: newest.spec.organisation } : null;
}

/** The dossier builder: its clips in print order, the cover and parts chosen, and the live preview. */
class DossierStore {
  #open = $state(false);
  #source = $state<DossierSource | null>(null);
  #form = $state<DossierForm>(blankForm('', ''));
  #clipIds = $state.raw<number[]>([]);
  /** The collection's saved comparisons, printed after the clips when the part is ticked. */
  #comparisonIds = $state.raw<number[]>([]);
  #clips = $state.raw<ClipSummary[]>([]);
  /** The collections inside the collection, printed after its clips when the part is ticked. */
  #sections = $state.raw<ListedSection[]>([]);
  #loading = $state(false);
  #error = $state<string | null>(null);
  #preview = $state('');
  #previewing = $state(false);
  #previewError = $state<string | null>(null);
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped per opening, and per preview, so a slow answer cannot replace a later one. */
  #request = 0;
  #previewRequest = 0;
  /** The spec the shown (or coming) preview was made from, so an unchanged form asks for nothing. */
  #previewedSpec = '';
  /** The settings last exported for this collection, kept so the next export starts from them. */
  #saved = $state.raw<SavedDossier | null>(null);

  get isOpen() {
    return this.#open;
  }

  get source() {
    return this.#source;
  }

  /** Bindable: the fields write straight into it. */
  get form() {
    return this.#form;
  }

  get clipIds() {
    return this.#clipIds;
  }

  get comparisonIds() {
    return this.#comparisonIds;
  }

  /** The clips listed in the builder, at most the first thousand. */
  get clips() {
    return this.#clips;
  }

  get sections() {
    return this.#sections;
  }

  /** The clips and comparisons as the core prints them: it leaves the sections out when their part is not ticked. */
  get printSource() {
    return {
      clipIds: this.#clipIds,
      sections: this.#sections.map(({ title, clipIds }) => ({ title, clipIds })),
      comparisonIds: this.#comparisonIds,
    };
  }

  /** Every clip the dossier prints: the clips in no section, then the sections' when their part is ticked. */
  get printedIds(): number[] {
    return this.#form.parts.sections ? [...this.#clipIds, ...this.#sections.flatMap((s) => s.clipIds)] : this.#clipIds;
  }

  get loading() {
    return this.#loading;
  }

  get error() {
    return this.#error;
  }

  get preview() {
    return this.#preview;
  }

  get previewing() {
    return this.#previewing;
  }

  get previewError() {
    return this.#previewError;
  }

  /** When the form was filled from the collection's last export, that export's record. */
  get saved() {
    return this.#saved;
  }

  /** True while the cover's date is text the date field could not read, which the field says: nothing is exported until it is put right. */
  get dateUnreadable(): boolean {
    return isUnreadableDay(this.#form.date);
  }

  /** The spec as the API takes it. */
  get spec(): DossierSpec {
    const f = this.#form;
    return {
      title: f.title.trim() || 'Press cuttings',
      subtitle: f.subtitle.trim(),
      author: f.author.trim(),
      organisation: f.organisation.trim(),
      date: isIsoDay(f.date) ? f.date : null,
      marking: f.marking.trim(),
      paperSize: f.paperSize,
      order: f.order,
      introduction: f.introduction,
      parts: { ...f.parts },
    };
  }

  /** A collection's clips in its own order (a smart collection's by date), its name as the title, its description as the introduction. */
  async openCollection(id: number) {
    const collection = collections.byId(id);
    if (!collection) return;
    const path = this.#pathOf(id);
    this.#begin({ kind: 'collection', name: collection.name, path }, blankForm(collection.name, collection.description));
    await this.#load(async () => {
      const all = await api.call('dossier.saved.list', {});
      const saved = all.find((d) => d.collection === path) ?? null;
      const ids = await api.call('collections.clipIds', { id });
      const listed = await this.#summaries(collection);
      const comparisons = collection.query ? [] : (await api.call('comparisons.list', { collectionId: id })).map((c) => c.id);
      const sections = await this.#sectionsBelow(id, ids);
      return { ids, listed, saved, comparisons, sections, signature: newestSignature(all) };
    });
  }

  /** The clips picked in the list, in the list's order. */
  async openSelection() {
    this.#begin({ kind: 'selection' }, blankForm('Press cuttings', ''));
    await this.#load(async () => {
      const picked = new Set(selection.ids());
      const shown = search.active ? search.results.held() : library.items;
      const listed = shown.filter((clip) => picked.has(clip.id));
      const rest = [...picked].filter((id) => !listed.some((clip) => clip.id === id));
      const signature = newestSignature(await api.call('dossier.saved.list', {}));
      return { ids: [...listed.map((clip) => clip.id), ...rest], listed: listed.slice(0, LISTED), saved: null, signature };
    });
  }

  /**
   * Remembers a collection's settings after it was exported, so "the same dossier with this
   * week's clips" is one click next time. A selection's clips change, so it is not remembered.
   */
  async remember(spec: DossierSpec) {
    const source = this.#source;
    if (source?.kind !== 'collection') return;
    try {
      const fields = { name: spec.title, spec, collection: source.path, clipIds: null };
      this.#saved = await api.call('dossier.saved.save', this.#saved ? { ...fields, id: this.#saved.id } : fields);
    } catch {
      // Remembering is a convenience: the PDF is written, and the settings can be typed again.
    }
  }

  close() {
    ++this.#request;
    clearTimeout(this.#timer);
    this.#open = false;
    this.#preview = '';
    this.#clips = [];
    this.#clipIds = [];
    this.#sections = [];
  }

  /** Rebuilds the preview once the fields have been still for a moment. */
  schedulePreview() {
    clearTimeout(this.#timer);
    if (!this.#open || this.printedIds.length === 0 || JSON.stringify(this.spec) === this.#previewedSpec) return;
    this.#timer = setTimeout(() => void this.#buildPreview(), PREVIEW_DELAY_MS);
  }

  #begin(source: DossierSource, form: DossierForm) {
    ++this.#request;
    this.#source = source;
    this.#form = form;
    this.#clipIds = [];
    this.#comparisonIds = [];
    this.#clips = [];
    this.#sections = [];
    this.#preview = '';
    this.#previewedSpec = '';
    this.#saved = null;
    this.#error = null;
    this.#previewError = null;
    this.#open = true;
  }

  /** A collection's clips as the builder lists them: a smart one's newest first. */
  async #summaries(collection: Collection): Promise<ClipSummary[]> {
    return collection.query
      ? (await api.call('search.query', { query: collection.query, sort: 'date-desc', limit: LISTED })).hits
      : (await api.call('clips.list', { collectionId: collection.id, limit: LISTED })).items;
  }

  /** The same walk the core prints from, with each section's clips as the builder lists them. */
  async #sectionsBelow(id: number, printed: readonly number[]): Promise<ListedSection[]> {
    const found = await collectionSections(collections.all, id, printed, (c) => api.call('collections.clipIds', { id: c.id }));
    const listed: ListedSection[] = [];
    for (const { title, clipIds, collectionId } of found) {
      const holder = collections.byId(collectionId);
      const inIt = new Set(clipIds);
      const clips = holder ? (await this.#summaries(holder)).filter((clip) => inIt.has(clip.id)) : [];
      listed.push({ title, clipIds, clips });
    }
    return listed;
  }

  #pathOf(id: number): string {
    const names: string[] = [];
    for (let c = collections.byId(id); c; c = c.parentId === null ? undefined : collections.byId(c.parentId)) names.unshift(c.name);
    return names.join('/');
  }

  async #load(
    read: () => Promise<{
      ids: number[];
      listed: ClipSummary[];
      saved: SavedDossier | null;
      comparisons?: number[];
      sections?: ListedSection[];
      signature: Signature | null;
    }>,
  ) {
    const request = this.#request;
    this.#loading = true;
    try {
      const { ids, listed, saved, comparisons = [], sections = [], signature } = await read();
      if (request !== this.#request) return;
      // On by default when the collection has any; a remembered export's choice wins.
      this.#form.parts.comparisons = comparisons.length > 0;
      if (saved) {
        this.#saved = saved;
        this.#form = formOf(saved.spec);
      } else if (signature) {
        // The same person sends every dossier: they type their name once, not once a collection.
        this.#form.author ||= signature.author;
        this.#form.organisation ||= signature.organisation;
      }
      this.#comparisonIds = comparisons;
      this.#clipIds = ids;
      this.#clips = listed;
      this.#sections = sections;
      if (this.printedIds.length === 0) this.#error = 'There are no clips to put in a dossier. Add clips to the collection first.';
      else await this.#buildPreview();
    } catch (err) {
      if (request === this.#request) this.#error = describeError(err);
    } finally {
      if (request === this.#request) this.#loading = false;
    }
  }

  async #buildPreview() {
    const request = ++this.#previewRequest;
    const opening = this.#request;
    const current = () => request === this.#previewRequest && opening === this.#request;
    const spec = this.spec;
    this.#previewedSpec = JSON.stringify(spec);
    this.#previewing = true;
    try {
      // The frame runs no scripts, so Paged.js (most of the document's weight) is left out.
      const { html } = await api.call('dossier.preview', {
        ...this.printSource,
        spec,
        paginate: false,
      });
      if (!current()) return;
      this.#preview = html;
      this.#previewError = null;
    } catch (err) {
      if (!current()) return;
      this.#previewError = describeError(err);
      this.#previewedSpec = '';
    } finally {
      if (current()) this.#previewing = false;
    }
  }
}

export const dossier = new DossierStore();
