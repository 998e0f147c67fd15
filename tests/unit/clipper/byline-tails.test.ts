import { describe, expect, it } from 'vitest';
import { cleanName, nameAfterTimestamp, readBylineLine } from '../../../electron/shared/clipper/byline.js';
import { readDateLine } from '../../../electron/shared/clipper/date-line.js';

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

  it('names no outlet from the sections listed after the date', () => {
    expect(readBylineLine('By Dora Whitcombe | Mar 4, 2024 | News, Local')).toEqual({ names: ['Dora Whitcombe'], outlet: null });
  });

  it('reads a name run into the role after it, glued or not, and keeps a surname’s own capital', () => {
    expect(readBylineLine('Dora WhitcombeFootball Correspondent')?.names).toEqual(['Dora Whitcombe']);
    expect(readBylineLine('Dora Whitcombe Chief Football Writer')?.names).toEqual(['Dora Whitcombe']);
    expect(cleanName('Dora McWhitcombe Staff Writer')).toBe('Dora McWhitcombe');
  });

  it('reads a name set after the date by a slash, and a role set after the name by one', () => {
    expect(nameAfterTimestamp('Mar 4, 2024 / Dora Whitcombe')).toBe('Dora Whitcombe');
    expect(readBylineLine('Dora Whitcombe / Staff Writer')?.names).toEqual(['Dora Whitcombe']);
    expect(readBylineLine('Harbour News / Local Sport')).toBeNull();
  });
});

describe('a blog post’s timestamp line', () => {
  it('is a timestamp beside the count of its comments', () => {
    expect(readDateLine('Dora Whitcombe - March 4, 2024 - 3 Comments', true)?.map((d) => d.date.day)).toEqual([4]);
  });
});

describe('a line shaped like a name', () => {
  it('is no person when it is a widget’s label or a reprint’s credit', () => {
    for (const label of ['Report Error', 'Visitors Online', 'Harbour Newsletter', 'Via Examplewire.info']) {
      expect(cleanName(label)).toBeNull();
    }
    expect(cleanName('Dora Whitcombe')).toBe('Dora Whitcombe');
  });
});
