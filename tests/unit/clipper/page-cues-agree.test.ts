import { describe, expect, it } from 'vitest';
import { articleFromDom } from '../../../electron/core/clipper/article-from-dom.js';
import { pageMeta } from '../../../electron/core/clipper/page-meta.js';
import { withoutInertParts } from '../../../electron/core/clipper/rough-html-text.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const STORY = [
  'The harbour board voted on Tuesday to rebuild the eastern breakwater, ending a two-year review that drew hundreds of submissions from boat owners and fishers.',
  'Engineers told the board the present wall was nearing the end of its working life, and that a winter storm could breach it without warning.',
  '“This is the most important decision the board will make this decade,” the chair, Rosa Quintero, told the meeting.',
  'Opponents said the cost, put at $84 million, would push up mooring fees for families who have kept boats in the harbour for generations.',
  'The board will now seek tenders for the work, with a contract expected to be awarded early next year.',
];

/** A made-up page pasted as its visible text: menus, the header lines given, the story, then the lines given as its foot. */
const MENU = ['News', 'Sport', 'Business', 'Opinion', 'Subscribe', 'Sign in'];
const textPage = (header: readonly string[], foot: readonly string[], story: readonly string[] = STORY, menu: readonly string[] = MENU) =>
  [
    'Skip to main content',
    ...menu,
    'Breakwater to be rebuilt after two-year review',
    ...header,
    '',
    ...story.flatMap((p) => [p, '']),
    'Most read',
    'Storm warning issued for the coast',
    'Ferry timetable changes from Monday',
    ...foot,
  ].join('\n');

describe('the outlet of a page pasted as text, where its cues must agree', () => {
  it('is the name that spells the page’s own address, over a press release’s issuer the dateline runs into', () => {
    const clip = parseClip(
      textPage(
        ['PRESS RELEASE', 'Share on Facebook Tweet Email'],
        [
          'About Kelpworks Marine Inc.',
          'Kelpworks Marine Inc. builds breakwaters and sea walls for ports in three countries.',
          'This is a press release. Ostra Coast Journal publishes press releases as a service to readers.',
          'Get the Ostra Coast Journal newsletter',
          'Ostra Coast Journal',
          'Tel. 555-0134 | newsdesk@ostracoastjournal.ph',
          'About Us',
          'Privacy Policy',
          'Copyright © 2026 OCJ Publishing Corp. All Rights Reserved.',
        ],
        [`PORT ELMA — Kelpworks Marine Inc. on Monday won the first contract. ${STORY[0]!}`, ...STORY.slice(1)],
      ),
    );
    expect(clip.source).toBe('Ostra Coast Journal');
  });

  it('is a university whose address gives its name’s last word by its initial, over its newsroom’s newsletter', () => {
    const clip = parseClip(
      textPage(
        ['Marlow Vance', 'March 3, 2026'],
        [
          'Media contact',
          'Marlow Vance',
          'Communications Officer, University Communications',
          '204-555-0187 · news@tamarindu.ca',
          'Get TU News in your inbox',
          'Subscribe to TU Today, our weekly digest of research and campus stories.',
          'Subscribe',
          'Contact us',
          'Tamarind University',
          '66 Chancellors Circle',
          '© 2026 Tamarind University. Privacy | Terms of use | Accessibility',
        ],
        STORY,
        ['Future students', 'Current students', 'TU News', 'Give', 'Apply', 'Search'],
      ),
    );
    expect(clip.source).toBe('Tamarind University');
  });

  it('is the brand a footer gives alone, when the copyright names its company with a bracketed legal form', () => {
    const clip = parseClip(
      textPage(
        ['Marlow Vance', 'March 3, 2026'],
        ['Kestrelfield', 'About us', 'Contact', 'Advertise', '© 2026 Kestrelfield Media (Pty) Ltd. All rights reserved.'],
      ),
    );
    expect(clip.source).toBe('Kestrelfield');
  });

  it('is the brand the furniture spells the site’s address with, over the bare address as its logo', () => {
    const clip = parseClip(
      textPage(
        ['By Marlow Vance', 'March 3, 2026'],
        ['About Ostra Ledger', 'Contact Ostra Ledger', '© 2026 Coastline Publishing Pty Ltd.'],
        STORY,
        ['ostraledger.com', ...MENU],
      ),
    );
    expect(clip.source).toBe('Ostra Ledger');
  });

  it('is the paper whose news service a byline credits', () => {
    const clip = parseClip(
      textPage(['Marlow Vance / Ostra Ledger News Service', 'Updated: March 3, 2026'], ['About us', 'Contact', 'Careers']),
    );
    expect(clip.source).toBe('Ostra Ledger');
  });
});

describe('the outlet of an article pasted as text', () => {
  it('is never a social network an embedded post’s copyright names', () => {
    const clip = parseClip(
      [
        'Breakwater to be rebuilt after two-year review',
        'By Marlow Vance',
        'March 3, 2026',
        '',
        ...STORY,
        '',
        'Follow us',
        'Facebook',
        '© 2026 Facebook',
      ].join('\n'),
    );
    expect(clip.source).toBeNull();
  });
});

describe('the writers of a page pasted as text', () => {
  it('are read from author cards the copy runs together, each name glued to its role', () => {
    const clip = parseClip(textPage(['Marlow VanceSenior ReporterIda PellCity Editor', 'March 3, 2026'], ['About us', 'Contact']));
    expect(clip.byline).toEqual(['Marlow Vance', 'Ida Pell']);
  });

  it('end where a date the copy glues on begins, month first', () => {
    const clip = parseClip(textPage(['By Marlow VanceMarch 3, 2026'], ['About us', 'Contact']));
    expect(clip.byline).toEqual(['Marlow Vance']);
    expect(clip.date).toBe('2026-03-03');
  });

  it('are all read where the copy puts each part of the credit on a line of its own', () => {
    expect(parseClip(textPage(['By', 'Marlow Vance', 'and', 'Ida Pell', 'March 3, 2026'], ['About us', 'Contact'])).byline).toEqual([
      'Marlow Vance',
      'Ida Pell',
    ]);
    expect(parseClip(textPage(['By', 'Marlow Vance,', 'Ida Pell', 'March 3, 2026'], ['About us', 'Contact'])).byline).toEqual([
      'Marlow Vance',
      'Ida Pell',
    ]);
  });

  it('are read after the writer’s role as a label', () => {
    expect(parseClip(textPage(['Reporter: Marlow Vance', 'March 3, 2026'], ['About us', 'Contact'])).byline).toEqual(['Marlow Vance']);
  });

  it('never include a role printed over the name', () => {
    const clip = parseClip(textPage(['Senior Reporter', 'Marlow Vance', 'March 3, 2026'], ['About us', 'Contact']));
    expect(clip.byline).toEqual(['Marlow Vance']);
  });
});

describe('the date of a page pasted as text', () => {
  it('is read from a line that closes on the story’s reading time', () => {
    const clip = parseClip(
      [
        'Les quais rouvrent après deux ans de travaux',
        '',
        'Par Claire Vautrin',
        '',
        'Publié le 5 mars 2026 à 06h30, modifié le 5 mars 2026 à 09h12 Temps de lecture 4 min.',
        '',
        'Les quais du port rouvrent ce week-end après deux ans de travaux, a annoncé la mairie, qui promet une promenade plus large.',
        '',
        'Les commerçants, privés de clients pendant le chantier, attendent le retour des promeneurs avec impatience.',
      ].join('\n'),
    );
    expect(clip.date).toBe('2026-03-05');
  });
});

describe('an HTML paste', () => {
  it('takes the heading the document’s title repeats over a social card’s rewording', () => {
    const page = `<html><head><meta charset="utf-8"><title>Breakwater to be rebuilt after two-year review | Ostra Ledger</title>
<meta property="og:title" content="Board backs new breakwater"><meta property="og:site_name" content="Ostra Ledger"></head><body>
<div class="menu"><a href="/">News</a> <a href="/sport">Sport</a></div>
<article><h1>Breakwater to be rebuilt after two-year review</h1>
${STORY.map((p) => `<p>${p}</p>`).join('\n')}</article>
<div class="footer"><p>© 2026 Ostra Ledger</p></div></body></html>`;
    const reading = articleFromDom(withoutInertParts(page), pageMeta(page));
    expect(pageMeta(page).headline).toBe('Breakwater to be rebuilt after two-year review');
    expect(parseClip(reading.text, { isolated: reading.isolated }).title).toBe('Breakwater to be rebuilt after two-year review');
  });

  it('names the site the markup gives, where a dateline carries initials of a wire the page never spells out', () => {
    const page = `<html><head><meta charset="utf-8"><title>Breakwater to be rebuilt after two-year review | Ostra Ledger</title>
<meta property="og:site_name" content="Ostra Ledger"><meta property="og:title" content="Breakwater to be rebuilt after two-year review"></head><body>
<article><h1>Breakwater to be rebuilt after two-year review</h1>
<p>PORT ELMA (KXW) — ${STORY[0]!}</p>
${STORY.slice(1)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}</article></body></html>`;
    const reading = articleFromDom(withoutInertParts(page), pageMeta(page));
    expect(parseClip(reading.text, { isolated: reading.isolated }).source).toBe('Ostra Ledger');
  });
});
