import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const speakers = (text: string) => parseClip(text).quotes.map((q) => q.speaker);

describe('a source phrase whose pronoun points back to the person named', () => {
  it('credits a Ukrainian quotation after за її словами to the woman named before', () => {
    const draft = parseClip(
      'Нова лікарня\n\nУ Черкасах відкрили нову лікарню.\n\nЛікарка Оксана Таран наголосила, що головне — швидкість. За її словами, «кожна година очікування шкодить пацієнтові».',
    );
    expect(draft.quotes).toEqual([{ speaker: 'Оксана Таран', text: 'кожна година очікування шкодить пацієнтові' }]);
  });

  it('credits a French fragment after selon lui to the man named, not to the person the sentence is about', () => {
    const draft = parseClip(
      'Défaite à domicile\n\nLe club a perdu samedi.\n\nL’entraîneur Marc Dufresne n’a pas caché sa colère. Selon lui, l’arbitre, Paul Vigneau, a « oublié deux fautes évidentes ».',
    );
    expect(draft.quotes).toEqual([{ speaker: 'Marc Dufresne', text: 'oublié deux fautes évidentes' }]);
  });
});

describe('German word order around the speaker', () => {
  it('reads the name after an aged article as the speaker, and a pronoun after the auxiliary as the woman named', () => {
    expect(
      speakers(
        'Streik am Morgen\n\nDer Bus fiel am Montag aus.\n\n„Wir warten seit einer Stunde“, sagte der Fahrer Kurt Lemmer.\n\n„Ich komme zu spät zur Prüfung“, sagte die 17-jährige Jana Oberle aus Hainfeld.',
      ),
    ).toEqual(['Kurt Lemmer', 'Jana Oberle']);
    expect(
      speakers(
        'Laden zu\n\nDer Laden schliesst.\n\nDie Kassiererin Greta Wymann kennt alle Kunden. Gestern hat sie zu mir gesagt: «Ohne den Laden stirbt das Dorf.» Ich denke oft daran.',
      ),
    ).toEqual(['Greta Wymann']);
  });

  it('reads the name right after the verb of a fronted sentence as the speaker of what it reports', () => {
    const draft = parseClip(
      'Premiere im Theater\n\nDas Stadttheater zeigte am Samstag ein neues Stück.\n\nIm Gespräch nach der Premiere sagte Regisseur Tilo Brandstetter, er habe den Text nicht »nachspielen, sondern befragen« wollen. »Mich interessiert, was die Figuren verschweigen.«',
    );
    expect(draft.quotes.map((q) => q.speaker)).toEqual(['Tilo Brandstetter', 'Tilo Brandstetter']);
  });

  it('credits a witness introduced by her job to her when she speaks as sie, and names no one for an older spectator', () => {
    expect(
      speakers(
        'Unfall auf der A7\n\nAuf der A7 gab es einen Unfall.\n\n„Wir waren schnell vor Ort“, sagte Einsatzleiter Rolf Danner.\n\nEine Zeugin, die Ärztin Helga Sperling aus Celle, hielt sofort an. „Ich habe den Knall gehört und bin losgerannt“, sagte sie dieser Zeitung.\n\nEin älterer Zuschauer sagte: »Das habe ich so noch nie gesehen.«',
      ),
    ).toEqual(['Rolf Danner', 'Helga Sperling', null]);
  });
});

describe('a Chinese speaker who speaks to the writer', () => {
  it('reads 跟我说 as a setting between the speaker and the verb', () => {
    expect(
      speakers('扎染手艺\n\n答：当然有。后来大学的老师来村里调研，他们的教授孙立群跟我说，“你守住的是这门手艺的根”。那句话我记到现在。'),
    ).toEqual(['孙立群']);
  });
});
