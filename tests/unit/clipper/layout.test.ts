import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const para = (n: number) =>
  `Paragraph ${n} of the story explains in some detail what happened at the harbour on the day of the storm and what the council plans to do next.`;

describe('header, footer and cruft', () => {
  it('finds the headline under section labels and drops share buttons', () => {
    const draft = parseClip(
      [
        'News | Local',
        'ANALYSIS',
        'Harbour walls to be raised after winter storms',
        'By ELLA MARSH and Dan Reyes',
        'Published 4 June 2022, 10:00 BST',
        'Updated 5 June 2022',
        'Share',
        'Facebook',
        'Copy link',
        '',
        para(1),
        '',
        'Advertisement',
        '',
        para(2),
        '',
        '© 2022 Harbour Gazette Ltd. All rights reserved.',
      ].join('\n'),
    );
    expect(draft.title).toBe('Harbour walls to be raised after winter storms');
    expect(draft.byline).toEqual(['Ella Marsh', 'Dan Reyes']);
    expect(draft.date).toBe('2022-06-04');
    expect(draft.source).toBe('Harbour Gazette');
    expect(draft.cruft).toEqual(expect.arrayContaining(['News | Local', 'ANALYSIS', 'Share', 'Facebook', 'Copy link', 'Advertisement']));
    expect(draft.paragraphs).toEqual([para(1), para(2)]);
  });

  it('uses an Updated line only when nothing else dates the article', () => {
    expect(parseClip(`Harbour walls to be raised\nUpdated: 9 May 2021\n\n${para(1)}`).date).toBe('2021-05-09');
    expect(parseClip(`Harbour walls to be raised\n\n${para(1)} It happened on Friday.`).date).toBeNull();
  });

  it('reads credits at the foot and leaves editors out', () => {
    const draft = parseClip(`${para(1)}\n\nReporting by Elena Ruiz in Lima; Additional reporting by Li Wei; Editing by Mark Stone`);
    expect(draft.byline).toEqual(['Elena Ruiz', 'Li Wei']);
  });

  it('reads a credit for additional reporting under a story with a byline as a helper’s, not a writer’s, above the page’s furniture', () => {
    const text = `Business | Ports\nHarbour sold to a fund\nBy Ann Lee\n5 March 2025 at 07:41 GMT\nListen to article\nShare this article\n${para(1)}\n\n${para(2)}\n\nAdditional reporting by Li Wei\n\nMost read\nFerry fares rise again\nNew bridge opens in spring\nInside the race to build the new terminal\nSign up for Morning Ports, our free briefing on the day's shipping news.\n© The Harbour Post Ltd 2025. All rights reserved.`;
    expect(parseClip(text).byline).toEqual(['Ann Lee']);
  });

  it('ends a credit at a sentence’s full stop, so an editor after it is left out, and not at an initial', () => {
    const wire = parseClip(`${para(1)}\n\nReporting by Elena Ruiz in Lima; additional reporting by Tomas Berg. Editing by Mark Stone.`);
    expect(wire.byline).toEqual(['Elena Ruiz', 'Tomas Berg']);
    expect(parseClip(`${para(1)}\n\nReporting by Jane M. Doe and Li Wei; Editing by Sam Roe`).byline).toEqual(['Jane M. Doe', 'Li Wei']);
  });

  it('reads credits in parentheses closing a wire story', () => {
    expect(parseClip(`${para(1)} (Reporting by Jane Doe and Li Wei; Editing by Sam Roe)`).byline).toEqual(['Jane Doe', 'Li Wei']);
  });

  it('joins hard-wrapped lines and handles CRLF', () => {
    const draft = parseClip(
      'The council said on Monday that the repairs\r\nwould take most of the summer and cost more\r\nthan it had first expected.\r\n\r\nA second paragraph follows here with more words in it.',
    );
    expect(draft.paragraphs[0]).toBe(
      'The council said on Monday that the repairs would take most of the summer and cost more than it had first expected.',
    );
    expect(draft.paragraphs).toHaveLength(2);
  });

  it('joins lines wrapped at a margin where every line opens on a capital, as German nouns do', () => {
    const forwarded = [
      'Hallo Team,',
      'bitte lesen, betrifft unser Projekt.',
      'Gruß Ole',
      '',
      '---------- Weitergeleitete Nachricht ---------',
      'Von: Kahlstädter Anzeiger <post@anzeiger.example>',
      'Date: Di., 4. März 2025 um 06:30 Uhr',
      'Subject: Frühausgabe: Schulbau verzögert sich',
      'To: <ole@example.com>',
      '',
      'KAHLSTÄDTER ANZEIGER · FRÜHAUSGABE',
      'Im Browser lesen',
      '',
      'Guten Morgen,',
      '',
      'Schulbau am Lindenhang verzögert sich um ein Jahr',
      'Von Petra Imhof',
      '',
      'Kahlstadt. Der Neubau der Schule am Lindenhang verzögert sich um ein',
      'Jahr, weil die Firma für die Fenster Insolvenz anmelden musste. Die',
      'Verwaltung sucht nun einen Ersatz, wie Bürgermeisterin Anke Wiese',
      'Mitte der Woche im Ausschuss sagte.',
      '',
      'Bis dahin bleiben die Klassen in den Containern auf dem Sportplatz.',
      'Eltern hatten zuletzt über Kälte und Lärm in den Räumen geklagt. Die',
      'Stadt will die Container nun bis zum Herbst besser dämmen lassen.',
      '',
      'Die Kosten des Neubaus steigen nach Angaben der Kämmerei um rund',
      'zwei Millionen Euro. Das Land trägt davon einen Teil.',
    ].join('\n');
    const draft = parseClip(forwarded);
    expect(draft.paragraphs[0]).toBe(
      'Kahlstadt. Der Neubau der Schule am Lindenhang verzögert sich um ein Jahr, weil die Firma für die Fenster Insolvenz anmelden musste. Die Verwaltung sucht nun einen Ersatz, wie Bürgermeisterin Anke Wiese Mitte der Woche im Ausschuss sagte.',
    );
    expect(draft.paragraphs[1]).toBe(
      'Bis dahin bleiben die Klassen in den Containern auf dem Sportplatz. Eltern hatten zuletzt über Kälte und Lärm in den Räumen geklagt. Die Stadt will die Container nun bis zum Herbst besser dämmen lassen.',
    );
  });

  it('never invents a title for a paste that starts with its body', () => {
    expect(parseClip(para(1)).title).toBeNull();
    const lede = parseClip(`Heavy snow halted trains across the north on Monday.\n\n${para(1)}`);
    expect(lede.title).toBeNull();
    expect(lede.paragraphs[0]).toBe('Heavy snow halted trains across the north on Monday.');
  });

  it('names the language of the body', () => {
    expect(
      parseClip('Die Stadt hat am Mittwoch beschlossen, die Brücke über den Fluss für den Verkehr zu sperren, weil das Wasser steigt.')
        .language,
    ).toBe('de');
    expect(
      parseClip('Le conseil municipal a décidé mercredi de fermer le pont au trafic parce que le niveau de la rivière continue de monter.')
        .language,
    ).toBe('fr');
    expect(parseClip('Міська рада в середу вирішила закрити міст для руху, бо рівень води в річці продовжує зростати.').language).toBe(
      'uk',
    );
    expect(
      parseClip('Городской совет в среду решил закрыть мост для движения, потому что уровень воды в реке продолжает расти.').language,
    ).toBe('ru');
    expect(parseClip('市政府周三决定关闭这座桥梁，因为河水水位持续上涨。').language).toBe('zh');
  });
});
