import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('body text wrapped at a phone’s narrow width', () => {
  it('is one paragraph where the next line opens on a capital noun and one break ends on an article', () => {
    const draft = parseClip(
      'Lange Wartezeiten am Hafen\n\nIm Hafen warten seit Montag\nHunderte Lastwagen auf die\nFähre nach Kiel.\n\nDie Reederei setzt ab Mittwoch\nzusätzliche Schiffe ein.',
    );
    expect(draft.paragraphs).toEqual([
      'Im Hafen warten seit Montag Hunderte Lastwagen auf die Fähre nach Kiel.',
      'Die Reederei setzt ab Mittwoch zusätzliche Schiffe ein.',
    ]);
    expect(draft.cruft).toEqual([]);
  });

  it('is one paragraph where a line stops short before a long word', () => {
    const draft = parseClip('Очереди в порту\n\nС понедельника в порту стоят\nСотни грузовиков, а\nпассажирских паромов не хватает.');
    expect(draft.paragraphs).toEqual(['С понедельника в порту стоят Сотни грузовиков, а пассажирских паромов не хватает.']);
  });

  it('leaves a poem’s short lines and a list of headlines apart', () => {
    const poem = parseClip(
      'Harbour verse\n\nThe boats come in at seven.\nThe gulls are loud and grey.\nThe nets are wet with heaven.\nThe tide goes out to play.',
    );
    expect(poem.paragraphs).toContain('The gulls are loud and grey.');
    const listed = parseClip(
      'Port reopens after storm\n\nThe port reopened on Monday after three days of storms kept the ferries in harbour.\n\nRead next\nNew ferry for the northern bay\nFishing fleet returns early',
    );
    expect(listed.paragraphs.join('\n')).not.toContain('New ferry for the northern bay Fishing');
  });
});
