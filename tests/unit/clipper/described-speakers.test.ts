import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a speaker described by a noun after the speech verb', () => {
  it('reads a Russian or Ukrainian noun after the verb as the person just named, of the verb’s sex', () => {
    const ru = parseClip(
      'Банк открыл отделение\n\nБанк «Северный» открыл отделение в Заречном. Председатель правления Пётр Сомов назвал открытие важным шагом.\n\n«Мы пришли надолго и будем расти вместе с городом», — сказал банкир.',
    );
    expect(ru.quotes).toEqual([{ speaker: 'Пётр Сомов', text: 'Мы пришли надолго и будем расти вместе с городом' }]);
    const uk = parseClip(
      'Повінь на річці\n\nГідрологиня Олена Гнатюк і інженер Петро Гай оглянули дамбу. Олена Гнатюк зазначила, що вода ще прибуває.\n\n«Друга хвиля буде нижчою, але ґрунт уже насичений водою», — наголосила науковиця.',
    );
    expect(uk.quotes).toEqual([{ speaker: 'Олена Гнатюк', text: 'Друга хвиля буде нижчою, але ґрунт уже насичений водою' }]);
  });

  it('reads a French noun after its article as the person just named', () => {
    const draft = parseClip(
      'Glacier en recul\n\nLa glaciologue Odile Marvaux mesure le glacier depuis vingt ans.\n\n« Chaque dixième de degré compte pour la montagne », martèle la chercheuse.\n\n« Nous rouvrirons le refuge au printemps », précise l’élu, Paul Gavrel, plus tard.',
    );
    expect(draft.quotes[0]).toEqual({ speaker: 'Odile Marvaux', text: 'Chaque dixième de degré compte pour la montagne' });
  });

  it('reads a German noun after der or a feminine one after die as the person just named, a plural as no one', () => {
    const male = parseClip(
      'Niederlage\n\nTrainer Dragan Vukić suchte keine Ausreden nach dem Spiel.\n\n„Wir haben zu viele Fehler gemacht“, betonte der Kroate.',
    );
    expect(male.quotes).toEqual([{ speaker: 'Dragan Vukić', text: 'Wir haben zu viele Fehler gemacht' }]);
    const female = parseClip(
      'Parkgebühren\n\nAnwohnerin Renate Holler wohnt seit dreißig Jahren am Markt.\n\n„Da machen die paar Euro den Braten auch nicht fett“, sagte die Rentnerin.',
    );
    expect(female.quotes).toEqual([{ speaker: 'Renate Holler', text: 'Da machen die paar Euro den Braten auch nicht fett' }]);
    const plural = parseClip(
      'Niederlage\n\nTrainer Dragan Vukić suchte keine Ausreden nach dem Spiel.\n\n„Wir haben zu viele Fehler gemacht“, sagten die Spieler.',
    );
    expect(plural.quotes[0]!.speaker).toBeNull();
  });

  it('reads a plural verb or a noun before the verb as someone not yet named', () => {
    const plural = parseClip('Мост закрыт\n\nМэр Пётр Сомов осмотрел мост.\n\n«Мы ездим в объезд уже третью неделю», — сказали жители.');
    expect(plural.quotes[0]!.speaker).toBeNull();
    const before = parseClip(
      'Grêle\n\nBernard Lacaze préside le syndicat des arboriculteurs.\n\nQuand j’ai appelé mon assureur, le conseiller m’a répondu que c’était « le jeu de la mutualisation des risques ».',
    );
    expect(before.quotes[0]!.speaker).toBeNull();
  });
});

describe('a speaker described as one of a people', () => {
  it('reads a singular people’s word after its article as the person just named', () => {
    const fr = parseClip(
      'Course gagnée\n\nJean Trembleau a gagné la course dimanche.\n\n« C’était la journée la plus dure de ma vie », a confié le Québécois.',
    );
    expect(fr.quotes).toEqual([{ speaker: 'Jean Trembleau', text: 'C’était la journée la plus dure de ma vie' }]);
    const en = parseClip('Race won\n\nTom Wendle won the race on Sunday.\n\n"It was the hardest day of my life," said the American.');
    expect(en.quotes).toEqual([{ speaker: 'Tom Wendle', text: 'It was the hardest day of my life' }]);
    const ua = parseClip('Забіг\n\nОлена Гнатюк виграла забіг у неділю.\n\n«Це був найважчий день у моєму житті», — зізналася киянка.');
    expect(ua.quotes).toEqual([{ speaker: 'Олена Гнатюк', text: 'Це був найважчий день у моєму житті' }]);
  });
});

describe('a noun after a source phrase rather than a speech verb', () => {
  it('reads « Pour la première fois » or « according to the plan » as no one', () => {
    const fr = parseClip(
      'Marché\n\nMarie Lecomte tient un étal depuis vingt ans.\n\nPour la première fois, « le marché restera fermé tout le mois d’août ».',
    );
    expect(fr.quotes[0]!.speaker).toBeNull();
    const en = parseClip(
      'Market\n\nMary Lecomte has run a stall for twenty years.\n\nAccording to the plan, the market "will stay closed for the whole of August".',
    );
    expect(en.quotes[0]!.speaker).toBeNull();
  });
});
