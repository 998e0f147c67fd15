import { describe, expect, it } from 'vitest';
import { articleFromDom } from '../../../electron/core/clipper/article-from-dom.js';
import { pageMeta } from '../../../electron/core/clipper/page-meta.js';
import { withoutInertParts } from '../../../electron/core/clipper/rough-html-text.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

/** The body a whole-page HTML paste gives, read in this thread as the worker reads it. */
function body(html: string): string[] {
  const reading = articleFromDom(withoutInertParts(html), pageMeta(html));
  return parseClip(reading.text, { isolated: reading.isolated }).paragraphs;
}

const HEADLINE = 'Orchard growers count the cost of a late frost';
const STORY = [
  'Apple growers across the Tamsford valley say a single night of frost in late April destroyed up to half of this year’s blossom, the worst damage in more than twenty years.',
  'Temperatures fell to minus four degrees in the lower orchards, where cold air settles, and growers who lit candles between the rows saved only part of their crop.',
  '“You walk out in the morning and the flowers are brown, and you know the season is over before it has begun,” said Hugo Pennant, who farms forty acres near the river.',
  'The growers’ association has asked the regional government for emergency loans, saying several family farms may not survive a second poor harvest in a row.',
];

function page(header: string): string {
  return `<!doctype html><html><head><title>${HEADLINE} | Valley Courier</title>
<meta property="og:title" content="${HEADLINE}"></head><body>
<nav><a href="/">Home</a> <a href="/farming">Farming</a> <a href="/sport">Sport</a></nav>
<article><h1>${HEADLINE}</h1>${header}<div class="body">${STORY.map((p) => `<p>${p}</p>`).join('')}</div></article>
<footer><p>© 2026 Valley Courier</p></footer></body></html>`;
}

describe('the standfirst of an HTML paste', () => {
  it('is left out when the byline and timestamp stand between it and the story', () => {
    const paragraphs = body(
      page(
        '<p class="summary">Half the blossom in the valley is lost in a single night, and the growers now ask for emergency loans</p><div class="credit">By Sian Morrow, Rural Affairs Reporter</div><div>Published 3 May 2026</div>',
      ),
    );
    expect(paragraphs).toEqual(STORY);
  });

  it('stays when the byline stands above it: then it is the story’s first paragraph', () => {
    const paragraphs = body(page('<div class="credit">By Sian Morrow, Rural Affairs Reporter</div><div>Published 3 May 2026</div>'));
    expect(paragraphs).toEqual(STORY);
  });
});
