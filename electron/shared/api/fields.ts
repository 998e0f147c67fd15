import { z } from 'zod';
import { HIGHLIGHT_COLORS } from '../models/organise.js';
import { TAG_COLORS } from '../organise/tag-colors.js';
import { normaliseTagName } from '../organise/tag-names.js';
import { isoDate, names, text } from './schema-helpers.js';
import { MAX_PASTE_CHARS } from './limits.js';

/**
 * The schemas of the library's fields, written once: the API's methods take them, and an
 * imported export is held to the same ones, so a file can bring in nothing a method would refuse.
 */

export const clipUrl = text(4_000).nullable();

export const quote = z.object({ speaker: z.string().max(500).nullable(), text: text(20_000) });

/** The user-checked fields of a draft; anything left out is taken from the parse of the paste. */
export const draftFields = z.object({
  title: text(2_000).nullable(),
  date: isoDate.nullable(),
  dateline: text(500).nullable(),
  source: text(500).nullable(),
  byline: names,
  language: text(16),
  paragraphs: z.array(text(MAX_PASTE_CHARS)).max(100_000),
  quotes: z.array(quote).max(10_000),
  people: names,
  places: names,
  organizations: names,
  url: clipUrl,
});

export const clipNotes = text(1_000_000);

/** A tag path as every method takes it: written the one way (a newline is a space), never empty. */
export const tagName = text(500)
  .transform(normaliseTagName)
  .pipe(z.string().min(1, { message: 'a tag needs a name' }));
export const tagNames = z.array(tagName).min(1).max(1_000);

/** Only the palette's colours: a tag colour goes into the interface's CSS, where anything else could restyle it. */
export const tagColor = z.preprocess(
  (value) => (typeof value === 'string' ? value.toLowerCase() : value),
  z.enum(TAG_COLORS, { message: `must be a colour of the tag palette (${TAG_COLORS.join(', ')})` }),
);

export const highlightColor = z.enum(HIGHLIGHT_COLORS);

export const highlightFields = z.object({
  exact: text(100_000).min(1, { message: 'select some text to highlight' }),
  prefix: text(200).default(''),
  suffix: text(200).default(''),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  color: highlightColor.default('yellow'),
  note: text(100_000).default(''),
});

export const collectionName = text(300)
  .transform((name) => name.trim())
  .pipe(z.string().min(1, { message: 'a collection needs a name' }));
export const collectionDescription = text(100_000);
export const collectionQuery = text(2_000).nullable();

export const comparisonTitle = text(1_000);
