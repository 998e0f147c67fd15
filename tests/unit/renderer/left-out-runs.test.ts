import { describe, expect, it } from 'vitest';
import { reviewRows } from '../../../renderer/src/lib/new-clip/left-out-runs.js';

const line = (text: string, cruft: boolean, at: number) => ({ text, cruft, at });

describe('review rows', () => {
  it('folds a run of three or more left-out lines into one row, keeping paragraphs and short runs as lines', () => {
    const lines = [
      line('Home', true, 0),
      line('News', true, 5),
      line('Sport', true, 10),
      line('The story begins here.', false, 20),
      line('Advertisement', true, 50),
      line('The story goes on.', false, 70),
      line('Share', true, 90),
      line('Email', true, 96),
    ];
    expect(reviewRows(lines)).toEqual([
      { kind: 'run', key: '0:Home', indexes: [0, 1, 2] },
      { kind: 'line', index: 3 },
      { kind: 'line', index: 4 },
      { kind: 'line', index: 5 },
      { kind: 'line', index: 6 },
      { kind: 'line', index: 7 },
    ]);
  });

  it('folds a run at the end of the paste', () => {
    const lines = [line('The story.', false, 0), line('About us', true, 20), line('Contact', true, 30), line('Privacy', true, 40)];
    expect(reviewRows(lines)).toEqual([
      { kind: 'line', index: 0 },
      { kind: 'run', key: '20:About us', indexes: [1, 2, 3] },
    ]);
  });

  it('shows a paste with nothing left out line by line', () => {
    expect(reviewRows([line('One.', false, 0), line('Two.', false, 5)])).toEqual([
      { kind: 'line', index: 0 },
      { kind: 'line', index: 1 },
    ]);
  });
});
