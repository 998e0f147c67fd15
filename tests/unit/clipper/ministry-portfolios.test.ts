import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a ministry of two portfolios', () => {
  it('is one body, named whole', () => {
    const text = [
      'Harbour plan approved',
      'The Ministry of Fisheries and Marine Resources approved the harbour plan on Monday after two years of talks with the fishing towns along the coast.',
      'The Department of Roads and Transport will build the new access road, officials said. Work starts in the spring.',
    ].join('\n\n');
    expect(parseClip(text).organizations).toEqual(['Ministry of Fisheries and Marine Resources', 'Department of Roads and Transport']);
  });
});

describe('a ministry of three or more portfolios', () => {
  it('is one body, named whole, while bodies listed one after another stay apart', () => {
    const text = [
      'Dam plan approved',
      'The Ministry of Agriculture, Water and Land Reform approved the dam on Monday. The Department of Environment, Forestry and Fisheries will check the river.',
      'The Department of Transport, Network Rail and Highways England will close the roads near the site, officials said.',
    ].join('\n\n');
    expect(parseClip(text).organizations).toEqual([
      'Ministry of Agriculture, Water and Land Reform',
      'Department of Environment, Forestry and Fisheries',
      'Department of Transport',
      'Network Rail',
      'Highways England',
    ]);
  });
});

describe('a minister named after the portfolios of the title', () => {
  it('is the person, and says the quote, however many portfolios come first', () => {
    const text = [
      'Desalination plant opens',
      '“The desert pays for our water now,” Minister of Agriculture, Water and Land Reform Petrus Okavi told guests on Friday.',
      'Deputy Minister of Mines and Energy Selma Haukongo said the plant would run on sunlight alone. Secretary of Health and Human Services Jane Roe visited in the afternoon.',
    ].join('\n\n');
    const clip = parseClip(text);
    expect(clip.people).toEqual(['Petrus Okavi', 'Selma Haukongo', 'Jane Roe']);
    expect(clip.organizations).toEqual([]);
    expect(clip.quotes.map((q) => q.speaker)).toEqual(['Petrus Okavi']);
  });
});
