import { describe, expect, it } from 'vitest';
import { articleFromDom } from '../../../electron/core/clipper/article-from-dom.js';
import { pageMeta } from '../../../electron/core/clipper/page-meta.js';
import { withoutInertParts } from '../../../electron/core/clipper/rough-html-text.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

/** The date a whole-page HTML paste gives, read in this thread as the worker reads it. */
function date(html: string): string | null {
  const reading = articleFromDom(withoutInertParts(html), pageMeta(html));
  return parseClip(reading.text, { isolated: reading.isolated }).date;
}

const STORY = [
  'Der Heimatverein in Kappeln sucht Freiwillige, die das alte Backhaus am Dorfplatz wieder in Betrieb nehmen wollen. Der Ofen wurde im Winter von einem Fachbetrieb instand gesetzt.',
  'Gebacken werden soll künftig an jedem ersten Samstag im Monat. Das Brot wird vor Ort verkauft, der Erlös geht an die Jugendfeuerwehr des Ortes.',
  '„Es fehlen nur noch Leute, die früh aufstehen mögen“, sagt der Vorsitzende Heinrich Claßen. Interessierte können sich bis Ende Juni bei ihm melden.',
];

/** A made-up page with no date in its markup or header: readers' comments under the story, a stamp in the footer. */
const PAGE = `<html><head><meta charset="utf-8"><title>Backhaus sucht Bäcker – Kappelner Bote</title></head><body>
<div id="navi"><a>Aktuelles</a> <a>Vereine</a> <a>Termine</a></div>
<div id="inhalt"><h1>Backhaus in Kappeln sucht freiwillige Bäcker</h1>
${STORY.map((p) => `<p>${p}</p>`).join('\n')}
<div class="kommentare"><h3>2 Kommentare</h3>
<div><b>Marta</b> schrieb am 21.05.2026:<p>Ich komme gern vorbei und helfe beim Kneten.</p></div>
<div><b>Uwe K.</b> schrieb am 22.05.2026:<p>Endlich wieder frisches Brot im Dorf!</p></div></div></div>
<div id="fuss"><p>Stand: 19.05.2026</p><p>© 2026 Kappelner Bote · Impressum · Datenschutz</p></div>
</body></html>`;

describe('the date of an HTML paste that dates its story only in its footer', () => {
  it('is the footer’s labelled stamp, not a reader’s comment’s date', () => {
    expect(date(PAGE)).toBe('2026-05-19');
  });
});
