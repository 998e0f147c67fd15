import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const speakers = (text: string) => parseClip(text).quotes.map((q) => q.speaker);

describe('a subject set off by its age, or a pronoun before a colon', () => {
  it('credits a given name with the person’s age after it, however long the description before the verb', () => {
    expect(
      speakers(
        'Logement étudiant\n\nLes loyers montent.\n\nDu côté des étudiants, les témoignages se ressemblent. Manon, 21 ans, en troisième année de lettres, m’a écrit après un débat à la faculté : « J’ai dormi trois semaines chez une amie. » Elle a fini par trouver.',
      ),
    ).toEqual(['Manon']);
  });

  it('credits the person a pronoun before the colon points back to', () => {
    expect(
      speakers(
        'Prozess in Passau\n\nDer Angeklagte, Timo R., hatte gestanden. Er sei durch Schulden hineingeraten, ließ er über seine Anwältin erklären. Am letzten Tag ergriff er selbst das Wort: „Ich schäme mich sehr.“',
      ),
    ).toEqual(['Timo R']);
  });

  it('credits the person named before when or where, set off by commas, stands before the verb', () => {
    expect(
      speakers(
        'Суд\n\nСуд вынес приговор.\n\nОдин из свидетелей, владелец фирмы из Озерска Кирилл Лапшин, на процессе рассказал, что без «подарка» его суда могли стоять неделями.',
      ),
    ).toEqual(['Кирилл Лапшин']);
  });
});
