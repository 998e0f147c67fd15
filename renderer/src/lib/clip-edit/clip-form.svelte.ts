import type { Clip, DraftQuote } from '../api/models.js';
import type { NameListField } from '../../../../electron/shared/models/clip-edit.js';
import { isUnreadableDay } from '../ui/dates.js';

export type HeaderField = 'title' | 'date' | 'dateline' | 'source' | 'byline' | 'language' | 'url';
/** The lists of names the form edits, as a saved clip names them. */
export type EntityKind = NameListField;

/** A clip's fields as the review step and the reader's edit mode show them. */
export type ClipFormValues = Pick<Clip, HeaderField | EntityKind | 'quotes'>;

const nullIfBlank = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * The editable fields of a clip, shared by the review step and the reader's edit mode so both
 * offer the same fields and controls: the header, the quotes and the names.
 */
export class ClipForm {
  fields = $state<Record<HeaderField, string>>({ title: '', date: '', dateline: '', source: '', byline: '', language: 'en', url: '' });
  quotes = $state<DraftQuote[]>([]);
  entities = $state<Record<EntityKind, string[]>>({ people: [], places: [], organizations: [] });

  load(values: ClipFormValues) {
    this.fields = {
      title: values.title ?? '',
      date: values.date ?? '',
      dateline: values.dateline ?? '',
      source: values.source ?? '',
      byline: values.byline.join(', '),
      language: values.language,
      url: values.url ?? '',
    };
    this.quotes = values.quotes.map((q) => ({ ...q }));
    this.entities = { people: [...values.people], places: [...values.places], organizations: [...values.organizations] };
  }

  /** Adds a name the clipper missed; false when it is blank or already there. */
  addEntity(kind: EntityKind, name: string): boolean {
    const clean = name.trim().replace(/\s+/g, ' ');
    if (!clean || this.entities[kind].some((n) => n.toLowerCase() === clean.toLowerCase())) return false;
    this.entities[kind] = [...this.entities[kind], clean];
    return true;
  }

  removeEntity(kind: EntityKind, name: string) {
    this.entities[kind] = this.entities[kind].filter((n) => n !== name);
  }

  /** Adds a quote the clipper missed; false when its words are blank. */
  addQuote(text: string, speaker: string): boolean {
    const words = text
      .trim()
      .replace(/^["“”«»„]+|["“”«»„]+$/g, '')
      .trim();
    if (!words) return false;
    this.quotes = [...this.quotes, { text: words, speaker: speaker.trim() || null }];
    return true;
  }

  removeQuote(index: number) {
    this.quotes = this.quotes.filter((_, i) => i !== index);
  }

  /** What stops the fields being saved, said so the user can put it right; null when nothing does. */
  get problem(): string | null {
    const date = this.fields.date.trim();
    if (isUnreadableDay(date))
      return `The date “${date}” could not be read. Write it as the date field shows, or pick it from the calendar.`;
    return null;
  }

  values(): ClipFormValues {
    const f = this.fields;
    return {
      title: nullIfBlank(f.title),
      date: nullIfBlank(f.date),
      dateline: nullIfBlank(f.dateline),
      source: nullIfBlank(f.source),
      byline: f.byline
        .split(/[;,]/)
        .map((n) => n.trim())
        .filter(Boolean),
      language: f.language.trim() || 'und',
      url: nullIfBlank(f.url),
      quotes: this.quotes.map((q) => ({ speaker: q.speaker?.trim() || null, text: q.text })),
      people: [...this.entities.people],
      places: [...this.entities.places],
      organizations: [...this.entities.organizations],
    };
  }
}
