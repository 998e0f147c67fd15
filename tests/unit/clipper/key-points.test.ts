import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const page = (label: string, points: string[]) =>
  [
    'Skip to main content',
    'Live: Storm closes the coast road north of Kellport – latest updates',
    'Posted 18 February 2025 · 7:05am',
    'Refresh',
    label,
    ...points,
    'Refresh for latest updates',
    '',
    '8:42am',
    'Road shut at the harbour',
    'The council closed the coast road at the harbour after waves broke over the wall, and asked drivers to use the hill road instead.',
    '"Please stay away from the seafront this morning," the council leader, Mara Lindqvist, told reporters at the depot.',
    '',
    '8:15am',
    'Ferries on hold',
    'The ferry company says sailings are suspended until at least midday while engineers inspect the berth.',
    'Passengers booked on the early sailing are being offered a free transfer to a later crossing.',
    '',
    'Comments are closed for this live blog.',
  ].join('\n');

const POINTS = [
  'Waves broke over the harbour wall at high tide before dawn',
  'No injuries reported; two cars were damaged on the seafront',
  'Ferry sailings suspended while the berth is inspected',
];

describe('a live page’s summary in points under its headline', () => {
  it('is the story’s text, each point a paragraph of its own, while the buttons around it stay out', () => {
    for (const label of ['Key points:', 'Key points', 'Das Wichtigste in Kürze', 'Главное:']) {
      const clip = parseClip(page(label, POINTS));
      expect(clip.title).toBe('Live: Storm closes the coast road north of Kellport – latest updates');
      expect(clip.paragraphs.slice(0, 6), label).toEqual([label, ...POINTS, '8:42am', 'Road shut at the harbour']);
      expect(clip.cruft).toEqual(
        expect.arrayContaining(['Refresh', 'Refresh for latest updates', 'Comments are closed for this live blog.']),
      );
    }
  });

  it('needs a label and at least two points', () => {
    const clip = parseClip(page('Latest headlines', POINTS));
    expect(clip.paragraphs).not.toContain(POINTS[0]);
  });
});
