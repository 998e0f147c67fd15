import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const quotes = (text: string) => parseClip(text).quotes;

describe('quotations', () => {
  it('splits a quote interrupted by its attribution', () => {
    expect(quotes('“The river is rising,” said Hanna Berg, a local engineer. “We are ready.”')).toEqual([
      { speaker: 'Hanna Berg', text: 'The river is rising' },
      { speaker: 'Hanna Berg', text: 'We are ready.' },
    ]);
  });

  it('splits two sentences quoted in one pair of marks around their credit, in Russian and French', () => {
    expect(quotes('«Мы плохо начали, — признал тренер гостей Олег Зимин. — Но потом выровняли игру».')).toEqual([
      { speaker: 'Олег Зимин', text: 'Мы плохо начали' },
      { speaker: 'Олег Зимин', text: 'Но потом выровняли игру' },
    ]);
    expect(quotes("« Le chantier n'a pas pris de retard, a assuré la maire Claire Roux. Il sera fini en mai. »")).toEqual([
      { speaker: 'Claire Roux', text: "Le chantier n'a pas pris de retard" },
      { speaker: 'Claire Roux', text: 'Il sera fini en mai.' },
    ]);
    // A dash inside a quotation that opens on no speech verb is the speaker's own.
    expect(quotes('«Мы ждали долго, — и дождались. — Теперь всё будет иначе», — сказал Олег Зимин.')).toHaveLength(1);
  });

  it('joins a quote carried over two paragraphs', () => {
    const q = quotes('Tomas Reed, who runs the ferry, was blunt. “We lost the season.\n\n“Nobody will pay us back for that.”');
    expect(q).toEqual([{ speaker: 'Tomas Reed', text: 'We lost the season. Nobody will pay us back for that.' }]);
  });

  it('does not mistake apostrophes for closing marks', () => {
    const q = quotes(
      'Officials called the plan a ‘reasonable compromise for the farmers’ families’, the minister’s office said. In the ’90s the dam’s turbines ran all winter.',
    );
    expect(q).toHaveLength(1);
    expect(q[0]!.text).toBe('reasonable compromise for the farmers’ families');
  });

  it('reads «», „“ and 「」', () => {
    expect(quotes('«Мы готовы к паводку», — сказал мэр города Иван Петров.')).toEqual([
      { speaker: 'Иван Петров', text: 'Мы готовы к паводку' },
    ]);
    expect(quotes('„Wir sind vorbereitet“, sagte Bürgermeisterin Anna Vogel.')).toEqual([
      { speaker: 'Anna Vogel', text: 'Wir sind vorbereitet' },
    ]);
    expect(quotes('工程师李明说：「我们已经做好了准备。」')).toEqual([{ speaker: '李明', text: '我们已经做好了准备。' }]);
  });

  it('reads German »«, whose opening mark closes a French quotation, and leaves a title in them unquoted', () => {
    const text =
      'Die Regisseurin Lena Hofer sagte, sie habe das Stück nicht »erklären, sondern öffnen« wollen. Die Kritik im »Stadtboten« war freundlich.\n\n' +
      '»Ich war überrascht«, sagte der Intendant Paul Brandt. »Das Publikum blieb bis zum Schluss.«';
    expect(quotes(text)).toEqual([
      { speaker: 'Lena Hofer', text: 'erklären, sondern öffnen' },
      { speaker: 'Paul Brandt', text: 'Ich war überrascht' },
      { speaker: 'Paul Brandt', text: 'Das Publikum blieb bis zum Schluss.' },
    ]);
    expect(parseClip(text).people).toEqual(['Lena Hofer', 'Paul Brandt']);
    expect(quotes('« Nous sommes prêts », a déclaré la maire Claire Roux. »')).toEqual([
      { speaker: 'Claire Roux', text: 'Nous sommes prêts' },
    ]);
  });

  it('credits `she` to the latest woman named, and takes a name described by an age or a clause as the subject', () => {
    const text = [
      'Library to close',
      'Council leader Cllr Marcus Odell said the move would save money. "We have no choice," he said.',
      'Petition organiser Janet Roe, 71, who has used the library for decades, said older residents would be cut off.',
      '"The bus runs twice an hour," she said.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      { speaker: 'Marcus Odell', text: 'We have no choice' },
      { speaker: 'Janet Roe', text: 'The bus runs twice an hour' },
    ]);
  });

  it('credits `the minister said` to the person named earlier with that role, in English, Ukrainian and Russian', () => {
    expect(quotes('The health minister, Ann Lee, visited the ward.\n\n"We will build a new wing," the minister said.')).toEqual([
      { speaker: 'Ann Lee', text: 'We will build a new wing' },
    ]);
    expect(quotes('Режисер Олег Тимченко показав нову виставу.\n\n«Це історія про мою родину», — пояснив режисер.')).toEqual([
      { speaker: 'Олег Тимченко', text: 'Це історія про мою родину' },
    ]);
    expect(quotes('Главный тренер Сергей Зимин остался доволен.\n\n«Мы играли смело», — сказал тренер.')).toEqual([
      { speaker: 'Сергей Зимин', text: 'Мы играли смело' },
    ]);
  });

  it('credits a person called by their age to the person just named, who is named once', () => {
    const de = parseClip('Torhüter Max Engel hielt drei Siebenmeter. »Heute lief alles«, sagte der 23-Jährige.');
    expect([de.quotes, de.people]).toEqual([[{ speaker: 'Max Engel', text: 'Heute lief alles' }], ['Max Engel']]);
    const en = parseClip('Dock worker Sam Reed stayed all night. "It was the longest shift of my life," the 54-year-old said.');
    expect([en.quotes, en.people]).toEqual([[{ speaker: 'Sam Reed', text: 'It was the longest shift of my life' }], ['Sam Reed']]);
  });

  it('resolves surnames and pronouns to the full name', () => {
    const q = quotes(
      'Finance Minister Carla Duarte presented the budget on Tuesday.\n\n“It is a careful plan,” Duarte told reporters.\n\nShe added: “Nobody should expect miracles.”',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Carla Duarte', 'Carla Duarte']);
    expect(parseClip('Finance Minister Carla Duarte presented the budget.').people).toEqual(['Carla Duarte']);
  });

  it('credits organisations and leaves joint or unnamed speakers null', () => {
    expect(quotes('The Water Ministry said in a statement that supplies were “secure for the summer”.')).toEqual([
      { speaker: 'Water Ministry', text: 'secure for the summer' },
    ]);
    expect(quotes('“The queue was endless,” said one driver near the depot.')[0]!.speaker).toBeNull();
    expect(quotes('Both leaders described the talks as ‘open and useful’.')[0]!.speaker).toBeNull();
  });

  it('follows French inversion and German pronouns back to the person', () => {
    const fr = quotes(
      'Le maire de Lyon, Pierre Blanc, a présenté mardi son plan.\n\n« Nous voulons doubler les pistes », a-t-il déclaré. « Ce sera long », a-t-il ajouté.',
    );
    expect(fr.map((q) => q.speaker)).toEqual(['Pierre Blanc', 'Pierre Blanc']);
    const de = quotes(
      'Die Bürgermeisterin von Köln, Anna Schulz, hat am Montag einen Plan vorgestellt.\n\n„Wir wollen die Radwege verdoppeln“, sagte sie.',
    );
    expect(de).toEqual([{ speaker: 'Anna Schulz', text: 'Wir wollen die Radwege verdoppeln' }]);
  });

  it('skips names and titles in quote marks', () => {
    expect(quotes('Crews towed the "Northern Light" trawler to port on Friday.')).toEqual([]);
  });

  it('skips a group’s or a list’s name in quote marks', () => {
    const text = 'Maëlle Quéré, élue du groupe « Plouvenec pour tous », a jugé le calendrier « irréaliste ».';
    expect(quotes(text).map((q) => q.text)).toEqual(['irréaliste']);
  });

  it('skips a term introduced as so-called', () => {
    expect(quotes('La mairie veut généraliser les enrobés dits « phoniques », a annoncé l’adjointe Maëlle Quéré.')).toEqual([]);
    expect(quotes('The council backed so-called “quiet” asphalt, the mayor, Tom Fry, said on Monday.')).toEqual([]);
  });

  it('keeps a mismatched curly-straight pair and a nested single quote', () => {
    expect(quotes('“We will listen," he said.')[0]!.text).toBe('We will listen');
    expect(quotes('"He said \'maybe next year,\'" Ruth Mayer told the meeting.')[0]).toEqual({
      speaker: 'Ruth Mayer',
      text: "He said 'maybe next year,'",
    });
  });
});
