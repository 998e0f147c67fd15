import { describe, expect, it } from 'vitest';
import { storyBatches } from '../../../electron/core/team/remote/send-to-team.js';

describe('the batches clips are sent to a team library in', () => {
  it('hold the given number of clips, in the order given', () => {
    expect(storyBatches([5, 1, 2, 3, 4], new Map(), 2)).toEqual([[5, 1], [2, 3], [4]]);
  });

  it('keep every version of one story in one batch, beside the story’s first clip', () => {
    const earlier = new Map<number, number | null>([
      [3, 1],
      [7, 3],
    ]);
    expect(storyBatches([1, 2, 3, 4, 7], earlier, 2)).toEqual([
      [1, 3, 7],
      [2, 4],
    ]);
  });

  it('ignore an earlier version that is not being sent', () => {
    expect(storyBatches([2, 3], new Map([[3, 1]]), 1)).toEqual([[2], [3]]);
  });
});
