import { describe, expect, it } from 'vitest';
import { outletOfSender, sourceFromCaption } from '../../../electron/shared/clipper/source.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a photographer credited after a slash', () => {
  it('is no outlet, whichever side of the slash the agency stands', () => {
    expect(sourceFromCaption('Die Spieler jubeln. Foto: Talbild/Jonas Weber')).toBeNull();
    expect(sourceFromCaption('Le quai en travaux. Photo Le Phare/Claire Moreau')).toBeNull();
    expect(sourceFromCaption('The quay at dusk. Photo: Jane Hale/Example Herald')).toBe('Example Herald');
    expect(sourceFromCaption('The quay at dusk. Photo: Tom Reed/Victoria Gazette')).toBe('Victoria Gazette');
  });

  it('is not the source of a match report whose page names no outlet', () => {
    const text = [
      'Spielbericht',
      'Heimsieg im Derby: Blau-Weiß schlägt den Nachbarn mit 3:1',
      'Der SV Blau-Weiß hat am Sonntag das Derby gegen den FC Talheim mit 3:1 gewonnen. Vor 900 Zuschauern traf der Stürmer zweimal.',
      'Die Spieler jubeln nach dem Schlusspfiff. Foto: Talbild/Jonas Weber',
      'Der Trainer lobte nach dem Spiel die Abwehr, die dem Druck der Gäste über neunzig Minuten standgehalten habe.',
      'Am nächsten Wochenende tritt die Mannschaft auswärts beim Tabellenführer an.',
    ].join('\n');
    expect(parseClip(text).source ?? null).toBeNull();
  });
});

describe('the sender of a forwarded newsletter', () => {
  it('is the source when the sender is an outlet, not a person', () => {
    expect(outletOfSender('From: Example Herald <briefing@example.com>')).toBe('Example Herald');
    expect(outletOfSender('Von: "Talbacher Zeitung" <news@example.de>')).toBe('Talbacher Zeitung');
    expect(outletOfSender('From: Dana Whitfield <dana@example.org>')).toBeNull();
    expect(outletOfSender('From: Jane Post <jane@example.org>')).toBeNull();
  });
});

describe('a newsletter mailed to its readers', () => {
  const NEWSLETTER = [
    'Від: Розсилка «Ранок. Приклад» <ranok@example.org>',
    'Тема: Міст, погода і новий розклад',
    'Дата: 3 березня 2026 р., 07:00',
    '',
    'Не відображається лист? Відкрийте у браузері',
    '',
    'РАНОК. ПРИКЛАД',
    'Вівторок, 3 березня 2026',
    '',
    'Поромна переправа через затоку працюватиме двічі на день',
    '',
    'Переправа на острів з квітня працюватиме двічі на день, повідомила рада порту. Мешканці острова просили про другий рейс два роки.',
    '',
    'Рада порту пояснила, що другий рейс коштуватиме стільки ж, скільки ремонт причалу, який тепер відкладуть до осені.',
  ].join('\n');

  it('is sent by the outlet its masthead names, though the name holds no outlet’s word', () => {
    expect(outletOfSender('De : Le Fil du Ponton <lettre@example.fr>', (name) => name === 'Le Fil du Ponton')).toBe('Le Fil du Ponton');
    expect(outletOfSender('De : Le Fil du Ponton <lettre@example.fr>')).toBeNull();
    expect(outletOfSender('From: Dana Whitfield <dana@example.org>', () => true)).toBeNull();
    expect(parseClip(NEWSLETTER).source).toBe('Ранок. Приклад');
  });

  it('offers to open itself in a browser, which is no headline', () => {
    expect(parseClip(NEWSLETTER).title).toBe('Поромна переправа через затоку працюватиме двічі на день');
  });
});
