import { describe, expect, it } from 'vitest';
import { compareQuotes } from '../../../electron/shared/compare/compare-quotes.js';
import { compareEntities } from '../../../electron/shared/compare/compare-entities.js';
import { compareDrafts } from '../../../electron/shared/compare/compare-drafts.js';
import { sameEntity } from '../../../electron/shared/compare/names.js';

const q = (speaker: string | null, text: string) => ({ speaker, text });

describe('quotes', () => {
  it('pairs two translations of one remark by the same speaker', () => {
    const a = [q('Tomás Ibarra', 'Chile is not just a client for us, it is a partner for the next thirty years')];
    const b = [q('Tomas Ibarra', 'not only our customer, but also our partner for the coming three decades')];
    const c = compareQuotes(a, b);
    expect(c.shared).toEqual([{ speaker: 'Tomás Ibarra', a: a[0]!.text, b: b[0]!.text }]);
    expect(c.onlyA).toEqual([]);
    expect(c.onlyB).toEqual([]);
  });

  it('matches a speaker named by surname only, and number words with digits', () => {
    const a = [q('Olga Brandt', 'Our crews reached the ferry within fifteen minutes and brought all forty passengers ashore')];
    const b = [q('Brandt', 'within 15 minutes'), q('Brandt', 'all 40 passengers were brought ashore')];
    const c = compareQuotes(a, b);
    expect(c.shared.map((s) => [s.speaker, s.b])).toEqual([['Olga Brandt', 'within 15 minutes … all 40 passengers were brought ashore']]);
    expect(c.onlyA).toEqual([]);
  });

  it('never pairs the same words from two different speakers', () => {
    const c = compareQuotes([q('Olga Brandt', 'We will reopen the bridge')], [q('Piet Maas', 'We will reopen the bridge')]);
    expect(c.shared).toEqual([]);
    expect(c.onlyA).toHaveLength(1);
    expect(c.onlyB).toHaveLength(1);
  });

  it('keeps quotes apart when the same speaker says different things', () => {
    const c = compareQuotes(
      [q('Olga Brandt', 'The ferry timetable will change in May')],
      [q('Olga Brandt', 'Nobody was hurt in the storm last night')],
    );
    expect(c.shared).toEqual([]);
  });

  it('needs nearly the same words when a speaker is unknown on one side', () => {
    const c = compareQuotes(
      [q(null, 'We will reopen the bridge as soon as it is safe'), q(null, 'The ferry is late')],
      [q('Olga Brandt', 'We will reopen the bridge as soon as it is safe.'), q('Olga Brandt', 'The storm was late')],
    );
    expect(c.shared).toEqual([
      {
        speaker: 'Olga Brandt',
        a: 'We will reopen the bridge as soon as it is safe',
        b: 'We will reopen the bridge as soon as it is safe.',
      },
    ]);
  });
  it('lists a remark one side quotes whole and the other in two pieces once, with both pieces', () => {
    const c = compareQuotes(
      [q('Olga Brandt', 'We will reopen the bridge as soon as it is safe, and the ferry will run until then')],
      [q('Olga Brandt', 'We will reopen the bridge as soon as it is safe'), q('Brandt', 'the ferry will run until then')],
    );
    expect(c.shared).toEqual([
      {
        speaker: 'Olga Brandt',
        a: 'We will reopen the bridge as soon as it is safe, and the ferry will run until then',
        b: 'We will reopen the bridge as soon as it is safe … the ferry will run until then',
      },
    ]);
    expect(c.onlyB).toEqual([]);
  });

  // Pairing every quote with every other would not finish within the test's time.
  it('pairs thousands of quotes on each side', { timeout: 60_000 }, () => {
    const many = (side: string) =>
      Array.from({ length: 5_000 }, (_, k) => q(k % 3 ? null : `Speaker ${k % 50}`, `${side} remark ${k} about ferry ${k % 97}`));
    const c = compareQuotes(many('first'), many('second'));
    expect(c.shared.length + c.onlyA.length).toBeGreaterThanOrEqual(5_000);
  });
});

describe('entities', () => {
  it('lists shared names and what each side leaves out, ignoring case and accents', () => {
    const c = compareEntities(
      { people: ['Tomás Ibarra', 'Olga Brandt'], places: ['Valparaíso', 'Lima'], organizations: ['Harbour Board'] },
      { people: ['Ibarra', 'Piet Maas'], places: ['VALPARAISO'], organizations: ['harbour board', 'Pacific Ferries'] },
    );
    expect(c.shared).toEqual(['Tomás Ibarra', 'Valparaíso', 'Harbour Board']);
    expect(c.onlyA).toEqual(['Olga Brandt', 'Lima']);
    expect(c.onlyB).toEqual(['Piet Maas', 'Pacific Ferries']);
  });

  it('does not say a side leaves out a name its text writes, though its list lacks it', () => {
    const side = (paragraphs: string[], organizations: string[]) => ({ paragraphs, quotes: [], people: [], places: [], organizations });
    const c = compareDrafts(
      side(
        ['The operator Northwind cut its ferry service on Monday.', 'The ministry will meet it on Friday.'],
        ['Northwind', 'Coastguard'],
      ),
      side(['Northwind cut the ferry service to one sailing a day.', 'Coastguards watched the harbour.'], []),
    );
    expect(c.entities.shared).toEqual(['Northwind']);
    expect(c.entities.onlyA).toEqual(['Coastguard']);
  });

  it('does not spend a surname on the wrong person when the full name is also there', () => {
    const c = compareEntities(
      { people: ['Anna Brandt', 'Olga Brandt'], places: [], organizations: [] },
      { people: ['Olga Brandt', 'Brandt'], places: [], organizations: [] },
    );
    expect(c.shared).toEqual(['Anna Brandt', 'Olga Brandt']);
  });

  it('stays quick with thousands of names on each side', () => {
    const names = (offset: number) => Array.from({ length: 5_000 }, (_, k) => `Person${k + offset} Family${(k + offset) % 40}`);
    const started = Date.now();
    const c = compareEntities(
      { people: names(0), places: names(10_000), organizations: names(20_000) },
      { people: names(2_500), places: [], organizations: [] },
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(c.shared.length).toBeGreaterThanOrEqual(2_500);
  });

  it('matches names by the rules of their kind', () => {
    expect(sameEntity('Greg Lassen', 'Gregory Lassen', 'person')).toBe(true);
    expect(sameEntity('V. Lassen', 'Viktor Lassen', 'person')).toBe(true);
    expect(sameEntity('Wu', 'Wu Jiahao', 'person')).toBe(true);
    expect(sameEntity('Anna Lassen', 'Olga Lassen', 'person')).toBe(false);
    expect(sameEntity('Fisheries Ministry', 'Norwegian Fisheries Ministry', 'organization')).toBe(true);
    expect(sameEntity('NFA', 'Nordic Ferry Association', 'organization')).toBe(true);
    expect(sameEntity('Ministry', 'Fisheries Ministry', 'organization')).toBe(false);
    expect(sameEntity('Tromsø', 'Tromsø Region', 'place')).toBe(false);
    expect(sameEntity('the Hague', 'Hague', 'place')).toBe(true);
  });
});
