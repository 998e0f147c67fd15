import { describe, expect, it } from 'vitest';
import { runOnText } from '../../../renderer/src/lib/clip/clip-text.js';

describe('a list row’s run of body text', () => {
  it('keeps a paragraph that closes no sentence apart from the next by a dash', () => {
    expect(runOnText('All ten crew are safe, the coastguard said\n\nPORTVILLE, May 2. Rescuers reached the trawler at dawn.')).toBe(
      'All ten crew are safe, the coastguard said — PORTVILLE, May 2. Rescuers reached the trawler at dawn.',
    );
  });

  it('runs on paragraphs that end their sentences, and line breaks inside them', () => {
    expect(runOnText('The port reopened.\n\n"We are back," she said.”\n\nShips  queued\noutside.')).toBe(
      'The port reopened. "We are back," she said.” Ships queued outside.',
    );
  });
});
