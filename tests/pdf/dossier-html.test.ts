import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { contract } from '../../electron/shared/api/contract.js';
import type { DossierSpec } from '../../electron/shared/models/dossier.js';
import type { Clip } from '../../electron/shared/models/clip.js';
import { buildDossierHtml } from '../../electron/core/dossier/build-dossier-html.js';
import { buildDossierMarkdown } from '../../electron/core/dossier/md/build-dossier-markdown.js';
import { clipLabel } from '../../electron/core/dossier/format.js';
import { locateAnchor } from '../../electron/shared/text/text-anchor.js';
import { markdownToHtml } from '../../electron/core/dossier/markdown.js';
import { clipFixture, highlightFixture } from '../support/clip-fixture.js';

const spec = (fields: Partial<DossierSpec> = {}): DossierSpec => contract['dossier.export'].input.shape.spec.parse(fields);

const HOSTILE = '<script>alert(1)</script> "><img src=x onerror=alert(2)> </style></title><svg onload=alert(3)>';

function clip(fields: Partial<Clip> = {}): Clip {
  return clipFixture({
    title: 'A title',
    paragraphs: ['First paragraph of the clip.', 'Second paragraph.'],
    date: '2023-06-13',
    dateline: 'Beijing',
    source: 'Reuters',
    byline: ['A. Writer'],
    wordCount: 7,
    createdAt: '2024-02-01T10:00:00.000Z',
    updatedAt: '2024-02-01T10:00:00.000Z',
    ...fields,
  });
}

/** The document with the inlined fonts and Paged.js cut out: what is left is ours to check. */
function ownMarkup(html: string): string {
  return html
    .replace(/<style data-pagedjs-ignore>[\s\S]*?<\/style>/, '')
    .replace(/<script nonce="[^"]+">[\s\S]*?<\/script>/g, '<script></script>');
}

describe('the dossier document', () => {
  it('prints hostile clip text, metadata and notes as text, never as markup', () => {
    const html = buildDossierHtml(
      [
        clip({
          title: HOSTILE,
          paragraphs: [HOSTILE, `Before ${HOSTILE} after`],
          source: HOSTILE,
          byline: [HOSTILE],
          dateline: HOSTILE,
          tags: [HOSTILE],
          notes: HOSTILE,
          url: `javascript:alert(4)${HOSTILE}`,
          people: [HOSTILE],
          quotes: [{ speaker: HOSTILE, text: HOSTILE }],
          language: '"><script>',
          highlights: [highlightFixture({ exact: 'Before', start: HOSTILE.length + 2, note: HOSTILE, color: '"><x' as never })],
        }),
      ],
      spec({ title: HOSTILE, subtitle: HOSTILE, author: HOSTILE, organisation: HOSTILE, marking: HOSTILE, introduction: HOSTILE }),
    );
    const own = ownMarkup(html);
    // Parsed as a browser would: no element or attribute may come from the clip's text.
    const doc = new JSDOM(own).window.document;
    expect(doc.querySelectorAll('script')).toHaveLength(2);
    expect(doc.querySelectorAll('img, body svg[onload], iframe, object')).toHaveLength(0);
    const handlers = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)));
    expect(handlers).toEqual([]);
    expect(doc.querySelectorAll('a[href^="javascript"]')).toHaveLength(0);
    expect(html.match(/<\/style>/g)).toHaveLength(2);
    expect(doc.title).toBe(HOSTILE);
    expect(own).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('lets only its own scripts run and fetch nothing', () => {
    const html = buildDossierHtml([clip()], spec());
    const csp = (/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '').replace(/&#39;/g, "'");
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("default-src 'none'");
    expect(html.match(/<script nonce="([^"]+)">/g)?.every((tag) => tag.includes(nonce!))).toBe(true);
  });

  it('leaves the scripts out of a preview that will not paginate', () => {
    const paged = buildDossierHtml([clip()], spec());
    const still = buildDossierHtml([clip()], spec(), { paginate: false });
    expect(paged).toContain('window.PagedConfig');
    expect(still).not.toContain('window.PagedConfig');
    expect(still).not.toContain('class Previewer');
    expect(paged.length - still.length).toBeGreaterThan(800_000);
  });

  it('inlines only the font subsets the text needs', () => {
    const latin = buildDossierHtml([clip()], spec());
    expect(latin).toContain("font-family:'Noto Serif'");
    expect(latin).not.toContain("font-family:'Noto Serif SC'");
    const chinese = buildDossierHtml([clip({ title: '杭州百年石拱桥', language: 'zh' })], spec());
    expect(chinese).toContain("font-family:'Noto Serif SC'");
    expect(chinese.length).toBeLessThan(latin.length + 3_000_000);
  });

  it('omits the parts the spec turns off', () => {
    const html = buildDossierHtml(
      [clip()],
      spec({
        parts: { cover: false, contents: false, introduction: true, overview: false, indexes: false, comparisons: false, sections: false },
      }),
    );
    expect(html).not.toContain('id="cover"');
    expect(html).not.toContain('id="contents"');
    expect(html).not.toContain('id="overview"');
    expect(html).not.toContain('id="timeline"');
    expect(html).toContain('id="clip-1"');
  });

  it('sets the paper size and puts the title and marking in the running header', () => {
    const html = buildDossierHtml([clip()], spec({ paperSize: 'Letter', title: 'Brief "one"', marking: 'Secret' }));
    expect(html).toContain('@page{size:letter;}');
    expect(html).toContain('--dossier-title:"Brief \\22 one\\22 "');
    expect(html).toContain('--dossier-marking:"Secret"');
  });

  it('names where each quotation comes from without doubling the full stop of a title', () => {
    const quotes = [{ speaker: 'Ada Vale', text: 'We will build it.' }];
    const html = buildDossierHtml(
      [clip({ title: 'Ferries are late again. Nobody is surprised.', source: 'The Daily Sample', quotes })],
      spec(),
    );
    expect(html).toContain('Ferries are late again. Nobody is surprised. The Daily Sample, p.');
    const plain = buildDossierHtml([clip({ title: 'Harbour plan approved', source: 'The Daily Sample', quotes })], spec());
    expect(plain).toContain('Harbour plan approved, The Daily Sample, p.');
  });

  it('sets each quotation in the marks of its clip’s language, in the PDF’s index and the Markdown’s', () => {
    const clips = [
      clip({
        title: 'Hochwasser in Dresden',
        language: 'de',
        source: 'Elbkurier',
        quotes: [{ speaker: 'Jana Vogt', text: 'Wir sind vorbereitet.' }],
      }),
      clip({ title: 'Crue à Lyon', language: 'fr', source: 'Rhône Matin', quotes: [{ speaker: 'Luc Morel', text: 'Nous sommes prêts.' }] }),
      clip({
        title: 'Harbour plan approved',
        language: 'en',
        source: 'The Daily Sample',
        quotes: [{ speaker: 'Ada Vale', text: 'We will build it.' }],
      }),
    ];
    const html = buildDossierHtml(clips, spec());
    expect(html).toContain('„Wir sind vorbereitet.“');
    expect(html).toContain('« Nous sommes prêts. »');
    expect(html).toContain('“We will build it.”');
    expect(buildDossierMarkdown(clips, spec())).toContain('- „Wir sind vorbereitet.“ (');
  });

  it('marks highlights where their words are and numbers their notes', () => {
    const html = buildDossierHtml(
      [clip({ highlights: [highlightFixture({ exact: 'paragraph of', start: 6, note: 'Why it matters', color: 'green' })] })],
      spec(),
    );
    expect(html).toContain('First <mark class="hl hl-green">paragraph of</mark><sup class="note-ref">1</sup> the clip.');
    expect(html).toContain('<span class="note-no">1</span>Why it matters');
  });
});

describe('anchoring a highlight', () => {
  const body = 'the cat sat. the cat ran. the cat slept.';
  it('prefers the occurrence whose context still matches', () => {
    expect(locateAnchor(body, { exact: 'the cat', prefix: 'sat. ', suffix: ' ran', start: 0 })).toEqual({ start: 13, end: 20 });
  });
  it('falls back to the occurrence nearest the recorded offset', () => {
    expect(locateAnchor(body, { exact: 'the cat', prefix: '', suffix: '', start: 30 })).toEqual({ start: 26, end: 33 });
  });
  it('gives up when the words are gone', () => {
    expect(locateAnchor(body, { exact: 'the dog', prefix: '', suffix: '', start: 0 })).toBeNull();
  });
});

describe('naming an untitled clip', () => {
  it('uses the opening words, cut with an ellipsis', () => {
    const label = clipLabel({
      id: 3,
      title: null,
      paragraphs: ['One two three four five six seven eight nine ten eleven twelve thirteen fourteen'],
    });
    expect(label).toEqual({ text: 'One two three four five six seven eight nine ten eleven twelve…', untitled: true });
  });
  it('cuts scripts without spaces by characters', () => {
    expect(
      clipLabel({ id: 3, title: '  ', paragraphs: ['新华社杭州4月12日电记者12日从杭州市园林文物局获悉位于拱墅区的百年石拱桥'] }).text,
    ).toHaveLength(33);
  });
  it('falls back to the clip number when there is no text', () => {
    expect(clipLabel({ id: 7, title: null, paragraphs: [] })).toEqual({ text: 'Clip 7', untitled: true });
  });
});

describe('the introduction Markdown', () => {
  it('formats headings, lists, emphasis and safe links', () => {
    const html = markdownToHtml(
      '# Summary\n\nSome **bold** and *soft* words, `code`.\n\n- one\n- two\n\nSee [this](https://example.org/a?b=1&c=2).',
    ).value;
    expect(html).toContain('<h2>Summary</h2>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<em>soft</em>');
    expect(html).toContain('<ul><li>one</li><li>two</li></ul>');
    expect(html).toContain('<a href="https://example.org/a?b=1&amp;c=2">this</a>');
  });
  it('keeps raw HTML as text and drops unsafe links', () => {
    const html = markdownToHtml('<b>x</b> [click](javascript:alert(1)) [y](data:text/html,<script>)').value;
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).not.toMatch(/href="(javascript|data)/);
    expect(html).not.toContain('<script');
  });
});
