import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDrafts } from '../../electron/shared/compare/compare-drafts.js';
import { parseClip } from '../../electron/shared/clipper/parse-clip.js';
import { displayAccelerator } from '../../electron/shared/models/accelerator.js';
import { useTestCore } from '../support/test-core.js';

/**
 * Words that name what every plain object already has. Looked up as keys of a plain object they
 * find Object.prototype's members instead of nothing; every lookup keyed by text must read them
 * as the words they are.
 */
const PROTOTYPE_WORDS = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  '__defineGetter__',
  'propertyIsEnumerable',
  'toLocaleString',
  'prototype',
];

const word = fc.oneof(
  fc.constantFrom(...PROTOTYPE_WORDS),
  fc.constantFrom(...PROTOTYPE_WORDS).map((w) => w.toLowerCase()),
  fc.constantFrom('2024', 'two', 'forty', 'hundred', 'decades', 'the', 'minister', 'said', 'Kyiv', 'twenty'),
  fc.stringMatching(/^[a-z]{1,8}$/),
);
const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => `${ws.join(' ')}.`);
const text = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((ss) => ss.join(' '));

const draftOf = (t: string) => ({ paragraphs: [t], quotes: [], people: [], places: [], organizations: [] });

/** A value holds only data: no functions or objects smuggled in from a prototype. */
function plainData(value: unknown): boolean {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(plainData);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every(plainData);
  return false;
}

describe('text-keyed lookups read prototype names as words', () => {
  it('compares "the 2024 constructor standings" like any other sentence', () => {
    const result = compareDrafts(
      draftOf('The 2024 constructor standings were close.'),
      draftOf('The 2024 constructor standings were tight.'),
    );
    expect(result.rows[0]!.kind).toBe('changed');
    expect(plainData(result)).toBe(true);
  });

  it('compares any text made of such words', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const result = compareDrafts(draftOf(a), draftOf(b));
        expect(plainData(result)).toBe(true);
        expect(JSON.stringify(result)).not.toContain('[native code]');
        const same = compareDrafts(draftOf(a), draftOf(a));
        expect(same.rows.every((r) => r.kind === 'same')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('parses a paste made of such words into plain fields', () => {
    fc.assert(
      fc.property(text, (t) => {
        const draft = parseClip(`${t}\n\n${t}`);
        expect(plainData(draft)).toBe(true);
        expect(JSON.stringify(draft)).not.toContain('[native code]');
      }),
      { numRuns: 200 },
    );
  });

  it('shows an accelerator naming such a key as typed', () => {
    for (const w of PROTOTYPE_WORDS) expect(displayAccelerator(`Ctrl+${w}`, 'linux')).toBe(`Ctrl+${w}`);
  });
});

describe('the library with such words', () => {
  const { call } = useTestCore('cuttings-text-keys-');

  it('compares two saved clips and prints a dossier of their comparison', async () => {
    const a = await call<{ id: number }>('clips.create', {
      text: 'Standings\n\nThe 2024 constructor standings were close after the race.',
    });
    const b = await call<{ id: number }>('clips.create', {
      text: 'Standings again\n\nThe 2024 constructor standings were tight after the race.',
    });
    await call('compare.clips', { a: a.id, b: b.id });
    const collection = await call<{ id: number }>('collections.create', { name: 'Season' });
    await call('collections.addClips', { id: collection.id, clipIds: [a.id, b.id] });
    await call('comparisons.add', { collectionId: collection.id, a: a.id, b: b.id });
    const { html } = await call<{ html: string }>('dossier.preview', { collection: 'Season', paginate: false });
    expect(html).toContain('constructor standings');
  });

  it('saves, tags, files and finds clips, tags and collections named by such words', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PROTOTYPE_WORDS), text, async (name, body) => {
        const clip = await call<{ id: number }>('clips.create', { text: `${name} ${body}\n\n${body} ${name}` });
        await call('tags.apply', { clipIds: [clip.id], names: [name, `${name}/${name}`] });
        const found = await call<{ hits: { id: number }[] }>('search.query', { query: `${name} tag:${name}`, limit: 1_000 });
        expect(found.hits.map((h) => h.id)).toContain(clip.id);
        const tagged = await call<{ items: { id: number }[] }>('clips.list', { tag: name, limit: 1_000 });
        expect(tagged.items.map((c) => c.id)).toContain(clip.id);
        const collection = await call<{ id: number; name: string }>('collections.find', { name }).catch(() =>
          call<{ id: number; name: string }>('collections.create', { name }),
        );
        expect(collection.name).toBe(name);
        await call('clips.related', { id: clip.id });
      }),
      { numRuns: 40 },
    );
  });
});
