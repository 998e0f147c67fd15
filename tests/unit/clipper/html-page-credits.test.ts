import { describe, expect, it } from 'vitest';
import { draftFromPaste } from '../../../electron/core/clipper/draft-from-paste.js';
import { dateFromUrl } from '../../../electron/shared/clipper/page-url.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { FERRY_STORY } from './made-up-page.js';

const HEADLINE = 'Island ferry to sail twice a day from April';
const paragraphs = (texts: readonly string[]) => texts.map((p) => `<p>${p}</p>`).join('');

/** A made-up news page: its head, what stands between the headline and the story, and the story. */
const page = (head: string, header: string, story: readonly string[] = FERRY_STORY, after = '') =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${HEADLINE}</title>${head}</head><body>` +
  `<nav><a href="/">Home</a><a href="/news">News</a></nav><main><article><h1>${HEADLINE}</h1>${header}` +
  `<div class="story-text">${paragraphs(story)}</div>${after}</article></main></body></html>`;

const draftOf = (html: string) => draftFromPaste({ text: '', html }, { readAt: new Date('2026-03-10T00:00:00Z') });

const ld = (record: object) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', ...record })}</script>`;

describe('the writers of a pasted HTML page', () => {
  it('are the two a French credit names around the writer’s job, in a block under the standfirst that also dates the story', async () => {
    const html = page(
      '',
      '<p class="chapo">Le bac de l’île passera à deux rotations par jour dès le printemps, a annoncé la compagnie maritime mardi.</p>' +
        '<div class="signature"><div>Par <b>Lise Marchal</b>, journaliste, avec <b>Paul Vernet</b><br>' +
        '<span>Publié le 3 mars 2026 à 9h40</span></div></div>',
    );
    expect((await draftOf(html)).byline).toEqual(['Lise Marchal', 'Paul Vernet']);
  });

  it('are the name a post header gives after its date, where the author tag holds a login handle', async () => {
    const html = page(
      '<meta name="author" content="lmarchal">',
      '<div class="entry-meta"><span>Posted on <time datetime="2026-03-03">March 3, 2026</time></span>' +
        '<span class="byline"> by <a href="/author/lmarchal/">Lise Marchal</a></span></div>',
    );
    expect((await draftOf(html)).byline).toEqual(['Lise Marchal']);
  });

  it('are the ones the markup credits, not a colleague a line under the story says contributed to it', async () => {
    const closing = '<p>Wire writer Ada Brenlow in Portree contributed to this report.</p><p>Additional reporting by Ian Rolle</p>';
    const html = page(ld({ headline: HEADLINE, author: [{ '@type': 'Person', name: 'Lise Marchal' }] }), '', FERRY_STORY, closing);
    expect((await draftOf(html)).byline).toEqual(['Lise Marchal']);
  });

  it('are each writer a byline box lists over their role, and a byline’s date still reads with its name', async () => {
    const box =
      '<div class="byline"><div><span class="name">Lise Marchal</span><span class="role">Transport correspondent</span></div>' +
      '<div><span class="name">Paul Vernet</span><span class="role">Data editor</span></div></div>';
    expect((await draftOf(page('', box))).byline).toEqual(['Lise Marchal', 'Paul Vernet']);
    const dated = '<div class="byline"><h4>Lise Marchal</h4><div>Mar 3, 2026</div></div>';
    const draft = await draftOf(page('', dated));
    expect([draft.byline, draft.date]).toEqual([['Lise Marchal'], '2026-03-03']);
  });

  it('are the name a header gives with the place the writer reports from', async () => {
    const header = '<div class="author"><div class="name">Lise Marchal, à Portree</div><div class="date">Le 03/03/2026 à 18:05</div></div>';
    expect((await draftOf(page('', header))).byline).toEqual(['Lise Marchal']);
  });

  it('still take in a contributor where a text alone names its writers', () => {
    const text = ['By Lise Marchal', '', ...FERRY_STORY, 'Wire writer Ada Brenlow in Portree contributed to this report.'].join('\n\n');
    expect(parseClip(text).byline).toEqual(['Lise Marchal', 'Ada Brenlow']);
  });
});

describe('the source of a pasted HTML page carrying a wire’s story', () => {
  const [lede, ...rest] = FERRY_STORY;

  it('is the wire’s full name the page credits its staff by, not the initials its dateline gives', async () => {
    const html = page(
      '<meta property="og:site_name" content="Portree Gazette">',
      '',
      [`PORTREE, Scotland (CP) — ${lede}`, ...rest],
      '<p>Castle Press writer Ada Brenlow in Oban contributed to this report.</p>',
    );
    expect((await draftOf(html)).source).toBe('Castle Press');
  });

  it('is the site’s own name for a well-known wire’s bare initials', async () => {
    const html = page('<meta property="og:site_name" content="Portree Gazette">', '', [`PORTREE, Scotland (AP) — ${lede}`, ...rest]);
    expect((await draftOf(html)).source).toBe('Portree Gazette');
  });

  it('is the issuing company for a press release on its own newsroom, not the wire that distributes it', async () => {
    const html = page('<meta property="og:site_name" content="Skerry Boats">', '', [
      `OBAN, Scotland, March 3, 2026 /Westwire/ -- Skerry Boats today announced a new yard in Oban. ${lede}`,
      ...rest,
      'About Skerry Boats',
      'Skerry Boats builds electric workboats for fish farms and harbours around the coasts of Scotland and Norway.',
    ]);
    expect((await draftOf(html)).source).toBe('Skerry Boats');
  });

  it('is the issuing company for a press release pasted as a whole page’s text, and the wire for the release alone', () => {
    const release = [
      `OBAN, Scotland, March 3, 2026 /Westwire/ -- Skerry Boats today announced a new yard in Oban. ${FERRY_STORY[0]}`,
      ...FERRY_STORY.slice(1),
      'About Skerry Boats',
      'Skerry Boats builds electric workboats for fish farms and harbours around the coasts of Scotland and Norway.',
    ];
    const menu = ['Skerry Boats', 'Home', 'Products', 'Newsroom', 'Careers', 'Contact', 'Search'];
    const footer = ['Privacy', 'Terms', 'Cookies', 'Sitemap', '© 2026 Skerry Boats Ltd'];
    expect(parseClip([...menu, HEADLINE, ...release, ...footer].join('\n')).source).toBe('Skerry Boats');
    expect(parseClip([HEADLINE, '', ...release].join('\n\n')).source).toBe('Westwire');
    expect(parseClip([HEADLINE, '', ...release, 'SOURCE Skerry Boats'].join('\n\n')).source).toBe('Westwire');
  });
});

describe('the date of a pasted HTML page', () => {
  it('is the publication day its header shows, where the markup’s publication time is the later update’s', async () => {
    const html = page(
      ld({ headline: HEADLINE, datePublished: '2026-03-04T10:02:00+01:00', dateModified: '2026-03-04T10:02:00+01:00' }),
      '<p class="dates">Published 3 March 2026, 08:15 · Updated 4 March 2026, 10:02</p>',
    );
    expect((await draftOf(html)).date).toBe('2026-03-03');
  });

  it('is the markup’s where the header’s update is another day', async () => {
    const html = page(
      ld({ headline: HEADLINE, datePublished: '2026-03-04T10:02:00+01:00' }),
      '<p class="dates">Published 3 March 2026, 08:15 · Updated 5 March 2026, 10:02</p>',
    );
    expect((await draftOf(html)).date).toBe('2026-03-04');
  });

  it('is read from the address the article record gives, when nothing else dates it', async () => {
    const html = page(ld({ headline: HEADLINE, mainEntityOfPage: { '@id': 'https://example.org/news/20260305/ferry-timetable' } }), '');
    expect((await draftOf(html)).date).toBe('2026-03-05');
  });
});

describe('the date in a page’s address', () => {
  it('is read from a path written as one number, but not from a longer number or the host', () => {
    expect(dateFromUrl('https://example.org/news/20260305/ferry-timetable')).toBe('2026-03-05');
    expect(dateFromUrl('https://example.org/news/ferry-timetable-20260305.html')).toBe('2026-03-05');
    expect(dateFromUrl('https://example.org/news/ferry-timetable-2026030512.html')).toBeNull();
    expect(dateFromUrl('https://20260305.example.org/news/ferry')).toBeNull();
  });

  it('dates a text pasted with its address when the text gives no date', () => {
    expect(parseClip([HEADLINE, ...FERRY_STORY].join('\n\n'), { pageUrl: 'https://example.org/2026/03/05/ferry' }).date).toBe('2026-03-05');
  });
});
