import { describe, expect, it } from 'vitest';
import { articleFromDom } from '../../../electron/core/clipper/article-from-dom.js';
import { pageMeta } from '../../../electron/core/clipper/page-meta.js';
import { withoutInertParts } from '../../../electron/core/clipper/rough-html-text.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

/** A whole-page HTML paste read in this thread as the worker reads it. */
function read(html: string) {
  const reading = articleFromDom(withoutInertParts(html), pageMeta(html));
  return parseClip(reading.text, { isolated: reading.isolated });
}

const STORY = [
  'For most of the last century the long brick shed on Quay Lane was a place people walked past. Now, after four years of work, it reopens on Saturday as the town’s first museum.',
  'The building, a quarter of a mile long, was where ropes were spun by hand until 1911. Visitors can now walk its full length, past a rebuilt spinning wheel and the old tarring room.',
  'Much of the collection was given by local families. One display holds a logbook kept by an apprentice in the 1890s, found in an attic on Fore Street last year.',
];

/**
 * A made-up small site whose markup gives no date, author or site name: a `Words:` credit over
 * the story, readers' comments dated the day after it, and a footer that says when it was published.
 */
const PAGE = `<html><head><meta charset="utf-8"><title>The Ropewalk reopens – Tidewater Packet</title></head><body>
<div class="top"><span class="sitename">Tidewater Packet</span> <span class="strap">Independent news for the estuary since 1871</span></div>
<ul class="menu"><li>News</li><li>Arts</li><li>Sport</li><li>Letters</li></ul>
<div class="post"><h1>The Ropewalk reopens as the town’s first museum</h1>
<div class="post-meta">Words: Hester Quayle, Arts Editor &nbsp;|&nbsp; Pictures: Rob Tamsin</div>
<div class="post-content">${STORY.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div id="comments"><h3>2 thoughts</h3>
<div class="comment"><cite>Margaret H.</cite> <span>March 4, 2026 at 9:14 am</span><p>My grandfather worked there. Can't wait to visit.</p></div>
<div class="comment"><cite>Dave</cite> <span>March 4, 2026 at 11:40 am</span><p>Shame about the parking on Quay Lane.</p></div></div></div>
<div class="footer"><p>This article was published on 3 March 2026 in Arts.</p>
<p>Copyright © 2026 Tidewater Packet Community Interest Company. Registered in England No. 01234567.</p></div>
</body></html>`;

describe('an HTML paste whose markup names no date, author or outlet', () => {
  it('is dated by its footer’s note of publication, as its text read whole would be, not by a comment', () => {
    expect(read(PAGE).date).toBe('2026-03-03');
  });

  it('credits the writer a `Words:` line names above the story', () => {
    expect(read(PAGE).byline).toEqual(['Hester Quayle']);
  });

  it('is sourced to the outlet its copyright names, without the company’s legal form', () => {
    expect(read(PAGE).source).toBe('Tidewater Packet');
  });
});
