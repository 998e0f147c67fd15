import type { FieldChange } from '../api/models.js';

/** What the forms call each field a user can correct: the same words in the form, the history and the corrections offered. */
export const FIELD_LABELS: Record<FieldChange['field'], string> = {
  title: 'Title',
  date: 'Date',
  dateline: 'Dateline',
  source: 'Source',
  byline: 'Byline',
  language: 'Language',
  url: 'Web address',
  paragraphs: 'Text',
  quotes: 'Quotes',
  people: 'People',
  places: 'Places',
  organizations: 'Organisations',
};
