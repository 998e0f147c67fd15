import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import type { ClipDraft } from '../../../electron/shared/models/clip-draft.js';

const strings = (xs: unknown) => Array.isArray(xs) && xs.every((x) => typeof x === 'string');

function expectWellFormed(d: ClipDraft) {
  expect(d.title === null || typeof d.title === 'string').toBe(true);
  expect(d.date === null || /^\d{4}-\d{2}-\d{2}$/u.test(d.date)).toBe(true);
  expect(d.dateline === null || typeof d.dateline === 'string').toBe(true);
  expect(d.source === null || typeof d.source === 'string').toBe(true);
  expect(typeof d.language === 'string' && d.language.length >= 2).toBe(true);
  for (const list of [d.byline, d.paragraphs, d.cruft, d.people, d.places, d.organizations]) expect(strings(list)).toBe(true);
  expect(
    d.quotes.every((q) => typeof q.text === 'string' && q.text.length > 0 && (q.speaker === null || typeof q.speaker === 'string')),
  ).toBe(true);
  expect(Number.isInteger(d.wordCount) && d.wordCount >= 0).toBe(true);
  expect(d.duplicateOf).toBeNull();
  expect(() => JSON.stringify(d)).not.toThrow();
}

// Pieces that exercise the extractors' edge cases: marks, wire formats, control and bidi characters.
const PIECES = [
  '\u0000',
  '\uD800',
  '\uDC00',
  '\uFEFF',
  '\u202E',
  '\u200F',
  '"',
  '“',
  '”',
  '„',
  '«',
  '»',
  "'",
  '‘',
  '’',
  '「',
  '」',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  ' ',
  '\t',
  '\u00A0',
  '\u3000',
  'HALDEN, June 13 (Reuters) - ',
  'PORTVILLE, Maine (AP) — ',
  'VELSK, December 30. /TASS/. ',
  '新华社青州5月6日电（记者 王小明）',
  ' date 2021-11-04 Tallinn: ',
  'By ',
  'By JON VIK',
  'Published 3 March 2023, 09:00 GMT',
  'Updated 2 hours ago',
  'Reporting by ',
  '; Editing by ',
  'said Jane Doe, a spokeswoman',
  ', he said.',
  ' told reporters',
  'Advertisement',
  'Read more: ',
  '© 2023 ',
  'Share',
  'שלום עולם',
  'مرحبا بالعالم',
  '😀👍🏽🇺🇦',
  'Ü',
  'İ',
  'ß',
  '̈',
  '...',
  '—',
  '–',
  '-',
  '(',
  ')',
  ':',
  'Minister ',
  'President ',
  'the ',
  'in ',
  'X'.repeat(300),
  'ab '.repeat(200),
];

const adversarial = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 30 })), { maxLength: 60 })
  .map((parts) => parts.join(''));
const rawUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 400 }).map((codes) => String.fromCharCode(...codes));

describe('parseClip never throws', () => {
  it('on random UTF-16, lone surrogates included (2,000 cases)', () => {
    fc.assert(
      fc.property(rawUnits, (text) => expectWellFormed(parseClip(text))),
      { numRuns: 2000 },
    );
  });

  it('on adversarial mixes of marks, wire formats and control characters (2,000 cases)', () => {
    fc.assert(
      fc.property(adversarial, (text) => expectWellFormed(parseClip(text))),
      { numRuns: 2000 },
    );
  });

  it('on random printable text (2,000 cases)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 500 }), (text) => expectWellFormed(parseClip(text))),
      { numRuns: 2000 },
    );
  });

  it('on empty, blank and binary input', () => {
    for (const text of ['', '   ', '\n\n\n', '\u0000\u0001\u0002', String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i))]) {
      expectWellFormed(parseClip(text));
    }
  });

  it('on a single 100,000-character line, with and without spaces or marks', () => {
    const lines = [
      'a'.repeat(100_000),
      'word '.repeat(20_000),
      '“'.repeat(100_000),
      '‘a '.repeat(33_000),
      'A '.repeat(50_000),
      `${'Capital Name '.repeat(7000)}said.`,
    ];
    for (const line of lines) {
      const started = performance.now();
      expectWellFormed(parseClip(line));
      expect(performance.now() - started).toBeLessThan(10_000);
    }
  });

  it('on a long text naming thousands of different people', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `Ms Anna${i} Berg${i} said so on day ${i}.`);
    const paragraphs = Array.from({ length: 500 }, (_, k) => names.slice(k * 10, k * 10 + 10).join(' '));
    const started = performance.now();
    const draft = parseClip(`Register of speakers\n\n${paragraphs.join('\n\n')}`);
    expect(performance.now() - started).toBeLessThan(10_000);
    expectWellFormed(draft);
    expect(draft.people).toContain('Anna4999 Berg4999');
  });

  it('on text with no sentences', () => {
    expectWellFormed(parseClip('Home\nNews\nShare\n|||\n12345\n***'));
  });
});
