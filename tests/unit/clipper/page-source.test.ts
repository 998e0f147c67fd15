import { describe, expect, it } from 'vitest';
import { draftFromPaste } from '../../../electron/core/clipper/draft-from-paste.js';
import { pageMeta } from '../../../electron/core/clipper/page-meta.js';

const STORY = `<article><h1>Lighthouse keepers return to Gull Point</h1>
<p>Two keepers moved back into the Gull Point lighthouse on Monday, the first to live there since the light was automated thirty years ago.</p>
<p>The trust that owns the tower said the keepers would guide visitors and look after the building through the winter storms.</p>
<p>Volunteers painted the lantern room last month and replaced the stairs that had rusted through in several places.</p></article>`;

/** A page around the story, with the given tags in its head. */
const page = (head: string, address = 'https://www.harbourgazette.com/news/lighthouse-keepers-return') =>
  `<!doctype html><html><head><link rel="canonical" href="${address}">${head}</head><body>${STORY}</body></html>`;

const ld = (record: object) => `<script type="application/ld+json">${JSON.stringify(record)}</script>`;

describe('the source of an HTML paste', () => {
  it('is the site’s name in its most readable spelling when og:site_name is a slug', async () => {
    const html = page(
      `<meta property="og:site_name" content="harbourgazette">${ld({ '@type': 'NewsArticle', headline: 'Lighthouse keepers return to Gull Point', publisher: { '@type': 'Organization', name: 'The Harbour Gazette' } })}`,
    );
    expect(pageMeta(html).source).toBe('The Harbour Gazette');
    expect((await draftFromPaste({ text: '', html })).source).toBe('The Harbour Gazette');
  });

  it('keeps a name written in lower case or with digits as the site writes it', async () => {
    for (const name of ['harbour.com', '4x4harbour', 'the Harbour']) {
      const html = page(`<meta property="og:site_name" content="${name}">`);
      expect((await draftFromPaste({ text: '', html })).source).toBe(name);
    }
  });

  it('comes from the site’s own JSON-LD record or its title when no meta tag names it', async () => {
    const withRecords = page(
      `<title>Lighthouse keepers return to Gull Point - Harbour Gazette</title>${ld({ '@type': 'Organization', name: 'Gull Point Lighthouse Trust', url: 'https://gullpointtrust.org' })}`,
    );
    expect(pageMeta(withRecords).source).toBe('Harbour Gazette');
    expect((await draftFromPaste({ text: '', html: withRecords })).source).toBe('Harbour Gazette');
    const ownRecord = page(ld({ '@type': 'NewsMediaOrganization', name: 'Harbour Gazette', url: 'https://www.harbourgazette.com/' }));
    expect(pageMeta(ownRecord).source).toBe('Harbour Gazette');
  });

  it('is not an organisation the page describes, nor a title part that does not name the host', () => {
    const html = page(
      `<title>Lighthouse keepers return | Coastal heritage</title>${ld({ '@type': 'Organization', name: 'Gull Point Lighthouse Trust' })}`,
    );
    expect(pageMeta(html).source).toBeNull();
  });

  it('drops a tagline, a handle’s @ and the blogging software a template names as publisher', () => {
    expect(pageMeta(page('<meta property="og:site_name" content="Harbour Gazette | News for the coast">')).source).toBe('Harbour Gazette');
    expect(pageMeta(page('<meta property="og:site_name" content="@HarbourGazette">')).source).toBe('HarbourGazette');
    const platform = page(
      `<title>Keepers return | Harbour Gazette</title>${ld({ '@type': 'BlogPosting', publisher: { name: 'WordPress' } })}`,
    );
    expect(pageMeta(platform).source).toBe('Harbour Gazette');
  });
});

describe('the source of an HTML paste whose markup names no site', () => {
  it('is the outlet its copyright footer names, not a photo agency in a caption', async () => {
    const html = `<html><head><title>Lighthouse keepers return</title></head><body><nav><a href="/">Home</a></nav>${STORY}
      <figure><figcaption>The lantern room. Photo: Example Images</figcaption></figure>
      <footer><p>© 2024 The Harbour Gazette. All rights reserved.</p></footer></body></html>`;
    expect((await draftFromPaste({ text: '', html })).source).toBe('The Harbour Gazette');
  });
});

describe('the date of an HTML paste', () => {
  it('skips a template’s placeholder date for the dated address', async () => {
    const html = page(
      '<meta property="article:published_time" content="0001-01-01T00:00:00Z">',
      'https://www.harbourgazette.com/news/2024/03/18/lighthouse-keepers-return/',
    );
    expect(pageMeta(html).published).toBe('2024-03-18');
    expect((await draftFromPaste({ text: '', html })).date).toBe('2024-03-18');
  });

  it('reads the date tags content systems write, in their own shapes', async () => {
    const dated = (tag: string) => pageMeta(page(tag)).published?.slice(0, 10);
    expect(dated('<meta name="pdate" content="20240318">')).toBe('2024-03-18');
    expect(dated('<meta name="publish-date" content="2024/3/18 09:15">')).toBe('2024-03-18');
    expect(dated('<meta name="sailthru.date" content="Mon, 18 Mar 2024 09:15:00 -0000">')).toBe('2024-03-18');
    expect(dated('<meta name="DC.date.issued" content="2024-03-18">')).toBe('2024-03-18');
    expect(dated('<meta name="citation_publication_date" content="2024/03/18">')).toBe('2024-03-18');
    expect(dated('<meta name="parsely-pub-date" content="2024-03-18T09:15:00Z">')).toBe('2024-03-18');
    expect(dated('<meta name="pdate" content="soon">')).toBeUndefined();
    const nested = page(ld({ '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle', datePublished: '2024-03-18T09:15:00Z' } }));
    expect((await draftFromPaste({ text: '', html: nested })).date).toBe('2024-03-18');
  });

  it('reads the date schema.org microdata marks on any element, after the meta tags', async () => {
    const marked = (time: string, head = '') => `<html><head>${head}</head><body><p class="when">${time}</p>${STORY}</body></html>`;
    expect(pageMeta(marked('<time itemprop="datePublished" datetime="2024-03-18T09:15:00Z">18 March</time>')).published).toBe(
      '2024-03-18T09:15:00Z',
    );
    expect(pageMeta(marked('<span itemprop="dateModified datePublished" content="2024/03/18">Monday</span>')).published).toBe('2024-03-18');
    const both = marked(
      '<time itemprop="datePublished" datetime="2024-03-18">',
      '<meta property="article:published_time" content="2024-03-17">',
    );
    expect(pageMeta(both).published).toBe('2024-03-17');
    const dated = marked('<time datetime="2024-03-01">1 March</time> <time itemprop="datePublished" datetime="2024-03-18">18 March</time>');
    expect((await draftFromPaste({ text: '', html: dated })).date).toBe('2024-03-18');
  });
});

describe('the numeric date printed on an HTML page', () => {
  it('reads day first when the page declares a language other than American English, month first when it declares that', async () => {
    const html = (lang: string) =>
      `<html lang="${lang}"><head><title>Lighthouse keepers return</title></head><body><article><h1>Lighthouse keepers return to Gull Point</h1><p>By Jane Roe | 03/05/2024</p>${STORY.replace(/<\/?article>/gu, '')}</article></body></html>`;
    expect(pageMeta(html('en-GB')).locale).toBe('en-GB');
    expect((await draftFromPaste({ text: '', html: html('en-GB') })).date).toBe('2024-05-03');
    expect((await draftFromPaste({ text: '', html: html('de') })).date).toBe('2024-05-03');
    expect((await draftFromPaste({ text: '', html: html('en-US') })).date).toBe('2024-03-05');
  });
});

describe('the byline of an HTML paste', () => {
  it('leaves out the site named beside an author or credited as the author', async () => {
    const withOutlet = page(
      '<meta property="og:site_name" content="Harbour Gazette"><meta name="author" content="Jane Roe, Harbour Gazette">',
    );
    expect(pageMeta(withOutlet).authors).toEqual(['Jane Roe']);
    expect((await draftFromPaste({ text: '', html: withOutlet })).byline).toEqual(['Jane Roe']);
    const siteAsAuthor = page(
      `<meta property="og:site_name" content="Harbour Gazette">${ld({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Harbour Gazette' } })}`,
    );
    expect(pageMeta(siteAsAuthor).authors).toEqual([]);
    const hyphenated = page('<meta property="og:site_name" content="Roe Weekly"><meta name="author" content="Jane Smith-Roe">');
    expect(pageMeta(hyphenated).authors).toEqual(['Jane Smith-Roe']);
  });

  it('cuts the outlet a meta author tag sets after the name as a sentence of its own, not a name’s initial', () => {
    const authors = (head: string) => pageMeta(page(head)).authors;
    expect(authors('<meta name="author" content="Jane Roebuck. Coastal Wire Service">')).toEqual(['Jane Roebuck']);
    expect(authors('<meta name="author" content="Tom J. Hale">')).toEqual(['Tom J. Hale']);
  });

  it('reads the author tags content systems write: a `By` line, a catalogue’s surname first, a JSON-LD creator', async () => {
    const authors = (head: string) => pageMeta(page(head)).authors;
    expect(authors('<meta name="byl" content="By Jane Roe and Tom Hale">')).toEqual(['Jane Roe and Tom Hale']);
    expect((await draftFromPaste({ text: '', html: page('<meta name="byl" content="By Jane Roe and Tom Hale">') })).byline).toEqual([
      'Jane Roe',
      'Tom Hale',
    ]);
    expect(authors('<meta name="DC.creator" content="Roe, Jane">')).toEqual(['Jane Roe']);
    expect(authors('<meta name="citation_author" content="Roe, Jane">')).toEqual(['Jane Roe']);
    expect(authors('<meta name="parsely-author" content="Jane Roe">')).toEqual(['Jane Roe']);
    expect(authors('<meta property="article:author" content="https://social.example/janeroe">')).toEqual([]);
    expect(authors(ld({ '@type': 'NewsArticle', creator: ['Jane Roe'] }))).toEqual(['Jane Roe']);
    expect(
      authors(ld({ '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Jane Roe' } } })),
    ).toEqual(['Jane Roe']);
  });

  it('reads the author schema.org microdata marks when no JSON-LD record or meta tag names one', async () => {
    const marked = (byline: string, head = '') =>
      `<html><head>${head}</head><body><article><h1>Lighthouse keepers return</h1><p class="credit">${byline}</p>${STORY}</article></body></html>`;
    const authors = (byline: string, head?: string) => pageMeta(marked(byline, head)).authors;
    const person =
      '<span itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Jane Roe"></span>';
    expect(authors(person)).toEqual(['Jane Roe']);
    expect((await draftFromPaste({ text: '', html: marked(person) })).byline).toEqual(['Jane Roe']);
    expect(authors('<a itemprop="author" href="/staff/roe"><span itemprop="name">Jane Roe</span></a>')).toEqual(['Jane Roe']);
    expect(authors('<a itemprop="creator author" href="/staff/roe">By Jane Roe</a>')).toEqual(['Jane Roe']);
    expect(
      authors(
        '<span itemprop="author" itemscope><span itemprop="name">Jane Roe</span></span> and <span itemprop="author" itemscope><span itemprop="name">Tom Hale</span></span>',
      ),
    ).toEqual(['Jane Roe', 'Tom Hale']);
    expect(authors(person, '<meta name="author" content="Tom Hale">')).toEqual(['Tom Hale']);
    expect(
      authors('<a itemprop="author" href="https://social.example/janeroe"><span itemprop="url">https://social.example/janeroe</span></a>'),
    ).toEqual([]);
    expect(authors('<span itemprop="author">{{ author.name }}</span> <span itemprop="author">siteadmin</span>')).toEqual([]);
    const related = ['Ann Bell', 'Bo Chan', 'Cy Dunn', 'Di Eng', 'Ed Fox']
      .map((n) => `<li><a href="/story">Another story</a> <span itemprop="author">${n}</span></li>`)
      .join('');
    expect(authors(`<ul>${related}</ul>`)).toEqual([]);
  });
});
