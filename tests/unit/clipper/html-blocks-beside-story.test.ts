import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { articleFromDom } from '../../../electron/core/clipper/article-from-dom.js';
import { removeArticleFurniture } from '../../../electron/core/clipper/article-furniture.js';
import { pageMeta } from '../../../electron/core/clipper/page-meta.js';
import { withoutInertParts } from '../../../electron/core/clipper/rough-html-text.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { HARBOUR_STORY as STORY } from './made-up-page.js';

/** The body a whole-page HTML paste gives, read in this thread as the worker reads it. */
function body(html: string): string[] {
  const reading = articleFromDom(withoutInertParts(html), pageMeta(html));
  return parseClip(reading.text, { isolated: reading.isolated }).paragraphs;
}

/** A made-up news page: a header, the story's own element holding its paragraphs, with `before` and `after` beside it. */
function page(before: string, after: string, inside = ''): string {
  const [first, second, ...rest] = STORY.map((p) => `<p>${p}</p>`);
  return `<!doctype html><html><head><title>Harbour board votes to dredge the inner basin | Coast Echo</title>
<meta property="og:title" content="Harbour board votes to dredge the inner basin"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Harbour board votes to dredge the inner basin</h1>${before}
<div class="story-text">${first}${second}${inside}${rest.join('')}</div>${after}</article>
<footer><p>© 2024 Coast Echo</p></footer></body></html>`;
}

describe('the blocks an HTML page sets beside its story’s element', () => {
  it('leaves out the summary above the story and the writer’s bio under it', () => {
    const summary =
      '<p class="summary">Two boats ran aground on the spring tides, and the board says the basin cannot wait another year for the work.</p>';
    const bio =
      '<div class="about"><p>Mara Brenlow</p><p>Mara Brenlow covers the harbour, the fishing fleet and the coast for the paper, and has done since the winter of 2015.</p></div>';
    expect(body(page(summary, bio))).toEqual(STORY);
  });

  it('leaves out the short blocks beside the story’s element where that element sits inside a larger one', () => {
    const story = `<div class="story-text">${STORY.map((p) => `<p>${p}</p>`).join('')}</div>`;
    const html = `<!doctype html><html><head><title>Harbour board votes to dredge the inner basin | Coast Echo</title></head><body><main><div>
<section><h1>Harbour board votes to dredge the inner basin</h1><p>Our coast team follows the harbour, its boats and its board all through the year.</p></section>
<section><p>Our coast team reports from every harbour meeting.</p>${story}<section><p>Mara Brenlow and Ewan Petrie, on the quay</p></section></section>
<section><h3>From the same desk</h3><p>Lifeboat crew honoured at the palace for a winter rescue off the point.</p></section></div></main></body></html>`;
    expect(body(html)).toEqual(STORY);
  });

  it('keeps the timestamps under the story, which date it', () => {
    const { document } = parseHTML(
      `<div><div class="content">${STORY.map((p) => `<p>${p}</p>`).join('')}</div><div class="page-info"><p>Published: 4 May 2024</p><p>Last updated: 5 May 2024</p></div></div>`,
    );
    const article = document.querySelector('div')!;
    removeArticleFurniture(article);
    expect(article.textContent).toContain('Published: 4 May 2024');
    expect(article.textContent).toContain('Last updated: 5 May 2024');
  });

  it('keeps a second long run of the story’s text beside its element', () => {
    const more = `<div class="story-more"><p>${'The board expects the basin to silt up again within a decade unless the river is managed upstream, and it will ask the county to share the cost of the work. '.repeat(5)}</p><p>${'Members agreed to report back on the plans in the autumn, once the engineers have surveyed the river bed above the town and costed what they find there. '.repeat(3)}</p></div>`;
    expect(body(page('', more)).join('\n')).toContain('Members agreed to report back on the plans in the autumn');
  });
});

describe('the stamps a feed of entries prints on each', () => {
  it('leaves out each entry’s time and the writer’s name the template repeats, and keeps its heading and text', () => {
    const entries = [
      ['16:48', 'Slipway to close in May', STORY[0]!],
      ['15:10', 'Engineer warns of more silt', STORY[1]!],
      ['14:05', 'Harbour master speaks', STORY[2]!],
    ]
      .map(
        ([time, heading, text]) =>
          `<div class="entry"><span class="stamp">${time}</span><h3>${heading}</h3><p>${text}</p><div class="by">Mara Brenlow</div></div>`,
      )
      .join('');
    const html = `<!doctype html><html><head><title>Harbour live: dredging vote</title></head><body><main><h1>Harbour live: dredging vote</h1><div class="feed">${entries}</div></main></body></html>`;
    const paragraphs = body(html);
    expect(paragraphs).toContain('Slipway to close in May');
    expect(paragraphs).toContain(STORY[2]);
    expect(paragraphs).not.toContain('16:48');
    expect(paragraphs).not.toContain('Mara Brenlow');
  });
  it('keeps a short line the story says again and again where no entry is dated', () => {
    const days = ['Monday', 'Tuesday', 'Wednesday'].map((day, i) => `<h3>${day}</h3><p>Low Tide Walk</p><p>${STORY[i]}</p>`).join('');
    const html = `<!doctype html><html><head><title>A week on the harbour</title></head><body><main><h1>A week on the harbour</h1><div>${days}</div></main></body></html>`;
    expect(body(html).filter((p) => p === 'Low Tide Walk').length).toBeGreaterThanOrEqual(2);
  });
});

describe('a box set into the run of the story’s paragraphs', () => {
  it('leaves out a titled list of facts, and keeps a list the story runs on into', () => {
    const box =
      '<div class="facts"><h4>The basin at a glance</h4><ul><li>Built: 1868</li><li>Depth at low tide: 1.2 m</li><li>Boats: 41</li></ul></div>';
    expect(body(page('', '', box))).toEqual(STORY);
    const list = '<p>The plan has three parts:</p><ul><li>dredging the inner basin in May;</li><li>a pontoon on the outer wall;</li></ul>';
    expect(body(page('', '', list)).join('\n')).toContain('a pontoon on the outer wall');
  });
});

describe('links to other stories set among the story’s paragraphs', () => {
  it('leaves out a run of one-link lists under a short heading, and a run of paragraphs that are each one link', () => {
    const lists =
      '<h4>More:</h4><ul><li><h4><a href="/a">Lifeboat crew honoured</a></h4></li></ul><ul><li><h4><a href="/b">Pier repairs begin</a></h4></li></ul><ul><li><h4><a href="/c">Ferry fares to rise</a></h4></li></ul>';
    expect(body(page('', '', lists))).toEqual(STORY);
    const links =
      '<p><a href="/a">Lifeboat crew honoured at the palace</a></p><p><a href="/b">Pier repairs begin</a></p><p><a href="/c">Ferry fares to rise in April</a></p>';
    expect(body(page('', '', links))).toEqual(STORY);
  });

  it('leaves out a label pointing to one other story, and keeps a sentence that ends on a link', () => {
    expect(body(page('', '', '<p><b>From our archive:</b> <a href="/a">Lifeboat crew honoured at the palace</a></p>'))).toEqual(STORY);
    const sentence =
      '<p>The full survey of the river bed, with its maps and soundings, is <a href="/survey">published on the board’s site</a></p>';
    expect(body(page('', '', sentence)).join('\n')).toContain('The full survey of the river bed');
  });

  it('leaves out a rail of teaser cards, each a picture, a link and a headline', () => {
    const card = (kicker: string, headline: string) =>
      `<div><div><a href="/x"><img src="x.jpg"></a></div><div><h3>${kicker}</h3><p><span>${headline}</span></p></div></div>`;
    const rail = `<div>${card('HIGH SEAS', 'Trawler rescued off the point')}${card('FAREWELL', 'Last keeper leaves the lighthouse')}${card('RECORD CATCH', 'Crab landings best in a decade')}</div>`;
    expect(body(page('', '', rail))).toEqual(STORY);
  });

  it('keeps a table’s cells, however often their figures repeat', () => {
    const rows = [1, 2, 3, 4].map((n) => `<tr><td>${n}</td><td>Boat ${n}</td><td>0</td><td>0</td></tr>`).join('');
    expect(body(page('', '', `<table>${rows}</table>`)).join('\n')).toContain('Boat 3 | 0 | 0');
  });
});

describe('the writer’s bio in an HTML page’s article', () => {
  it('leaves out the bio the JSON-LD gives as the writer’s description, with the name over it', () => {
    const bio = 'Mara Brenlow grew up on the harbour wall and has written about the boats and the tides of the coast since 2015.';
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@graph': [{ '@type': 'Person', name: 'Mara Brenlow', description: bio }] })}</script>`;
    const html = page('', '', `<p>Mara Brenlow</p><p>${bio}</p>`).replace('</head>', `${ld}</head>`);
    expect(body(html)).toEqual(STORY);
  });
});
