import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../electron/core/clipper/html-to-text.js';
import { draftFromPaste } from '../../../electron/core/clipper/draft-from-paste.js';
import { ApiError } from '../../../electron/shared/api/errors.js';

const ARTICLE = `<!doctype html><html><head><title>Harbour reopens after storm | Example Times</title>
<meta property="og:site_name" content="Example Times"><meta property="article:published_time" content="2024-05-02T10:00:00Z">
<script>window.stolen = document.cookie</script><style>p { color: red }</style></head>
<body onload="evil()"><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Harbour reopens after storm</h1><p class="byline">By Jane Roe</p>
<p>PORTVILLE, May 2 (Reuters) - The harbour reopened on Thursday after a week of repairs, the port authority said.
<img src="x" onerror="alert(2)">Ships queued outside the breakwater for most of the morning as tugs guided them in.</p>
<p>"We worked through the night to get here," said Maria Lopez, the harbour master. "Nobody wanted to wait."</p>
<p>Fishing crews said the storm had cost them a week of catches and that insurance would cover only part of it.</p>
<script>document.write('injected')</script><a href="javascript:alert(3)" onclick="alert(4)">more</a></article></body></html>`;

describe('htmlToText', () => {
  it('keeps the article as blank-line-separated paragraphs with its header lines', () => {
    const text = htmlToText(ARTICLE);
    const blocks = text.split('\n\n');
    expect(blocks[0]).toContain('Harbour reopens after storm');
    expect(text).toContain('By Jane Roe');
    expect(text).toContain('Published 2024-05-02');
    expect(text).toContain('Source: Example Times');
    expect(blocks.some((b) => b.startsWith('PORTVILLE, May 2 (Reuters) - The harbour reopened'))).toBe(true);
  });

  it('lets no script, style or event handler through', () => {
    const text = htmlToText(ARTICLE);
    for (const bad of ['stolen', 'cookie', 'injected', 'alert', 'evil', 'onerror', 'onclick', 'color: red', 'javascript:']) expect(text).not.toContain(bad);
  });

  it('feeds the text pipeline', () => {
    const draft = draftFromPaste({ text: '', html: ARTICLE });
    expect(draft.title).toBe('Harbour reopens after storm');
    expect(draft.date).toBe('2024-05-02');
    expect(draft.source).toBe('Reuters');
    expect(draft.byline).toEqual(['Jane Roe']);
    expect(draft.quotes.map((q) => q.speaker)).toEqual(['Maria Lopez', 'Maria Lopez']);
  });

  it('reads a short clipboard fragment that Readability does not take for an article', () => {
    expect(htmlToText('<p>First line</p><p>Second <b>bold</b> line<br>after a break</p>')).toBe('First line\n\nSecond bold line\nafter a break');
  });

  it('survives malformed and deeply nested HTML', () => {
    expect(htmlToText('<div>'.repeat(20_000) + 'deep<script>alert(1)</script>' + '</span>'.repeat(10))).toBe('deep');
    expect(htmlToText('<p>open <b>bold <i>both</p><p>next')).toContain('open bold both');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('<p>', '</p>', '<div', '>', '<script>', '</script>', '<!--', '-->', '<br/>', '&amp;', '&#0;', '<', '"', "'", 'onload=', '<img src=x onerror=alert(1)>', '<svg><script>x</script>'), fc.string({ maxLength: 20 })), { maxLength: 40 }), (parts) => {
        const text = htmlToText(parts.join(''));
        expect(typeof text).toBe('string');
        expect(text).not.toMatch(/<script|onerror=alert/iu);
      }),
      { numRuns: 200 },
    );
  });
});

describe('draftFromPaste', () => {
  it('refuses a paste that is empty, or empty once its HTML is read', () => {
    expect(() => draftFromPaste({ text: '  ' })).toThrow(ApiError);
    expect(() => draftFromPaste({ text: '', html: '<script>alert(1)</script><style>p{}</style>' })).toThrow(/empty/u);
  });

  it('refuses 20 MB with a clear limit message', () => {
    const huge = 'word '.repeat(4_000_000);
    expect(() => draftFromPaste({ text: huge })).toThrow(/limit is 5,000,000 characters/u);
  });

  it('falls back to the text when the HTML holds nothing', () => {
    expect(draftFromPaste({ text: 'A plain paragraph of text.', html: '<div></div>' }).paragraphs).toEqual(['A plain paragraph of text.']);
  });
});
