import { describe, expect, it } from 'vitest';
import { draftFromPaste } from '../../../electron/core/clipper/draft-from-paste.js';
import { HARBOUR_STORY as STORY } from './made-up-page.js';

describe('the headline and date a pasted HTML page shows', () => {
  const draftOf = (html: string) => draftFromPaste({ text: '', html }, { readAt: new Date('2024-06-01T00:00:00Z') });
  const STORY_HTML = `<div class="story-text">${STORY.map((p) => `<p>${p}</p>`).join('')}</div>`;

  it('dates a post by the address its permalink gives, where the page names no address of its own', async () => {
    const html = `<!doctype html><html><head><title>Harbour board votes to dredge</title></head><body><h2><a rel="bookmark" href="https://coast-echo.example/2024/03/14/harbour-board-votes-to-dredge/">Harbour board votes to dredge</a></h2>${STORY_HTML}</body></html>`;
    expect((await draftOf(html)).date).toBe('2024-03-14');
  });

  it('takes the headline the page shows where the markup’s is the site’s name on a home address', async () => {
    const html = `<!doctype html><html><head><title>Coast Echo — news of the coast</title><meta property="og:title" content="Coast Echo"><meta property="og:url" content="https://coast-echo.example/"></head><body><main><h1>Harbour board votes to dredge the inner basin</h1>${STORY_HTML}</main></body></html>`;
    expect((await draftOf(html)).title).toBe('Harbour board votes to dredge the inner basin');
  });

  it('takes the headline the page shows where the markup gives none and the document’s title repeats it', async () => {
    const html = `<!doctype html><html><head><title>In pictures: Harbour board votes to dredge the inner basin • Coast Echo</title></head><body><main><h1>In pictures: Harbour board votes to dredge the inner basin</h1>${STORY_HTML}</main></body></html>`;
    expect((await draftOf(html)).title).toBe('In pictures: Harbour board votes to dredge the inner basin');
  });

  it('dates a story the markup does not date by the day its timestamp prints, not the next day in UTC', async () => {
    const printed = `<!doctype html><html><head><title>Harbour board votes to dredge the inner basin</title></head><body><main><h1>Harbour board votes to dredge the inner basin</h1><p class="date">Published March 14, 2024 at 7:05 PM CST</p>${STORY_HTML}</main></body></html>`;
    expect((await draftOf(printed)).date).toBe('2024-03-14');
  });
});

describe('the writers of a pasted HTML page', () => {
  const draftOf = (html: string) => draftFromPaste({ text: '', html }, { readAt: new Date('2024-06-01T00:00:00Z') });
  const STORY_HTML = `<div class="story-text">${STORY.map((p) => `<p>${p}</p>`).join('')}</div>`;
  const pageWith = (head: string, header: string, after = '') =>
    `<!doctype html><html><head><title>Harbour board votes to dredge the inner basin</title>${head}</head><body><article><h1>Harbour board votes to dredge the inner basin</h1>${header}${STORY_HTML}</article>${after}</body></html>`;

  it('are not the authors the microdata of another story’s teaser in an aside names', async () => {
    const html = pageWith(
      '',
      '<div class="meta"><span itemprop="author" itemscope><span itemprop="name">Mara Brenlow</span></span></div>',
      '<aside><h3>More stories</h3><div><a href="/b">Lifeboat crew honoured</a> <span itemprop="author">Ewan Petrie</span></div></aside>',
    );
    expect((await draftOf(html)).byline).toEqual(['Mara Brenlow']);
  });
});
