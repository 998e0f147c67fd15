import { describe, expect, it } from 'vitest';
import { groupByName, nameKey, siteKey, spellingsOf } from '../../../electron/shared/text/name-key.js';

describe('the name key', () => {
  it('folds accents, case and spacing, and nothing else', () => {
    expect(nameKey('Martín  Echegaray')).toBe(nameKey('martin echegaray'));
    expect(nameKey('Zoë Ørsted-Brandt')).not.toBe(nameKey('Zoe Orsted Brandt'));
    expect(nameKey('Олена Ковальчук')).toBe('олена ковальчук');
    expect(nameKey('Ilse Warrender')).not.toBe(nameKey('Ilse Warrenders'));
    expect(nameKey('  Ilse   WARRENDER ')).toBe('ilse warrender');
    expect(nameKey('Ilse\u00a0Warrender')).toBe('ilse warrender');
    expect(nameKey('ﬁona Reyes')).toBe(nameKey('Fiona Reyes'));
  });

  it('gives every spelling of a site one key: address, accents, case, punctuation and a leading The', () => {
    const key = siteKey('The Quillfield Ledger');
    expect(key).toBe('quillfieldledger');
    for (const spelling of [
      'QUILLFIELD LEDGER',
      'quillfieldledger',
      'QuillfieldLedger.com',
      'www.quillfieldledger.co.uk',
      'Quillfield-Ledger.ca',
    ]) {
      expect(siteKey(spelling)).toBe(key);
    }
    expect(siteKey('Quíllfield Lédger')).toBe(key);
    expect(siteKey('quillfieldledger.com.au')).toBe(key);
    expect(siteKey('Вечірній Дзвін')).toBe(siteKey('вечірній дзвін'));
    // `The` goes only before a name, not from a word it opens.
    expect(siteKey('The Ox')).toBe('theox');
    expect(siteKey('Quillfield Ledger')).not.toBe(siteKey('Quillfield Leader'));
  });

  it('groups spellings under the commonest one, accents winning a tie', () => {
    const groups = groupByName(['Martin Echegaray', 'Martín Echegaray', 'Martín Echegaray', 'Rosa Vidal'], (n) => n);
    expect(groups.map((g) => [g.name, g.items.length])).toEqual([
      ['Martín Echegaray', 3],
      ['Rosa Vidal', 1],
    ]);
    expect(groupByName(['Lena Ruiz', 'Léna Ruiz'], (n) => n)[0]!.name).toBe('Léna Ruiz');
    const weighted = groupByName(
      [
        { name: 'Tomas Quell', count: 5 },
        { name: 'Tomás Quell', count: 2 },
      ],
      (r) => r.name,
      (r) => r.count,
    );
    expect(weighted[0]!.name).toBe('Tomas Quell');
  });

  it('finds every spelling of a name, and longer names ending in it, as a name filter does', () => {
    const names = ['Martín Echegaray', 'martin  echegaray', 'Rosa Echegaray', 'Echegaray', 'Martin Echegarays', 'Echegaray Vidal'];
    expect(spellingsOf(names, 'Martin Echegaray')).toEqual(['Martín Echegaray', 'martin  echegaray']);
    expect(spellingsOf(names, 'ECHEGARAY')).toEqual(['Martín Echegaray', 'martin  echegaray', 'Rosa Echegaray', 'Echegaray']);
    expect(spellingsOf(names, 'gabriel')).toEqual([]);
    expect(spellingsOf(names, '  ')).toEqual([]);
  });

  it('finds the same spellings as keying every name would, however a name ends', () => {
    const names = [
      'Rosa Vidal ',
      'ROSA VIDAL',
      'Rosa Vida\u0301l',
      'Rosa Vidál',
      'Rosa Vidal\u00a0',
      'Rosa Vidal\t',
      'Rosa Vidals',
      'Rosa Vidaｌ',
      'Rosa Vidal.',
      'Олена Ковальчук',
      'Олена Ковальчу́к',
      '',
    ];
    for (const wanted of ['Rosa Vidal', 'vidál', 'ковальчук', 'Vidal.', 'Vidaｌ']) {
      const key = nameKey(wanted);
      expect(spellingsOf(names, wanted), wanted).toEqual(names.filter((n) => nameKey(n) === key || nameKey(n).endsWith(` ${key}`)));
    }
    expect(spellingsOf(names, 'Rosa Vidal')).toHaveLength(7);
  });
});
