import { expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const page = (footer: string[]) =>
  [
    'Home | News | Transport',
    'Ferries halted across the estuary as crews walk out over pay',
    'Published 12 May 2026, 06:02 BST',
    'No ferries are running on any of the four river routes after crews began a 48-hour strike at 04:00 on Tuesday, the operator said.',
    'The union says the offer of 4.2% is a real-terms pay cut; the operator says it is fair and final and that talks will resume on Thursday.',
    'Bus operators are running extra services between the two banks of the river, and the council has asked commuters to work from home where they can.',
    'Share',
    'Save',
    ...footer,
  ].join('\n');

it('a page’s copyright company is the outlet the page names without the company’s word', () => {
  expect(parseClip(page(['Get the Estuary Tide app', '© Estuary Tide Media Ltd 2026'])).source).toBe('Estuary Tide');
});

it('the company stays the source when the page names no shorter form', () => {
  expect(parseClip(page(['© Estuary Ledger Media Ltd 2026'])).source).not.toBe('Estuary Tide');
});
