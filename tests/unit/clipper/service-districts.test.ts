import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a district that runs a service', () => {
  it('is a body, and speaks when the text calls it the district', () => {
    const draft = parseClip(
      'Water restored\n\nA judge ordered the Pine Hollow Irrigation District to restore deliveries to farms near Maple Bend. The district said in a statement that it "will comply with the order" but may appeal.\n\nFarmers welcomed the ruling.',
    );
    expect(draft.organizations).toContain('Pine Hollow Irrigation District');
    expect(draft.places).not.toContain('Pine Hollow Irrigation District');
    expect(draft.quotes).toEqual([{ speaker: 'Pine Hollow Irrigation District', text: 'will comply with the order' }]);
  });
});

describe('a body named inside an unnamed speaker’s phrase', () => {
  it('does not speak for the person the phrase describes', () => {
    const draft = parseClip(
      'Carer jailed\n\nA carer was jailed at Dunmore Crown Court on Friday.\n\nIn a statement read to the court, the son of one resident said: "She took everything from him."',
    );
    expect(draft.quotes).toEqual([{ speaker: null, text: 'She took everything from him.' }]);
  });
});
