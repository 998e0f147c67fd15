import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('the sentence after a quotation that ends with its own stop', () => {
  it('credits the quotation to the subject before it, not to one of a new sentence that reports more', () => {
    const draft = parseClip(
      'Ferry strike\n\nCrews of the Tarnby Line walked out on Monday, the Coastal Crews Union said.\n\nTarnby Line said in a statement that the new rosters had been "approved by the maritime authority and are fully within the rules." The company said it had offered a one-off payment to each crew member.',
    );
    expect(draft.quotes).toEqual([{ speaker: 'Tarnby Line', text: 'approved by the maritime authority and are fully within the rules.' }]);
  });

  it('still credits a quotation to a short line after it', () => {
    const draft = parseClip(
      'Ferry strike\n\nCrews walked out on Monday.\n\n"No one who has stood a winter watch would call that safe." Union negotiator Maja Lindgren said so outside the gate.',
    );
    expect(draft.quotes[0]!.speaker).toBe('Maja Lindgren');
  });
});
