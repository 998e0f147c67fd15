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
