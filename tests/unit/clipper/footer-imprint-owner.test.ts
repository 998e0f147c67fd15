import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { isCompanyName, sourceFromFooter } from '../../../electron/shared/clipper/source.js';
import { pageWithHeader as page } from './made-up-page.js';

const HEADER = ['Island ferry to sail twice a day from April', 'By Mora Lindqvist', 'March 4, 2024'];

describe('the outlet a page’s footer names', () => {
  it('is the paper an imprint gives with its street and postcode', () => {
    expect(sourceFromFooter('Le Veilleur de Skerrin, Quai des Brumes 12, 2760 Port-Aven – Tél. 021 555 01 02')).toBe(
      'Le Veilleur de Skerrin',
    );
    expect(sourceFromFooter('Skerrin Island Courier, 14 Harbour Row, Port Aven PA3 9QT')).toBe('Skerrin Island Courier');
  });

  it('is a copyright’s company without the address after a legal form at the head of a compound', () => {
    expect(sourceFromFooter('© 2024 Inselbote Verlags-GmbH, Hafenstraße 3, 2760 Porthaven. Alle Rechte vorbehalten.')).toBe(
      'Inselbote Verlags-GmbH',
    );
    expect(isCompanyName('Inselbote Verlags-GmbH')).toBe(true);
  });

  it('is the paper a media company owns, when the page names the paper', () => {
    const draft = parseClip(
      page(HEADER, {
        closing: [
          '',
          'If you are a registered reader of the Skerrin Herald, sign in to comment.',
          '© Skerrin Herald Media Pvt Ltd. 2024. All rights reserved.',
        ],
      }),
    );
    expect(draft.source).toBe('Skerrin Herald');
  });

  it('is not a word of the company’s name that only the story uses', () => {
    const draft = parseClip(page(HEADER, { closing: ['', 'Fog lay over the island all morning.', '© 2024 Island Media Group'] }));
    expect(draft.source).not.toBe('Island');
  });
});
