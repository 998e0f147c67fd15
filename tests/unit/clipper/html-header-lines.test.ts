import { describe, expect, it } from 'vitest';
import { articleFromDom } from '../../../electron/core/clipper/article-from-dom.js';
import { draftFromPaste } from '../../../electron/core/clipper/draft-from-paste.js';
import { pageMeta } from '../../../electron/core/clipper/page-meta.js';
import { withoutInertParts } from '../../../electron/core/clipper/rough-html-text.js';
import { sourceFromFooter, withoutLegalForm } from '../../../electron/shared/clipper/source.js';
import { FERRY_STORY } from './made-up-page.js';

const STORY = FERRY_STORY.map((p) => `<p>${p}</p>`).join('');

/** A made-up page with no date in its markup: only the header the reader sees carries one. */
const page = (header: string) =>
  `<!doctype html><html><head><title>Island ferry to sail twice a day from April</title></head><body>` +
  `<nav><a href="/">Home</a><a href="/news">News</a></nav><main><h1>Island ferry to sail twice a day from April</h1>${header}` +
  `<div class="story-text">${STORY}</div></main><footer><p>© 2024 Aldmoor Courier. All rights reserved.</p></footer></body></html>`;

const draftOf = async (html: string) => draftFromPaste({ text: '', html }, { readAt: new Date('2024-03-10T00:00:00Z') });

describe('the header lines of a pasted HTML page', () => {
  it('reads the date a byline’s line carries after the names', async () => {
    const html = page(
      '<div class="meta-line"><span class="author">By ANN REYES, Harbour Wire</span> <span class="published">Published 9:40 am, Monday, March 4, 2024</span></div>',
    );
    const draft = await draftOf(html);
    expect(draft.date).toBe('2024-03-04');
    expect(draft.byline).toEqual(['Ann Reyes']);
  });

  it('sets a byline apart from the date its element holds, in markup with no space between blocks', async () => {
    const html = page(
      '<div class="byline"><h4 class="author-name"><a href="/a/mora">Mora Lindqvist</a></h4><div class="meta"><time>Mar 4, 2024</time><span> • 4 min read</span></div></div>',
    );
    expect(articleFromDom(withoutInertParts(html), pageMeta(html)).text).not.toContain('LindqvistMar');
    const draft = await draftOf(html);
    expect(draft.byline).toEqual(['Mora Lindqvist']);
    expect(draft.date).toBe('2024-03-04');
  });
});

describe('the writer of a pasted HTML page whose markup names only the site', () => {
  const sitePage = (header: string) =>
    `<!doctype html><html><head><title>Island ferry to sail twice a day from April</title>` +
    `<meta name="author" content="Aldmoor Courier"><meta property="og:site_name" content="Aldmoor Courier"></head><body>` +
    `<nav><a href="/">Home</a><a href="/island">Skerrin</a><a href="/news">News</a></nav><main><article>${header}` +
    `<div class="story-text">${STORY}</div></article></main></body></html>`;

  it('is the one the visible byline credits, not the site the author tag names', async () => {
    const draft = await draftOf(
      sitePage('<h1>Island ferry to sail twice a day from April</h1><div class="byline">By Priya Holm, Transport Reporter</div>'),
    );
    expect(draft.source).toBe('Aldmoor Courier');
    expect(draft.byline).toEqual(['Priya Holm']);
  });

  it('is read between a kicker that is also a menu link and the first paragraph', async () => {
    const draft = await draftOf(
      sitePage(
        '<div class="kicker">Skerrin</div><h1>Island ferry to sail twice a day from April</h1>' +
          '<div class="writer"><img src="/w/holm.jpg" alt="Priya Holm"> <span>By <a href="/w/holm">Priya Holm</a></span></div>',
      ),
    );
    expect(draft.byline).toEqual(['Priya Holm']);
  });
});

describe('the writer of a pasted Chinese HTML page', () => {
  it('is the reporter its header line names among the time and the source', async () => {
    const story = [
      '渡轮管理局周二表示，从四月起，往返奥德穆尔和斯凯林岛之间的渡轮将每天运行两班，结束了围绕这项服务长达两年的争论。',
      '岛上居民自从早班船被取消后就一直要求增加第二班，他们说学生和工人无法按时到达大陆上学或上早班。',
      '管理局表示，增加的航班费用与原计划用于修理码头的费用大致相同，码头维修将推迟到秋天天气允许时进行。',
      '岛上的渔民对这一决定表示欢迎，但警告说斯凯林的码头太短，无法停靠管理局打算在夏季租用的大船。',
    ]
      .map((p) => `<p>${p}</p>`)
      .join('');
    const html =
      `<!doctype html><html><head><title>渡轮将每天运行两班_新闻中心</title><meta name="publishdate" content="2024-03-04"></head><body>` +
      `<div class="nav"><a>首页</a><a>新闻</a></div><h1>渡轮将每天运行两班</h1>` +
      `<div class="info"><span>2024-03-04 09:20</span> <span>来源：奥德穆尔日报</span> <span>记者 林海燕</span> <a>字号：大 中 小</a></div>` +
      `<div class="text">${story}</div><div class="foot">版权所有 奥德穆尔新闻网</div></body></html>`;
    const draft = await draftOf(html);
    expect(draft.byline).toEqual(['林海燕']);
  });
});

describe('the outlet a copyright footer names', () => {
  it('ends at the year and the dash before the rights', () => {
    expect(sourceFromFooter('© Aldmoor Kurier 2024 – Alle Rechte vorbehalten')).toBe('Aldmoor Kurier');
  });

  it('is read without its legal form, and from a footer with no sign', () => {
    expect(withoutLegalForm(sourceFromFooter('© ALDMOOR KURIER GmbH & Co. KG 2024')!)).toBe('ALDMOOR KURIER');
    expect(sourceFromFooter('Aldmoor Courier – All rights reserved')).toBe('Aldmoor Courier');
  });
});
