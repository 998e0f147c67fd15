import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleFromDom } from '../../../electron/core/clipper/article-from-dom.js';
import { draftFromPaste, isMarkupText } from '../../../electron/core/clipper/draft-from-paste.js';
import { pageMeta } from '../../../electron/core/clipper/page-meta.js';
import { QUICK_READING_NOTICE, readHtml } from '../../../electron/core/clipper/read-html.js';
import { PasteWorker, pasteWorker } from '../../../electron/core/clipper/paste-thread.js';
import { warmPasteReading } from '../../../electron/core/clipper/warm-up.js';
import { withoutInertParts } from '../../../electron/core/clipper/rough-html-text.js';
import { ApiError } from '../../../electron/shared/api/errors.js';
import { readPaste } from '../../../electron/shared/clipper/read-paste.js';

/** The DOM reading alone, in this thread, as the worker does it. */
const htmlToText = (html: string) => articleFromDom(withoutInertParts(html), pageMeta(html)).text;

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

  it('keeps a table of figures as one row to a paragraph, header and all, and a page laid out in a table block by block', async () => {
    const rows = [
      ['1', 'Ann Reyes', '5,040', '12%'],
      ['2', 'Tomas Berg', '4,980', '11%'],
      ['3', 'Lena Okafor', '4,215', '9%'],
    ];
    const html = `<html><head><title>Regional vote count</title></head><body><article><h1>Regional vote count</h1>
<p>The electoral board published the final count for the northern district on Sunday evening, after two recounts.</p>
<table><tr><th>Rank</th><th>Candidate</th><th>Votes</th><th>Share</th></tr>
${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</table>
<p>Turnout was the highest in the district since the board began keeping records, officials said.</p>
<table><tr><td><p>The second count was ordered after a dispute over postal ballots from two villages.</p>
<p>Observers from three parties watched it, and none raised an objection afterwards.</p></td></tr></table>
</article></body></html>`;
    const draft = await draftFromPaste({ text: '', html });
    expect(draft.paragraphs).toEqual(
      expect.arrayContaining(['Rank | Candidate | Votes | Share', '1 | Ann Reyes | 5,040 | 12%', '3 | Lena Okafor | 4,215 | 9%']),
    );
    expect(draft.paragraphs).toContain('Observers from three parties watched it, and none raised an objection afterwards.');
    expect(draft.paragraphs.every((p) => !p.includes('postal ballots') || !p.includes('|'))).toBe(true);
  });

  it('lets no script, style or event handler through', () => {
    const text = htmlToText(ARTICLE);
    for (const bad of ['stolen', 'cookie', 'injected', 'alert', 'evil', 'onerror', 'onclick', 'color: red', 'javascript:'])
      expect(text).not.toContain(bad);
  });

  it('feeds the text pipeline', async () => {
    const draft = await draftFromPaste({ text: '', html: ARTICLE });
    expect(draft.title).toBe('Harbour reopens after storm');
    expect(draft.date).toBe('2024-05-02');
    expect(draft.source).toBe('Reuters');
    expect(draft.byline).toEqual(['Jane Roe']);
    expect(draft.quotes.map((q) => q.speaker)).toEqual(['Maria Lopez', 'Maria Lopez']);
  });

  it('takes the headline and the site’s own name from the page’s markup', async () => {
    const page = `<!doctype html><html><head><title>Tide tables | Coast Weekly</title>
<meta property="og:title" content="Tide tables &#8211; &#163;2 a copy"><meta property="og:site_name" content="Coast Weekly | News for the coast">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tide tables","publisher":{"@type":"Organization","name":"Coast Holdings"}}</script></head>
<body><p>Posted by the desk</p><article><h2>Tide tables</h2>
<p>The harbour office printed its tide tables for the summer on Monday, a week later than usual because of a fault at the printer.</p>
<p>Copies are free at the office and at the ferry terminal, and the tables are posted on the noticeboard by the slipway as before.</p>
<p>Boat owners said the delay had made planning the first weekend of the season harder than it needed to be this year.</p></article></body></html>`;
    const draft = await draftFromPaste({ text: '', html: page });
    expect(draft.title).toBe('Tide tables');
    expect(draft.source).toBe('Coast Weekly');
    expect(draft.paragraphs.filter((p) => p === 'Tide tables')).toEqual([]);
    expect(pageMeta(page.replace('"headline":"Tide tables",', '')).headline).toBe('Tide tables – £2 a copy');
  });

  it('takes the byline from a `By` line above the article whose element no class or rel marks as one', async () => {
    const copied = `<meta charset="utf-8"><h1>Dock strike halts grain exports</h1>
<div class="meta"><span>By <a href="/people/lena-marsh">Lena Marsh</a> and <a href="/people/tom-okafor">Tom Okafor</a></span> <span>Trade Correspondents</span></div>
<p>Dock workers at the country's largest port walked out on Tuesday after wage talks collapsed, halting grain shipments bound abroad.</p>
<p>"We have been patient for eleven months. Patience has run out," said Karin Bos, who leads the dockers' union, outside the gates.</p>`;
    const draft = await draftFromPaste({ text: '', html: copied });
    expect(draft.byline).toEqual(['Lena Marsh', 'Tom Okafor']);
    expect(draft.paragraphs[0]).toMatch(/^Dock workers/);
  });

  it('takes the date, source and author from the line above a Chinese article, and its headline without the site’s name', async () => {
    const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>青州地铁五号线开通运营_东海新闻网</title>
<meta property="og:site_name" content="东海新闻网"></head><body>
<div class="nav"><a>首页</a> <a>新闻</a> <a>财经</a></div>
<h1>青州地铁五号线开通运营</h1>
<div class="info"><span>2026-04-18 09:30</span> <span>来源：东海日报</span> <span>作者：李晓燕</span></div>
<div class="article"><p>青州地铁五号线18日正式开通运营，全长32公里，设站20座，连接城北新区与高铁站，城北居民出行时间大大缩短。</p>
<p>“五号线开通后，城北居民到高铁站只需25分钟。”青州地铁集团副总经理周建华在开通仪式上表示。</p>
<p>据介绍，五号线采用全自动运行系统，高峰时段发车间隔为三分钟，市民可以使用手机扫码乘车。</p></div></body></html>`;
    const draft = await draftFromPaste({ text: '', html: page });
    expect(draft).toMatchObject({ title: '青州地铁五号线开通运营', date: '2026-04-18', source: '东海日报', byline: ['李晓燕'] });
    expect(draft.places).toContain('城北新区');
  });

  it('credits a portal’s story to the paper its source line names, not to a picture library above it', async () => {
    const portal = (
      info: string,
    ) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>青州地铁五号线开通运营_城南门户网</title>
<meta property="og:site_name" content="城南门户网"><meta property="article:published_time" content="2026-04-18T09:30:00+08:00"></head><body>
<div class="nav"><a>首页</a> <a>新闻</a> <a>财经</a></div>
<h1>青州地铁五号线开通运营</h1>
<div class="info">${info}</div>
<div class="article"><p>青州地铁五号线18日正式开通运营，全长32公里，设站20座，连接城北新区与高铁站，城北居民出行时间大大缩短。</p>
<p>“五号线开通后，城北居民到高铁站只需25分钟。”青州地铁集团副总经理周建华在开通仪式上表示。</p>
<p>据介绍，五号线采用全自动运行系统，高峰时段发车间隔为三分钟，市民可以使用手机扫码乘车。</p></div></body></html>`;
    const credited = await draftFromPaste({
      text: '',
      html: portal('来源：东海日报　作者：李晓燕　发布时间：2026-04-18 09:30　<span>字号：大 中 小</span>'),
    });
    expect(credited.source).toBe('东海日报');
    const photo = await draftFromPaste({ text: '', html: portal('<figure><figcaption>Source: Getty Images</figcaption></figure>') });
    expect(photo.source).toBe('城南门户网');
  });

  it('reads a short clipboard fragment that Readability does not take for an article', () => {
    expect(htmlToText('<p>First line</p><p>Second <b>bold</b> line<br>after a break</p>')).toBe(
      'First line\n\nSecond bold line\nafter a break',
    );
  });

  it('survives malformed HTML', () => {
    expect(htmlToText('<p>open <b>bold <i>both</p><p>next')).toContain('open bold both');
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(
              '<p>',
              '</p>',
              '<div',
              '>',
              '<script>',
              '</script>',
              '<!--',
              '-->',
              '<br/>',
              '&amp;',
              '&#0;',
              '<',
              '"',
              "'",
              'onload=',
              '<img src=x onerror=alert(1)>',
              '<svg><script>x</script>',
            ),
            fc.string({ maxLength: 20 }),
          ),
          { maxLength: 40 },
        ),
        (parts) => {
          const text = htmlToText(parts.join(''));
          expect(typeof text).toBe('string');
          expect(text).not.toMatch(/<script|onerror=alert/iu);
        },
      ),
      { numRuns: 100 },
    );
  }, 120_000);
});

describe('readHtml', () => {
  it('reads the article in the worker, with the page address', async () => {
    const reading = await readHtml(
      ARTICLE.replace('<head>', '<head><link rel="canonical" href="https://news.example.org/2024/05/02/harbour-reopens">'),
    );
    expect(reading.notice).toBeNull();
    expect(reading.url).toBe('https://news.example.org/2024/05/02/harbour-reopens');
    expect(reading.text).toContain('Ships queued outside the breakwater');
    expect(reading.text).not.toContain('World');
  });

  it('reads hostile HTML without a DOM and says so', async () => {
    for (const hostile of [
      '<b>x</b>'.repeat(16_384),
      '<div>'.repeat(20_000) + 'deep<script>alert(1)</script>' + '</span>'.repeat(10),
      '<p>a</p>'.repeat(100_000),
    ]) {
      const reading = await readHtml(hostile);
      expect(reading.notice).toBe(QUICK_READING_NOTICE);
      expect(reading.text).not.toContain('alert');
    }
  });
});

describe('draftFromPaste', () => {
  it('refuses a paste that is empty, or empty once its HTML is read', async () => {
    await expect(draftFromPaste({ text: '  ' })).rejects.toThrow(ApiError);
    await expect(draftFromPaste({ text: '', html: '<script>alert(1)</script><style>p{}</style>' })).rejects.toThrow(/empty/u);
  });

  it('refuses 20 MB with a clear limit message', async () => {
    const huge = 'word '.repeat(4_000_000);
    await expect(draftFromPaste({ text: huge })).rejects.toThrow(/limit is 5,000,000 characters/u);
  });

  it('reads a text paste that is the source of a page fragment as HTML, and leaves text that only mentions a tag alone', async () => {
    const source = `<section class="story">
<h2>Ferry crews vote to strike at Quarrington</h2>
<p class="author">By <a href="/staff/ines-marlow">Ines Marlow</a></p>
<p>Crews on the Quarrington ferry voted on Monday to strike for two days next month.</p>
<p>"We have run out of patience," said union organiser Tobias Wren.</p>
</section>`;
    const draft = await draftFromPaste({ text: source });
    expect(draft.title).toBe('Ferry crews vote to strike at Quarrington');
    expect(draft.byline).toEqual(['Ines Marlow']);
    expect(draft.paragraphs.join(' ')).not.toMatch(/<\/?p/u);
    expect(draft.quotes).toEqual([{ speaker: 'Tobias Wren', text: 'We have run out of patience' }]);
    expect(isMarkupText('Use the <p> tag for a paragraph.\nIt closes with </p>.')).toBe(false);
    expect(isMarkupText('<jo@example.net> wrote:\nSee below.')).toBe(false);
  });

  it('falls back to the text when the HTML holds nothing', async () => {
    expect((await draftFromPaste({ text: 'A plain paragraph of text.', html: '<div></div>' })).paragraphs).toEqual([
      'A plain paragraph of text.',
    ]);
  });

  it("reads a long text off the core's thread, which stays free to answer meanwhile, and gives the same draft", async () => {
    const paragraph = 'The harbour board met on Monday and agreed to reopen the northern quay, the port authority said in a statement.';
    const text = `Harbour reopens\n\nBy Ann Lee\n\n${Array.from({ length: 2_000 }, (_, i) => `${paragraph} Item ${i}.`).join('\n\n')}`;
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const draft = await draftFromPaste({ text });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(3);
    expect(draft.byline).toEqual(['Ann Lee']);
    expect(draft.paragraphs).toHaveLength(readPaste(text).paragraphs.length);
  });

  it('returns a draft with the notice for 128 KB of bold runs, and the page address', async () => {
    const html =
      '<html><head><meta property="og:url" content="https://example.net/a"></head><body>' + '<b>x</b>'.repeat(16_384) + '</body></html>';
    const draft = await draftFromPaste({ text: '', html });
    expect(draft.notices).toEqual([QUICK_READING_NOTICE]);
    expect(draft.url).toBe('https://example.net/a');
    expect(draft.wordCount).toBe(16_384);
  });
});

describe('the paste worker', () => {
  const html = withoutInertParts(ARTICLE);
  const readPage = async (worker: PasteWorker) => {
    const answer = await worker.run({ kind: 'html', html, meta: pageMeta(ARTICLE) }, 20_000);
    return answer?.kind === 'html' ? answer.text : null;
  };

  it('ends when left idle, giving its memory back, and a later paste starts another', async () => {
    const worker = new PasteWorker(150);
    expect(await readPage(worker)).toContain('The harbour reopened');
    expect(worker.running).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(worker.running).toBe(false);
    expect(await readPage(worker)).toContain('Maria Lopez');
  });

  it('reads a text as a clip, and a job that runs out of time fails alone, the next one starting another worker', async () => {
    const worker = new PasteWorker(150);
    const text = 'Harbour reopens after storm\n\nBy Ann Lee\n\nThe harbour reopened on Monday, the port authority said.';
    const answer = await worker.run({ kind: 'text', text, options: {} }, 20_000);
    expect(answer?.kind === 'text' && answer.draft).toMatchObject({
      byline: ['Ann Lee'],
      paragraphs: expect.arrayContaining(['The harbour reopened on Monday, the port authority said.']),
    });
    expect(await worker.run({ kind: 'text', text: text.repeat(2_000), options: {} }, 1)).toBeNull();
    expect(await readPage(worker)).toContain('The harbour reopened');
  });

  it('is started and its reading loaded ahead of a paste by a warm-up, which the next paste finds ready', async () => {
    await warmPasteReading();
    expect(pasteWorker.running).toBe(true);
    const draft = await draftFromPaste({ text: '', html: ARTICLE });
    expect(draft.paragraphs.join(' ')).toContain('The harbour reopened');
  });
});
