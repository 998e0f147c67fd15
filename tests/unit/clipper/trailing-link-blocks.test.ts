import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const STORY = [
  'Heimsieg im Derby: Blau-Weiß schlägt den Nachbarn',
  'Der SV Blau-Weiß hat am Sonntag das Derby gegen den FC Talheim mit 3:1 gewonnen. Vor 900 Zuschauern traf der Stürmer zweimal, einmal davon per Kopf.',
  'Der Trainer lobte nach dem Spiel die Abwehr, die dem Druck der Gäste über neunzig Minuten standgehalten habe. Am nächsten Wochenende tritt die Mannschaft auswärts an.',
];

describe('a block of short lines under the story', () => {
  it('is links when it holds furniture', () => {
    const text = [
      ...STORY,
      'Tabelle Kreisliga A\nAlle Spiele, alle Tore\nMehr Fußball aus der Region\nTeilen: Facebook | WhatsApp | E-Mail',
    ].join('\n\n');
    expect(parseClip(text).paragraphs.join('\n')).not.toMatch(/Tabelle|Alle Spiele|Mehr Fußball/u);
  });

  it('is kept when nothing in it is furniture', () => {
    const text = [...STORY, 'Tore: 1:0 Berg (12.)\n2:0 Berg (40.)\n2:1 Kurz (55.)\n3:1 Lang (88.)'].join('\n\n');
    expect(parseClip(text).paragraphs.join('\n')).toMatch(/3:1 Lang/u);
  });
});
