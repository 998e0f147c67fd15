import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a news agency the story names', () => {
  it('is an organisation where someone tells it something or it sees a document', () => {
    const draft = parseClip(
      'Port plans shore power\n\nHALDEN, March 4 (Reuters) - The port plans new rules. The draft, seen by Reuters, would cover cruise ships. Tom Vale, who advises the port, told Reuters that ships were ready.',
    );
    expect(draft.source).toBe('Reuters');
    expect(draft.organizations).toContain('Reuters');
  });

  it('is no short form of a body whose hyphened name ends in the dateline’s town', () => {
    const draft = parseClip(
      "Accès limité\n\nValence (AFP) - La ville a annoncé une mesure. Son président, Marc Roux, a expliqué à l'AFP que les familles craignaient pour les secours.\n\nDes chercheurs de l'université d'Aix-Valence mesurent l'érosion des sols.",
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['AFP', "université d'Aix-Valence"]));
    expect(draft.places).toContain('Valence');
  });
});

describe('a declined Russian or Ukrainian agency name', () => {
  it('is listed as the agency, in the nominative', () => {
    const uk = parseClip(
      'Новий термінал відкрили\n\nУ порту відкрили новий термінал для пасажирів, повідомляє кореспондент Укрінформу. Перші рейси заплановані на травень.',
    );
    expect(uk.organizations).toContain('Укрінформ');
    expect(uk.organizations).not.toContain('Укрінформу');
    const ru = parseClip(
      'Завод сократил выпуск\n\nЗавод сократил выпуск труб на треть, сообщили «Интерфаксу» в пресс-службе предприятия. Рабочих переводят на другие участки.',
    );
    expect(ru.organizations).toContain('Интерфакс');
  });
});
