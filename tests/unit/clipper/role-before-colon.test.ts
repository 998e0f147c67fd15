import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a sentence that opens on a role, what it is of, and a person, and ends on a colon', () => {
  it('credits the quotation after the colon to the person', () => {
    const uk = parseClip(
      'Повінь\n\nУ Заріччі евакуювали 74 людини.\n\nГолова обласної військової адміністрації Петро Гай звернувся до мешканців: «Якщо вода підходить до двору — не чекайте, виходьте».',
    );
    expect(uk.quotes).toEqual([{ speaker: 'Петро Гай', text: 'Якщо вода підходить до двору — не чекайте, виходьте' }]);
    const en = parseClip(
      'Flood\n\nRescuers evacuated 74 people.\n\nThe head of the regional administration Andrew Migg turned to residents: "If water reaches the yard, do not wait and leave."',
    );
    expect(en.quotes).toEqual([{ speaker: 'Andrew Migg', text: 'If water reaches the yard, do not wait and leave.' }]);
  });

  it('credits no one when the sentence opens on something other than a role', () => {
    const draft = parseClip(
      'Flood\n\nRescuers evacuated 74 people.\n\nAfter the talks with Andrew Migg the residents wrote on their gate: "If water reaches the yard, do not wait and leave."',
    );
    expect(draft.quotes[0]!.speaker).not.toBe('Andrew Migg');
  });
});
