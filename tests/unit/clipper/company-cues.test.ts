import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('firms named bare in business stories', () => {
  it('tells firms, banks and funds by what is done with them, not by a word in their name', () => {
    const draft = parseClip(
      'Tarnwell and Orrisby agree tie-up\n\nInsurers Tarnwell and Orrisby agreed on Monday to merge. Morrow and Quillan advised Tarnwell, while Orrisby was advised by Pellam. Shares in Orrisby rose 9%, and Tarnwell shareholders will own 60%.\n\nAnalysts at Brisco said the deal made sense. A spokesperson for Dunholt, which had bid for Orrisby, declined to comment. Orrisby chairman Neil Avery will step down.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['Tarnwell', 'Orrisby', 'Morrow', 'Quillan', 'Pellam', 'Brisco', 'Dunholt']),
    );
    expect(draft.places).toEqual([]);
    expect(draft.people).toEqual(['Neil Avery']);
  });
});
