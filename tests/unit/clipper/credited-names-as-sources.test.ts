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
