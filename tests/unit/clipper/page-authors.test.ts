import { describe, expect, it } from 'vitest';
import { pageMeta } from '../../../electron/core/clipper/page-meta.js';

const page = (head: string, body: string) =>
  `<!doctype html><html><head><title>Harbour crane returns | Example Harbour News</title>${head}</head><body><article><h1>Harbour crane returns</h1>${body}<p>The old crane went back to the quay on Monday after two years of repairs.</p></article></body></html>`;

describe('the authors of an HTML page', () => {
  it('are named by the links HTML marks as the author’s, when no tag names them', () => {
    const html = page(
      '',
      '<div class="by">by <a rel="author" href="/people/ann-lowe/">Ann Lowe</a> and <a href="/people/tom-reed/" rel="author">Tom Reed</a></div>',
    );
    expect(pageMeta(html).authors).toEqual(['Ann Lowe', 'Tom Reed']);
  });

  it('are named by links to the writers’ own pages, where no markup names them', () => {
    const credit = '<p class="credit">text: <a href="/author/alowe/">Ann Lowe</a> / photos: Tom Reed</p>';
    expect(pageMeta(page('', credit)).authors).toEqual(['Ann Lowe']);
    const platform =
      '<div><a href="https://posts.example/@alowe"><img alt=""></a><a href="https://posts.example/@alowe">Ann Lowe</a></div>';
    expect(pageMeta(page('<meta name="author" content="@alowe">', platform)).authors).toEqual(['Ann Lowe']);
  });

  it('are named by links to their profiles and staff pages, and by links a template classes as the writer’s', () => {
    const profile = '<div class="byline-box"><a href="/users/profile/alowe/">Ann Lowe</a><div>Staff Writer</div></div>';
    expect(pageMeta(page('', profile)).authors).toEqual(['Ann Lowe']);
    expect(pageMeta(page('', '<p><a href="/staff/tom-reed">Tom Reed</a></p>')).authors).toEqual(['Tom Reed']);
    const classed = '<div class="meta"><a class="c-author__name" href="/team/7">Ann Lowe</a></div>';
    expect(pageMeta(page('', classed)).authors).toEqual(['Ann Lowe']);
    expect(pageMeta(page('', '<a class="author-link" href="/team/">Meet the team</a>')).authors).toEqual([]);
  });

  it('are not read from author links in menus and asides, nor from a list of many writers', () => {
    const aside = '<aside><a href="/author/alowe/">Ann Lowe</a></aside><nav><a href="/authors/">All Writers</a></nav>';
    expect(pageMeta(page('', aside)).authors).toEqual([]);
    const many = ['Ann Lowe', 'Tom Reed', 'Eve Marsh', 'Ian Dunn', 'Mia Holt'].map((n) => `<a href="/author/${n.split(' ')[1]}/">${n}</a>`);
    expect(pageMeta(page('', `<ul><li>${many.join('</li><li>')}</li></ul>`)).authors).toEqual([]);
  });

  it('leave out the outlet an author field adds after a full stop, but not a middle initial', () => {
    expect(pageMeta(page('<meta name="author" content="Ann Lowe. Example Harbour International">', '')).authors).toEqual(['Ann Lowe']);
    expect(pageMeta(page('<meta name="author" content="Ann K. Lowe Reed">', '')).authors).toEqual(['Ann K. Lowe Reed']);
  });
});
