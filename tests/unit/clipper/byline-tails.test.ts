import { describe, expect, it } from 'vitest';
import { readBylineLine } from '../../../electron/shared/clipper/byline.js';

describe('a byline whose names something else follows', () => {
  it('ends the names before the writer’s handle, an outlet in brackets or one she writes for', () => {
    expect(readBylineLine('By Dora Whitcombe @dorawhit')?.names).toEqual(['Dora Whitcombe']);
    expect(readBylineLine('By Dora Whitcombe (Lakeside Ledger)')?.names).toEqual(['Dora Whitcombe']);
    expect(readBylineLine('By Dora Whitcombe For Lakesideledger.com')?.names).toEqual(['Dora Whitcombe']);
    expect(readBylineLine('By Dora Whitcombe for the Lakeside Ledger')?.names).toEqual(['Dora Whitcombe']);
  });

  it('reads a credit that names what was written: a story, an article, a report', () => {
    expect(readBylineLine('Story by Dora Whitcombe')?.names).toEqual(['Dora Whitcombe']);
    expect(readBylineLine('Article by Dora Whitcombe')?.names).toEqual(['Dora Whitcombe']);
    expect(readBylineLine('Reported by Dora Whitcombe and Abel Tsang')?.names).toEqual(['Dora Whitcombe', 'Abel Tsang']);
  });

  it('takes the outlet of a freelance’s `Special to` credit without its words', () => {
    expect(readBylineLine('By Dora Whitcombe, Special to the Ledger')).toEqual({ names: ['Dora Whitcombe'], outlet: 'Ledger' });
  });
});
