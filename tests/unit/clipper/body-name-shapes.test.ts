import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('bodies by the shape of their names, and words that name no body or place', () => {
  it('reads a port named with `of` as the authority that runs it', () => {
    const draft = parseClip(
      'Dredging plan\n\nThe Port of Halvenmouth says it will deepen its outer channel by spring. Engineers hired by the Port of Brackley surveyed the silt last year.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Port of Halvenmouth', 'Port of Brackley']));
    expect(draft.places).not.toContain('Port of Halvenmouth');
  });

  it('reads a cabinet of ministers as a body, and its plural genitive as no given name', () => {
    const draft = parseClip('Новини\n\nУчора Кабінет Міністрів Лісогорії виділив гроші на ремонт мосту. Роботи почнуться в травні.');
    expect(draft.organizations).toContain('Кабінет Міністрів Лісогорії');
    expect(draft.organizations).not.toContain('Міністрів');
  });

  it('keeps a long Russian body’s genitive tail up to the region it serves', () => {
    const draft = parseClip(
      'Новости\n\nВчера Управление государственного надзора объектов водного хозяйства Заречной области выдало подрядчику предписание.',
    );
    expect(draft.organizations).toContain('Управление государственного надзора объектов водного хозяйства Заречной области');
    expect(draft.places).not.toContain('Заречная область');
  });

  it('ends a body’s tail before a pronoun, so a preposition spelt as a head names no body', () => {
    const draft = parseClip('Интервью\n\n— Зачем вы ездите по сёлам? — Ради того мы и живём здесь, — говорит Анна Лесова.');
    expect(draft.organizations).toEqual([]);
  });

  it('reads a determiner opening a Ukrainian sentence as no town', () => {
    const draft = parseClip('Новини\n\nЛісогір, 3 квітня. «Усі мости відремонтують до зими», — сказав Петро Коваль.');
    expect(draft.places).not.toContain('Усі');
  });

  it('reads the German adverb `insgesamt` as no office', () => {
    const draft = parseClip(
      'Hochwasser in Kellbach\n\nDas Technische Hilfswerk Kellbach pumpte Keller leer. Insgesamt halfen 40 Freiwillige mit.',
      {},
    );
    expect(draft.organizations).not.toContain('Insgesamt');
  });

  it('drops a short form made of the first syllables of a body’s words, and a kind of firm named by its trade’s initials', () => {
    const draft = parseClip(
      'Новини\n\nЛісогірський національний університет відкрив лабораторію. Її обладнали ІТ-компанії міста. «Це наш подарунок студентам», — сказала ректорка ЛісНУ Ганна Мороз.',
    );
    expect(draft.organizations).toContain('Лісогірський національний університет');
    expect(draft.organizations).not.toContain('ЛісНУ');
    expect(draft.organizations.some((o) => o.startsWith('ІТ-'))).toBe(false);
  });

  it('reads French courts, a judicial police and a shipyard after their lower-case or plural heads', () => {
    const draft = parseClip(
      'Procès à Morlaix\n\nLe dossier sera plaidé devant la cour d’appel de Rennes-Sud en juin. Les gendarmes ont travaillé avec la police judiciaire de Brest. Le chalutier sort des Chantiers navals de Cornouaille.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['cour d’appel de Rennes-Sud', 'police judiciaire de Brest', 'Chantiers navals de Cornouaille']),
    );
    expect(draft.places).not.toContain('Rennes-Sud');
  });

  it('reads French `a` after a name set off by a comma as the verb, no apposition', () => {
    const draft = parseClip(
      'Procès à Morlaix\n\nÀ l’audience, le président du tribunal, Hervé Malcourt, a décrit une entreprise sans scrupules.',
    );
    expect(draft.people).toContain('Hervé Malcourt');
    expect(draft.organizations).not.toContain('Hervé Malcourt');
  });

  it('lists a wire agency the story names though its dateline marker names it too', () => {
    const draft = parseClip(
      'Procès à Morlaix\n\nMorlaix (AFP) - Le tribunal correctionnel de Morlaix a relaxé mardi un maraîcher.\n\nSon fils a dit à l’AFP qu’il était soulagé.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['AFP', 'tribunal correctionnel de Morlaix']));
  });

  it('reads a German town acting as the authority as a body, and its quarters listed after its adjective as places', () => {
    const draft = parseClip(
      'Hochwasser in Kellbach\n\nIm Kellbacher Stadtteil Gostenau stand das Wasser hoch. Die Stadt Kellbach bittet die Menschen in Gostenau, St. Aldric und Vorsbühl, die Keller zu räumen. Hinweise nimmt die Verkehrspolizei entgegen.',
    );
    expect(draft.organizations).toContain('Stadt Kellbach');
    expect(draft.organizations).not.toContain('Verkehrspolizei');
    expect(draft.places).toEqual(expect.arrayContaining(['Gostenau', 'St. Aldric', 'Vorsbühl']));
  });

  it('reads a known town told apart by its known river as one place, the town alone no other', () => {
    const draft = parseClip('Neue Brücke\n\nDer Bau beginnt in Wetzlar an der Lahn im Mai. In Wetzlar rechnet man mit Staus.');
    expect(draft.places).toContain('Wetzlar an der Lahn');
    expect(draft.places).not.toContain('Wetzlar');
  });

  it('reads a Russian society named by its adjective as a body', () => {
    const draft = parseClip('Новости\n\nПротив вырубки выступило Лесогорское общество любителей природы.');
    expect(draft.organizations).toContain('Лесогорское общество любителей природы');
  });
});
