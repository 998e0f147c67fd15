import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a member of parliament named after the initials of the seat', () => {
  it('is a person, not a body', () => {
    const draft = parseClip(
      'Harbour plan\n\nLocal MP Wendy Harrowgate has written to the Brackenmoor Harbour Authority. Labour MP Idris Feltham agreed.',
    );
    expect(draft.people).toEqual(expect.arrayContaining(['Wendy Harrowgate', 'Idris Feltham']));
    expect(draft.organizations).toEqual(['Brackenmoor Harbour Authority']);
  });
});

describe('a French association whose name says where it acts', () => {
  it('keeps the words after `en` and `sur`', () => {
    const draft = parseClip(
      'Travaux au village\n\nL’association Vivre en Morlanche demande des passerelles. Le collectif Vélo sur Tarvesse a manifesté lundi à Brelonnes.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Vivre en Morlanche', 'Vélo sur Tarvesse']));
    expect(draft.organizations).not.toContain('Vivre');
  });
});

describe('a Russian or Ukrainian body named before a verb of speech', () => {
  it('ends before the verb', () => {
    const ru = parseClip('Ремонт дорог\n\nВ городе начали ремонт. Комитет по благоустройству мэрии Заречинска ответил.');
    expect(ru.organizations).toContain('Комитет по благоустройству мэрии Заречинска');
    expect(ru.organizations.some((o) => o.endsWith('ответил'))).toBe(false);
    const uk = parseClip(
      'Ремонт доріг\n\nУ місті почали ремонт. Департамент житлово-комунального господарства Лісогірської міської ради відповів.',
    );
    expect(uk.organizations).toContain('Департамент житлово-комунального господарства Лісогірської міської ради');
    expect(uk.organizations.some((o) => o.endsWith('відповів'))).toBe(false);
  });
});
