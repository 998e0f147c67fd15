import { describe, expect, it } from 'vitest';
import {
  citationHtml,
  citationText,
  highlightCitationHtml,
  highlightCitationText,
  quoteCitationHtml,
  quoteCitationText,
  type Citable,
} from '../../../electron/shared/export/citation.js';

const clip: Citable = {
  title: 'Harbour strike enters its second week',
  byline: ['Ann Lee', 'Bo Chen'],
  source: 'The Ledger',
  date: '2023-03-07',
  url: 'https://ledger.example/harbour-strike',
  paragraphs: ['Dock workers stayed out.'],
};

describe('a clip’s citation', () => {
  it('names authors, headline, outlet, day and address, in that order', () => {
    expect(citationText(clip)).toBe(
      'Ann Lee and Bo Chen. “Harbour strike enters its second week.” The Ledger, 7 March 2023. https://ledger.example/harbour-strike',
    );
  });

  it('leaves out what the clip lacks instead of guessing it', () => {
    expect(citationText({ ...clip, byline: [], source: null, url: null })).toBe('“Harbour strike enters its second week.” 7 March 2023.');
    expect(citationText({ ...clip, byline: ['Ann Lee', 'Bo Chen', 'Cy Park'], date: null, url: null })).toBe(
      'Ann Lee, Bo Chen and Cy Park. “Harbour strike enters its second week.” The Ledger.',
    );
  });

  it('keeps a headline’s own question mark and stands in the first words for a missing headline', () => {
    expect(citationText({ ...clip, title: 'Who pays for the strike?', byline: [], url: null })).toBe(
      '“Who pays for the strike?” The Ledger, 7 March 2023.',
    );
    const untitled = { ...clip, title: null, byline: [], source: null, date: null, url: null };
    expect(citationText({ ...untitled, paragraphs: ['One two three four five six seven eight nine ten eleven twelve thirteen.'] })).toBe(
      '“One two three four five six seven eight nine ten eleven twelve…”',
    );
  });

  it('links the headline in HTML and escapes every part', () => {
    expect(citationHtml({ ...clip, title: 'Bread & <butter>', byline: [] })).toBe(
      '<a href="https://ledger.example/harbour-strike">“Bread &amp; &lt;butter&gt;.”</a> The Ledger, 7 March 2023. https://ledger.example/harbour-strike',
    );
  });

  it('carries a quote in its language’s marks, who said it, and the clip’s citation below', () => {
    const german = { ...clip, byline: [], url: null, language: 'de', title: 'Hafen steht still' };
    expect(quoteCitationText({ text: 'Wir bleiben draußen', speaker: 'Jan Roth' }, german)).toBe(
      '„Wir bleiben draußen“ — Jan Roth\n“Hafen steht still.” The Ledger, 7 March 2023.',
    );
    expect(quoteCitationHtml({ text: 'Tom & Jerry', speaker: null }, { ...clip, byline: [], url: null, language: 'en' })).toBe(
      '<p>“Tom &amp; Jerry”</p><p>“Harbour strike enters its second week.” The Ledger, 7 March 2023.</p>',
    );
  });

  it('carries a highlight in its language’s marks, the note made on it below, then the clip’s citation', () => {
    const french = { ...clip, byline: [], url: null, language: 'fr', title: 'Le port à l’arrêt' };
    expect(highlightCitationText({ exact: 'les dockers restent dehors', note: '  Check the figure\n' }, french)).toBe(
      '« les dockers restent dehors »\nCheck the figure\n“Le port à l’arrêt.” The Ledger, 7 March 2023.',
    );
    expect(highlightCitationText({ exact: 'Dock workers stayed out', note: '' }, { ...clip, language: 'en' })).toBe(
      '“Dock workers stayed out”\nAnn Lee and Bo Chen. “Harbour strike enters its second week.” The Ledger, 7 March 2023. https://ledger.example/harbour-strike',
    );
    expect(highlightCitationHtml({ exact: 'Tom & Jerry', note: 'one <b>\ntwo' }, { ...clip, byline: [], url: null, language: 'en' })).toBe(
      '<p>“Tom &amp; Jerry”</p><p>one &lt;b&gt;<br>two</p><p>“Harbour strike enters its second week.” The Ledger, 7 March 2023.</p>',
    );
  });
});
