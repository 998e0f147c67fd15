import { describe, expect, it } from 'vitest';
import { clipMarkdown, FootnoteCounter } from '../../../electron/core/dossier/md/clip-markdown.js';
import { planClip } from '../../../electron/core/dossier/plan-clip.js';
import type { Clip } from '../../../electron/shared/models/clip.js';
import type { Highlight } from '../../../electron/shared/models/organise.js';
import { clipFixture, highlightFixture } from '../../support/clip-fixture.js';

const BODY = ['The council met on Monday and voted to rebuild the bridge.', 'Work starts in May.'];

function clip(highlights: Partial<Highlight>[]): Clip {
  return clipFixture({
    id: 7,
    title: 'Bridge vote',
    paragraphs: BODY,
    date: '2024-03-04',
    source: 'Courier',
    wordCount: 15,
    highlights: highlights.map((h, i) => highlightFixture({ id: i + 1, clipId: 7, ...h })),
  });
}

const body = (c: Clip, counter = new FootnoteCounter()) => clipMarkdown(planClip(c, 1), counter);

describe('highlights in a Markdown clip', () => {
  it('merge where they overlap, with each note referenced after its own last word', () => {
    const md = body(
      clip([
        { exact: 'council met on Monday', start: 4, note: 'Which council?' },
        { exact: 'Monday and voted', start: 19, note: 'Check the vote.' },
      ]),
    );
    expect(md).toContain('The ==council met on Monday==[^1] ==and voted==[^2] to rebuild the bridge.');
    expect(md).toContain('[^1]: Which council?\n\n[^2]: Check the vote.');
  });

  it('keep spaces outside the marks, so every == closes', () => {
    const md = body(clip([{ exact: ' voted to ', start: 31 }]));
    expect(md).toContain('Monday and ==voted to== rebuild');
  });

  it('cross paragraphs as one mark per paragraph', () => {
    const md = body(clip([{ exact: 'bridge.\n\nWork starts', start: 49 }]));
    expect(md).toContain('rebuild the ==bridge.==\n\n==Work starts== in May.');
  });

  it('number notes across the whole document, and print a note whose words are gone', () => {
    const counter = new FootnoteCounter();
    counter.take();
    const md = body(clip([{ exact: 'words since edited away', start: 3, note: 'Still worth keeping.\n\nSecond paragraph.' }]), counter);
    expect(md).toContain('On “words since edited away”, no longer in the text.[^2]');
    expect(md).toContain('[^2]: Still worth keeping.\n\n    Second paragraph.');
  });
});
