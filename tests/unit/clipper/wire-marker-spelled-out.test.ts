import { describe, expect, it } from 'vitest';
import { abbreviates } from '../../../electron/shared/clipper/outlet-abbreviation.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a wire’s short marker', () => {
  it('abbreviates a name whose words it opens, a compound’s later parts giving more letters', () => {
    expect(abbreviates('wnd', 'Westmärker Nachrichtendienst')).toBe(true);
    expect(abbreviates('EXT', 'Example Times')).toBe(true);
    expect(abbreviates('APN', 'Agence de presse du Nord')).toBe(true);
    expect(abbreviates('wnd', 'Westmark')).toBe(false);
    expect(abbreviates('wnd', 'Nachrichten aus Westmark')).toBe(false);
  });

  it('gives way to the full name the footer prints, without its years and the item’s code', () => {
    const draft = parseClip(
      [
        'Neue Fährlinie über den Talsee soll 2027 fahren',
        '14.05.2024, 11:47 Uhr',
        'Seestadt (wnd) - Die geplante Fährlinie über den Talsee soll bis Ende 2027 fahren. Das teilte das Verkehrsministerium am Dienstag mit.',
        '',
        'Die Kosten werden auf rund 38 Millionen Euro geschätzt, sagte eine Sprecherin des Ministeriums bei der Vorstellung der Pläne.',
        '',
        '© Westmärker Nachrichtendienst 2024 / wnd-ost-240514-031',
      ].join('\n'),
    );
    expect(draft.source).toBe('Westmärker Nachrichtendienst');
  });
});
