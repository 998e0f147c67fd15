import { describe, expect, it } from 'vitest';
import { draftFromPaste } from '../../../electron/core/clipper/draft-from-paste.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const FR_STORY = [
  'La médiathèque de Vierzon rouvrira ses portes lundi après dix-huit mois de travaux, avec une salle de lecture agrandie et un espace consacré aux jeux vidéo.',
  'Le chantier, estimé à 3,1 millions d’euros, a été financé en grande partie par l’État et la région, précise la mairie dans un communiqué publié vendredi.',
  '« Nous voulions un lieu ouvert à tous, où l’on vient aussi pour travailler ou se retrouver », explique la directrice de l’établissement.',
];
const RU_STORY = [
  'В Вологде после ремонта открылась городская библиотека. Работы продолжались полтора года и обошлись бюджету почти в сорок миллионов рублей.',
  'В здании появились читальный зал на сто мест, детский отдел и помещение для занятий кружков. Библиотека будет работать ежедневно, кроме понедельника.',
  '«Мы хотели, чтобы сюда приходили не только за книгами», — рассказала директор библиотеки.',
];
const MENU = ['Accueil', 'Vierzon', 'Bourges', 'Sports', 'Agenda', 'Annonces', 'Météo', 'Contact', 'Nécrologie'];
const FOOTER = ['Mentions légales', 'Publicité', 'Plan du site', 'Nous contacter', 'Abonnements', 'Archives', 'Aide', 'Flux RSS'];

/** A whole page pasted as text: the story's timestamp and writer close it, above the readers' comments. */
const textPage = (headline: string, story: readonly string[], stamp: string) =>
  [...MENU, headline, ...story, stamp, '2 commentaires', 'Lecteur18 il y a une heure', 'Bravo, enfin !', ...FOOTER].join('\n\n');

describe('a timestamp with the writer’s name closing a story', () => {
  it.each([
    [
      'French',
      textPage(
        'La médiathèque de Vierzon rouvre après dix-huit mois de travaux',
        FR_STORY,
        'Publié le 12/05/2023 à 08h05 · Claire Aubertin',
      ),
      '2023-05-12',
      'Claire Aubertin',
    ],
    [
      'Russian',
      textPage('В Вологде после ремонта открылась городская библиотека', RU_STORY, 'Опубликовано: 17.10.2023 14:50 · Анна Белова'),
      '2023-10-17',
      'Анна Белова',
    ],
  ])('dates and credits a %s page pasted as text', (_, text, date, name) => {
    const draft = parseClip(text);
    expect(draft.date).toBe(date);
    expect(draft.byline).toEqual([name]);
  });

  it('dates and credits a page pasted as HTML, where the timestamp sits outside the story’s block', async () => {
    const html =
      `<!doctype html><html lang="fr"><head><title>La médiathèque de Vierzon rouvre</title></head><body>` +
      `<nav>${MENU.map((m) => `<a href="/">${m}</a>`).join(' ')}</nav><main><h1>La médiathèque de Vierzon rouvre</h1>` +
      `<div class="story-text">${FR_STORY.map((p) => `<p>${p}</p>`).join('')}</div>` +
      `<div class="closing">Publié le 12/05/2023 à 08h05 · Claire Aubertin</div></main>` +
      `<footer><p>© 2024 Le Journal du Cher</p></footer></body></html>`;
    const draft = await draftFromPaste({ text: '', html }, { readAt: new Date('2023-05-20T00:00:00Z') });
    expect(draft.date).toBe('2023-05-12');
    expect(draft.byline).toEqual(['Claire Aubertin']);
  });

  it('credits an HTML page by the labelled credit under its article', async () => {
    const html =
      `<!doctype html><html lang="ru"><head><title>В Вологде открылась библиотека</title></head><body>` +
      `<nav><a href="/">Главное</a> <a href="/">Город</a></nav><main><h1>В Вологде открылась библиотека</h1><time>14.02.2025</time>` +
      `<div class="text">${RU_STORY.map((p) => `<p>${p}</p>`).join('')}</div>` +
      `<div class="signature"><p>Автор: Анна Белова</p><p>Фото: Анна Белова</p></div></main>` +
      `<footer><p>© 2025 Вологодский вестник</p></footer></body></html>`;
    const draft = await draftFromPaste({ text: '', html }, { readAt: new Date('2025-02-20T00:00:00Z') });
    expect(draft.byline).toEqual(['Анна Белова']);
  });
});
