import { describe, expect, it } from 'vitest';
import { articleFromDom } from '../../../electron/core/clipper/article-from-dom.js';
import { pageMeta } from '../../../electron/core/clipper/page-meta.js';
import { withoutInertParts } from '../../../electron/core/clipper/rough-html-text.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const STORY = [
  'For forty years the bakery on Mill Street sold bread to half the village. When its owner retired last spring, nobody wanted to take it on, and the ovens went cold.',
  'This month a group of neighbours reopened it as a cooperative. Sixty households bought shares, and two young bakers from the town now run it six days a week.',
  '“We did not want the village to lose the last shop on the street,” said Ivy Tremaine, who chairs the cooperative. “Now people queue outside on Saturday mornings.”',
];

/** A made-up page whose markup gives no headline but its `<title>`, cut short. */
const PAGE = `<html><head><meta charset="utf-8"><title>Inside the old bakery – Brookfield Crier</title></head><body>
<div class="menu"><a>News</a> <a>Village life</a> <a>Letters</a></div>
<div class="post"><h1>Inside the old bakery: how a village saved its last shop</h1>
${STORY.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="footer"><p>© 2026 Brookfield Crier</p></div></body></html>`;

describe('the headline of an HTML paste whose markup gives only a shortened title', () => {
  it('is the page’s heading that runs on from it', () => {
    const reading = articleFromDom(withoutInertParts(PAGE), pageMeta(PAGE));
    expect(parseClip(reading.text, { isolated: reading.isolated }).title).toBe('Inside the old bakery: how a village saved its last shop');
  });
});
