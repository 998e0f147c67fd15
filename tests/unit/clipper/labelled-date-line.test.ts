import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const body =
  'Die Gemeinde Wendhausen baut eine neue Brücke über den Mühlbach. Das hat der Rat am Dienstag nach langer Debatte über die Kosten beschlossen.\n\nDie Arbeiten sollen im Sommer beginnen.';

describe('a labelled date under the headline', () => {
  it('dates the story when no mail header holds it', () => {
    expect(parseClip(`Wendhausen baut neue Brücke über den Mühlbach\nDatum: 12.03.2025\n${body}`).date).toBe('2025-03-12');
  });

  it('leaves a forward’s date to the forward', () => {
    const draft = parseClip(
      `From: Ines Hartl <ines@example.de>\nDate: 14.03.2025\nSubject: Brücke\n\nWendhausen baut neue Brücke über den Mühlbach\n${body}`,
    );
    expect(draft.date).toBeNull();
  });
});
