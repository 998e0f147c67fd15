import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('phrases that give whose view or words follow', () => {
  it('credits a French quotation after a sentence opening on « Pour » and a name', () => {
    const draft = parseClip(
      'Marché couvert\n\nLa halle ferme ses portes lundi.\n\nPour Odile Marvaux, « la ville perd son cœur et ses habitudes ».\n\nLes travaux dureront un an.',
    );
    expect(draft.quotes).toEqual([{ speaker: 'Odile Marvaux', text: 'la ville perd son cœur et ses habitudes' }]);
  });

  it('reads « Pour autant » as no speaker', () => {
    const draft = parseClip(
      'Marché couvert\n\nOdile Marvaux tient un étal depuis vingt ans.\n\nPour autant, elle a prévenu : « la ville perd son cœur et ses habitudes ».\n\nLes travaux dureront un an.',
    );
    expect(draft.quotes).toEqual([{ speaker: 'Odile Marvaux', text: 'la ville perd son cœur et ses habitudes' }]);
  });

  it('credits a German quotation after „Laut“ and a name to the person, not the noun after it', () => {
    const draft = parseClip(
      'Markthalle schließt\n\nDie Halle schließt am Montag.\n\nLaut Grete Wallmann ist die Lage „sehr ernst für alle Händler hier“.\n\nDer Umbau dauert ein Jahr.',
    );
    expect(draft.quotes).toEqual([{ speaker: 'Grete Wallmann', text: 'sehr ernst für alle Händler hier' }]);
  });

  it('credits a Russian or Ukrainian quotation after whose opinion it is, in the nominative', () => {
    const ru = parseClip('Рынок закрыт\n\nРынок закрыли в понедельник.\n\nПо мнению Ольги Журавской, «город теряет своё сердце».');
    expect(ru.quotes).toEqual([{ speaker: 'Ольга Журавская', text: 'город теряет своё сердце' }]);
    const uk = parseClip('Ринок закрили\n\nРинок закрили в понеділок.\n\nНа думку Ольги Журавської, «місто втрачає своє серце».');
    expect(uk.quotes).toEqual([{ speaker: 'Ольга Журавська', text: 'місто втрачає своє серце' }]);
  });
});

describe('a speaker named by one word', () => {
  it('lists no body as a person when it speaks after « Pour »', () => {
    const draft = parseClip(
      'Chantier naval\n\nLe chantier de Sorlène obtient un prêt de Finavel et de deux banques.\n\nPour Finavel, le dossier reste « solide sur le fond, fragile sur la trésorerie ».\n\nLes salariés attendent la suite.',
    );
    expect(draft.quotes).toEqual([{ speaker: 'Finavel', text: 'solide sur le fond, fragile sur la trésorerie' }]);
    expect(draft.people).toEqual([]);
  });
});

describe('a French sentence opening on « D’après » and a name', () => {
  it('credits the quotation to the person, not to a name run with the preposition', () => {
    const draft = parseClip(
      'Marché couvert\n\nLa halle ferme ses portes lundi.\n\nD’après Odile Marvaux, « la halle ne rouvrira pas avant l’été prochain ».\n\nLes travaux dureront un an.',
    );
    expect(draft.quotes).toEqual([{ speaker: 'Odile Marvaux', text: 'la halle ne rouvrira pas avant l’été prochain' }]);
  });
});

describe('a source phrase right after the quotation, or giving a body’s account', () => {
  it('credits a French quotation followed by « selon » and a name', () => {
    const draft = parseClip('Procès\n\nLe procès s’est ouvert lundi.\n\n« Les faits sont graves et anciens », selon Odile Marvaux.');
    expect(draft.quotes).toEqual([{ speaker: 'Odile Marvaux', text: 'Les faits sont graves et anciens' }]);
  });

  it('credits a Ukrainian quotation after « за даними » to the body named before', () => {
    const draft = parseClip(
      'ДТП на трасі\n\nНаціональна поліція розслідує ДТП біля Заріччя.\n\nЗа даними поліції, водій «суттєво перевищив швидкість».',
    );
    expect(draft.quotes).toEqual([{ speaker: 'Національна поліція', text: 'суттєво перевищив швидкість' }]);
  });
});
