import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

/** Made-up stories whose writer is credited on a card: a box under the story, a role under the name, a mark after it. */
const STORY_DE = [
  'Die Stadt hat am Montag beschlossen, den Radweg an der Hafenstraße dauerhaft vom Autoverkehr zu trennen. Der Ausschuss stimmte mit neun zu fünf Stimmen dafür.',
  'Die Händler in der Straße hatten mehr als dreitausend Unterschriften gegen den Umbau gesammelt. Der Umbau soll im Frühjahr beginnen und rund zwei Millionen Euro kosten.',
];
const STORY_RU = [
  'Областной суд в среду признал бывшего заместителя директора порта виновным в получении взяток и приговорил его к восьми годам колонии.',
  'Защита намерена обжаловать приговор в апелляционном суде. Решение пока не вступило в законную силу.',
];

describe('a writer credited on a card', () => {
  it('is read from the box on the author under the story, past a link or two', () => {
    const text = [
      'Hafenstraße wird Fahrradstraße',
      '',
      ...STORY_DE,
      'Lesen Sie auch: Neue Ampeln am Markt',
      'Über die Autorin',
      'Wiebke Harms',
      'Wiebke Harms ist Redakteurin im Lokalressort und schreibt über Verkehr.',
      'Kommentare (12)',
    ].join('\n\n');
    expect(parseClip(text).byline).toEqual(['Wiebke Harms']);
  });

  it('is no company a press release’s note about itself names', () => {
    const text = [
      'Hafenstraße wird Fahrradstraße',
      '',
      ...STORY_DE,
      'Über Nordlicht Logistik',
      'Die Nordlicht Logistik GmbH mit Sitz in Kiel betreibt zwölf Lager.',
    ].join('\n\n');
    expect(parseClip(text).byline).toEqual([]);
  });

  it('keeps a role in small letters under the name apart from it', () => {
    const text = [
      'Бывшего замглавы порта приговорили к восьми годам колонии',
      'Глеб Нестеров',
      'специальный корреспондент',
      ...STORY_RU,
    ].join('\n');
    const clip = parseClip(text);
    expect(clip.byline).toEqual(['Глеб Нестеров']);
    expect(clip.paragraphs.join('\n')).not.toContain('корреспондент');
  });

  it('drops the mark that sends the reader to a note on the writer', () => {
    const text = ['Hafenstraße wird Fahrradstraße', 'Von Wiebke Harms*', '', ...STORY_DE, '*Die Autorin ist Verkehrsplanerin.'].join('\n');
    expect(parseClip(text).byline).toEqual(['Wiebke Harms']);
  });
});
