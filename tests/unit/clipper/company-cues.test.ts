import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('firms named bare in business stories', () => {
  it('tells firms, banks and funds by what is done with them, not by a word in their name', () => {
    const draft = parseClip(
      'Tarnwell and Orrisby agree tie-up\n\nInsurers Tarnwell and Orrisby agreed on Monday to merge. Morrow and Quillan advised Tarnwell, while Orrisby was advised by Pellam. Shares in Orrisby rose 9%, and Tarnwell shareholders will own 60%.\n\nAnalysts at Brisco said the deal made sense. A spokesperson for Dunholt, which had bid for Orrisby, declined to comment. Orrisby chairman Neil Avery will step down.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['Tarnwell', 'Orrisby', 'Morrow', 'Quillan', 'Pellam', 'Brisco', 'Dunholt']),
    );
    expect(draft.places).toEqual([]);
    expect(draft.people).toEqual(['Neil Avery']);
  });
});

describe('firms named by their partners or as a mutual', () => {
  it('keeps a firm closed by & Co or & Söhne whole, and reads a mutual as a body', () => {
    const en = parseClip(
      'Deal\n\nTarrow Bank agreed to buy Quillan Mutual. Tarrow was advised by Varga & Co, while Quillan worked with Dane & Partners.',
    );
    expect(en.organizations).toEqual(expect.arrayContaining(['Quillan Mutual', 'Varga & Co', 'Dane & Partners']));
    expect(en.people).toEqual([]);
    const de = parseClip('Lager\n\nDie Halle gehört der Firma Lorenz & Söhne. Ihr Sohn Max kam am Abend.');
    expect(de.organizations).toContain('Lorenz & Söhne');
  });
});

describe('firms told by their kind, their owner or their office', () => {
  it('reads a name after a haulier’s kind or owned by a group as a firm, and a title opening a sentence as nothing', () => {
    const draft = parseClip(
      'Trucks wait at port\n\nLocal haulier Marsk Transporte said 60 trucks were waiting. Ferries run by Tolvik Sailings stayed in port. Tolvik Sailings said in a statement that talks would resume. Tolvik Sailings, which is owned by investment group Harnby Holding, carries freight. Chief executive Lars Odden said the company would not yield.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Marsk Transporte', 'Tolvik Sailings', 'Harnby Holding']));
    expect(draft.organizations).not.toContain('Chief');
    expect(draft.people).toEqual(['Lars Odden']);
  });
});

describe('a body introduced by its kind', () => {
  it('is the body though a town is spelt so', () => {
    const draft = parseClip(
      'Crane sensors fail\n\nThe sensors, supplied by the Swedish manufacturer Uppsala, were fitted to 22 cranes in August. Uppsala did not respond to a request for comment.',
    );
    expect(draft.organizations).toContain('Uppsala');
    expect(draft.places).not.toContain('Uppsala');
  });
});
