import { describe, expect, it } from 'vitest';
import type { PrintedComparison } from '../../../electron/core/dossier/dossier-comparisons.js';
import { comparisonsMarkdown } from '../../../electron/core/dossier/md/comparisons-markdown.js';
import type { Clip } from '../../../electron/shared/models/clip.js';
import type { ComparisonRow } from '../../../electron/shared/models/comparison.js';
import { clipFixture } from '../../support/clip-fixture.js';

function clip(id: number, source: string | null): Clip {
  return clipFixture({ id, title: `Report ${id}`, source });
}

function printed(rows: ComparisonRow[]): PrintedComparison {
  return {
    no: 1,
    id: 'comparison-1',
    title: 'Two reports',
    a: clip(1, 'TASS'),
    b: clip(2, null),
    comparison: { similarity: 0.5, rows, quotes: { shared: [], onlyA: [], onlyB: [] }, entities: { shared: [], onlyA: [], onlyB: [] } },
  };
}

const changed = (diff: ComparisonRow['diff']): ComparisonRow => ({
  kind: 'changed',
  a: diff
    .filter(([op]) => op !== '+')
    .map(([, w]) => w)
    .join(''),
  b: diff
    .filter(([op]) => op !== '-')
    .map(([, w]) => w)
    .join(''),
  diff,
});

const tableRows = (md: string) => md.split('\n').filter((line) => /^\| [=~−+] \|/.test(line));

describe('a saved comparison in a Markdown dossier', () => {
  it('strikes what only A has and bolds what only B has, spaces outside the marks', () => {
    const md = comparisonsMarkdown([
      printed([
        changed([
          ['=', 'Water rose '],
          ['-', 'slowly '],
          ['+', 'fast '],
          ['=', 'overnight.'],
        ]),
      ]),
    ]).join('\n');
    expect(tableRows(md)).toEqual(['| ~ | Water rose ~~slowly~~ overnight. | Water rose **fast** overnight. |']);
  });

  it('keeps punctuation beside a word outside the mark, where CommonMark would not open or close it', () => {
    const md = comparisonsMarkdown([
      printed([
        changed([
          ['=', 'the trawler'],
          ['-', ', which lost power during'],
          ['+', ' in'],
          ['=', ' a storm'],
        ]),
        changed([
          ['=', 'within 40 minutes'],
          ['-', ','],
          ['+', '”'],
          ['=', ' and'],
        ]),
        changed([
          ['=', 'at sea.'],
          ['-', '"'],
          ['+', '”'],
        ]),
      ]),
    ]).join('\n');
    expect(tableRows(md)).toEqual([
      '| ~ | the trawler, ~~which lost power during~~ a storm | the trawler **in** a storm |',
      '| ~ | within 40 minutes, and | within 40 minutes” and |',
      '| ~ | at sea.~~"~~ | at sea.**”** |',
    ]);
  });

  it('escapes cell text, pipes and line starts included, and leaves a gap for a sentence on one side only', () => {
    const md = comparisonsMarkdown([
      printed([
        { kind: 'onlyA', a: '# Breaking | *now*\nsecond line', b: null, diff: [] },
        { kind: 'onlyB', a: null, b: '1984. A year', diff: [] },
        changed([
          ['=', 'Cost '],
          ['-', '*5*'],
          ['+', '~6~'],
          ['=', ' euros'],
        ]),
      ]),
    ]).join('\n');
    expect(md).toContain('|   | A · TASS | B |\n| :-: | --- | --- |');
    expect(tableRows(md)).toEqual([
      '| − | \\# Breaking \\| \\*now\\* second line |   |',
      '| + |   | 1984\\. A year |',
      '| ~ | Cost ~~\\*5\\*~~ euros | Cost **\\~6\\~** euros |',
    ]);
  });

  it('keeps a title typed over two lines on its heading', () => {
    const md = comparisonsMarkdown([{ ...printed([]), title: 'Two\n\n# reports' }]).join('\n');
    expect(md).toContain('### C1. Two # reports\n');
  });

  it('says so when neither clip has text, and prints nothing when there are no comparisons', () => {
    expect(comparisonsMarkdown([printed([])]).join('\n')).toContain('*Neither clip has any text to line up.*');
    expect(comparisonsMarkdown([])).toEqual([]);
  });
});
