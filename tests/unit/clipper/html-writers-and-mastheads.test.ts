import { describe, expect, it } from 'vitest';
import { draftFromPaste } from '../../../electron/core/clipper/draft-from-paste.js';
import { pageHeadline, pageMeta } from '../../../electron/core/clipper/page-meta.js';
import { sourceFromFooter } from '../../../electron/shared/clipper/source.js';
import { FERRY_STORY } from './made-up-page.js';

const STORY = FERRY_STORY.map((p) => `<p>${p}</p>`).join('');

const HEADLINE = 'Island ferry to sail twice a day from April';

/** A made-up page with no canonical address: its head and the parts around the story are given. */
const page = (head: string, top: string, bottom = '', footer = '') =>
  `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${top}<main><article><h1>${HEADLINE}</h1>` +
  `<div class="story-text">${STORY}</div>${bottom}</article></main><footer>${footer}</footer></body></html>`;

const draftOf = (html: string) => draftFromPaste({ text: '', html }, { readAt: new Date('2024-03-10T00:00:00Z') });

describe('the writer of a pasted HTML page', () => {
  it('is not the login handle the author tag holds, but the name the post credits', async () => {
    const html = page(
      `<title>${HEADLINE}</title><meta name="author" content="jroe">`,
      '<nav><a href="/">Home</a><a href="/news">News</a></nav>',
      '<div class="post-footer">Posted by <span class="fn">Jane Roe</span> at 18:47 · 4 comments</div>',
    );
    expect(pageMeta(html).authors).toEqual([]);
    expect((await draftOf(html)).byline).toEqual(['Jane Roe']);
  });

  it('is the one the page’s lines name, not the outlet its source label credits and the author tag repeats', async () => {
    const html = page(
      `<title>${HEADLINE}</title><meta name="author" content="Skerrin Wire">`,
      '<nav><a href="/">Home</a><a href="/news">News</a></nav>',
      '',
    ).replace(
      `<h1>${HEADLINE}</h1>`,
      `<h1>${HEADLINE}</h1><div class="info"><span>Source: Skerrin Wire</span></div><p class="byline">By Tomas Vell</p>`,
    );
    expect((await draftOf(html)).byline).toEqual(['Tomas Vell']);
  });

  it('is the Chinese writer a header labels, not the agency the author tag and the source label name', async () => {
    const cjk = (label: string) =>
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>青州地铁五号线开通运营_东海新闻网</title>` +
      `<meta name="author" content="海州社"></head><body><div class="logo"><img src="/logo.png" alt="东海新闻网"></div>` +
      `<h1>青州地铁五号线开通运营</h1><div class="info"><span>2026-04-18 10:26</span><span>${label}</span><span>作者：王一鸣 李佳</span></div>` +
      '<div class="content"><p>青州地铁五号线今天上午正式开通运营，全线共设车站二十二座，连接城市东部新区与老城区，沿线居民出行时间将大大缩短。</p>' +
      '<p>据介绍，五号线全长约三十公里，采用六节编组列车，高峰时段行车间隔不超过四分钟，可满足沿线大客流的出行需要。</p>' +
      '<p>市交通部门有关负责人表示，五号线开通后，青州地铁运营总里程将超过两百公里，城市轨道交通网络进一步完善。</p></div></body></html>';
    expect((await draftOf(cjk('来源：海州社'))).byline).toEqual(['王一鸣', '李佳']);
  });
});

describe('the writer of a pasted HTML page whose JSON-LD credits an organisation', () => {
  const ld = (author: object) =>
    `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: HEADLINE, author })}</script>`;

  it('is the person the author tag or the byline names, the organisation standing in only where none is named', async () => {
    const desk = ld({ '@type': 'Organization', name: 'Harbour Desk' });
    const tagged = page(`<title>${HEADLINE}</title>${desk}<meta name="author" content="Ivo Marsh">`, '<nav><a href="/">Home</a></nav>');
    expect(pageMeta(tagged).authors).toEqual(['Ivo Marsh']);
    const lined = page(`<title>${HEADLINE}</title>${desk}`, '<nav><a href="/">Home</a></nav>').replace(
      `<h1>${HEADLINE}</h1>`,
      `<h1>${HEADLINE}</h1><p class="byline">By Tomas Vell</p>`,
    );
    expect((await draftOf(lined)).byline).toEqual(['Tomas Vell']);
    expect(pageMeta(page(`<title>${HEADLINE}</title>${desk}`, '')).outletAuthors).toEqual(['Harbour Desk']);
  });
});

describe('the writer of a pasted HTML page that Readability reads from a byline element', () => {
  it('is the name a label gives among the element’s date and counts', async () => {
    const html = page(`<title>${HEADLINE}</title>`, '<nav><a href="/">Home</a><a href="/news">News</a></nav>').replace(
      `<h1>${HEADLINE}</h1>`,
      `<h1>${HEADLINE}</h1><div class="date-author"><span>4 March 2024, 14:05</span> <span>Author: <a href="/a/ivo">Ivo Marsh</a></span> <span>Views: 2 317</span></div>`,
    );
    expect((await draftOf(html)).byline).toEqual(['Ivo Marsh']);
  });

  it('is the name on the first line of an author box, not the role under it', async () => {
    const html = page(
      `<title>${HEADLINE}</title>`,
      '<nav><a href="/">Home</a><a href="/news">News</a></nav>',
      '<div class="n-author"><img src="/ivo.jpg" alt=""><div><b>Ivo Marsh</b><br>transport correspondent</div></div>',
    );
    expect((await draftOf(html)).byline).toEqual(['Ivo Marsh']);
  });
});

describe('the source of a pasted HTML page whose markup names no site', () => {
  it('is the title’s part after the headline that the page’s logo shows', async () => {
    const html = page(
      `<title>${HEADLINE} – The Aldmoor Courier</title>`,
      '<div id="masthead"><a href="/"><img src="/banner.png" alt="The Aldmoor Courier"></a></div>',
      '',
      '<p>© 2024 • Privacy Policy • Theme by Example Themes • Log in</p>',
    );
    expect(pageMeta(html).source).toBe('The Aldmoor Courier');
    expect((await draftOf(html)).source).toBe('The Aldmoor Courier');
  });

  it('is the title’s part after the headline that a label of the page shows, or its logo by its first words', async () => {
    const label = page(
      `<title>Ferry notice | Aldmoor Harbour Board</title>`,
      '<header><span class="agency-name">Aldmoor Harbour Board</span></header>',
    );
    expect(pageMeta(label).source).toBe('Aldmoor Harbour Board');
    const seal = page(
      `<title>Ferry notice | Aldmoor Harbour Board</title>`,
      '<header><img src="/seal.png" alt="Aldmoor Harbour Board seal"></header>',
    );
    expect(pageMeta(seal).source).toBe('Aldmoor Harbour Board');
  });

  it('is a blog’s name before the post’s title when its home link shows it', async () => {
    const html = page(
      `<title>Skerrin Notebook: Ferry twice a day!</title>`,
      '<div id="header"><h1><a href="/">Skerrin Notebook</a></h1></div>',
    );
    expect(pageMeta(html).source).toBe('Skerrin Notebook');
    expect(pageHeadline('Skerrin Notebook: Ferry twice a day!', 'Skerrin Notebook')).toBe('Ferry twice a day!');
  });

  it('is not a section of the menu, nor a kicker, that the title names', async () => {
    const section = page(`<title>${HEADLINE} | Arts &amp; Culture</title>`, '<nav><a href="/arts">Arts &amp; Culture</a></nav>');
    expect(pageMeta(section).source).toBeNull();
    const kicker = page(`<title>Analysis: ${HEADLINE}</title>`, '<p class="kicker">Analysis</p>');
    expect(pageMeta(kicker).source).toBeNull();
  });
});

describe('the source of a pasted HTML page whose markup names only its publisher', () => {
  const ld = (publisher: string) =>
    `<script type="application/ld+json">${JSON.stringify({ '@type': 'BlogPosting', headline: HEADLINE, publisher: { '@type': 'Organization', name: publisher } })}</script>`;

  it('is the masthead on the home link, not the company the publisher record names', async () => {
    const html = page(
      `<title>${HEADLINE}</title>${ld('Aldmoor Legal Media Group LLC')}`,
      '<div class="site-title"><a href="/">The Ferry Log</a></div>',
    );
    expect(pageMeta(html).source).toBe('The Ferry Log');
    const logo = page(
      `<title>${HEADLINE}</title>${ld('Aldmoor Media')}`,
      '<div class="masthead"><a href="/"><img src="/logo.svg" alt="Aldmoor Magazine"></a></div>',
    );
    expect(pageMeta(logo).source).toBe('Aldmoor Magazine');
  });

  it('is the publisher where the home link shows no name of its own', () => {
    const html = page(
      `<title>${HEADLINE}</title>${ld('Aldmoor Courier')}`,
      '<nav><a href="/">Home</a></nav><a href="/"><img src="/l.png" alt="Aldmoor Courier logo"></a>',
    );
    expect(pageMeta(html).source).toBe('Aldmoor Courier');
  });

  it('is the publisher where the only named link to a root is to another host', () => {
    const html = page(
      `<link rel="canonical" href="https://www.aldmoorcourier.example/news/ferry"><title>${HEADLINE}</title>${ld('Aldmoor Courier')}`,
      '<nav><a href="/">Home</a><a href="https://ferryhour.example.org">The Ferry Hour</a></nav>',
    );
    expect(pageMeta(html).source).toBe('Aldmoor Courier');
  });

  it('is the name a phone shows for the saved site, where no other tag names it', () => {
    expect(pageMeta(page(`<meta name="apple-mobile-web-app-title" content="Aldmoor Courier">`, '')).source).toBe('Aldmoor Courier');
  });
});

describe('the outlet a copyright footer names', () => {
  it('is none where the sign stands before the footer’s links, and ends where they begin', () => {
    expect(sourceFromFooter('© 2024 • Privacy Policy • Theme by Example Themes • Log in')).toBeNull();
    expect(sourceFromFooter('© 2024 Aldmoor Courier Privacy Policy Terms of Use')).toBe('Aldmoor Courier');
  });
});
