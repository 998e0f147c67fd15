import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { isPageNumberLine } from '../../../electron/shared/clipper/running-lines.js';

describe('a printed page’s running head or number in the middle of a paragraph', () => {
  it('is cut, and the paragraph joined across it, mending a word hyphenated at the break', () => {
    const draft = parseClip(
      [
        'Canal towpath to be widened',
        '',
        'The Valley Courier',
        '',
        'The town board voted on Tuesday to widen the towpath beside the canal, a plan that',
        'walkers have asked for since the mill closed. The work will cost about two million',
        'pounds and is partly paid for by the county, a spokesman for the board said. The old',
        'Page 2 of 5',
        'lock gates will be mended first, and the path will be closed for six weeks from',
        '- 3 -',
        'April while the contractors are on site.',
        '',
        '"It is overdue," said councillor Ben Harrow after the vote.',
      ].join('\n'),
    );
    expect(draft.title).toBe('Canal towpath to be widened');
    expect(draft.paragraphs.join('\n')).not.toMatch(/Page 2 of 5|- 3 -/);
    expect(draft.paragraphs.some((p) => p.includes('The old lock gates will be mended first') && p.includes('six weeks from April'))).toBe(
      true,
    );
    expect(draft.quotes[0]?.speaker).toBe('Ben Harrow');
  });

  it('is cut when it sets the page’s number beside a clipping service’s name', () => {
    const draft = parseClip(
      [
        'Gemeinderat beschließt breiteren Treidelpfad',
        '',
        'Der Gemeinderat hat am Dienstag beschlossen, den Treidelpfad am Kanal zu verbreitern.',
        'Spaziergänger hatten das seit der Schließung der alten Mühle gefordert. Für den Hochwasser-',
        'Presseschau Kanalverwaltung | Seite 2',
        'schutz an der alten Schleuse gelten dabei besondere Auflagen, wie die Behörde mitteilte.',
        '',
        '„Das ist überfällig“, sagte Gemeinderat Bernd Harrer nach der Sitzung.',
      ].join('\n'),
    );
    const body = draft.paragraphs.join('\n');
    expect(body).toContain('Für den Hochwasserschutz an der alten Schleuse');
    expect(body).not.toContain('Presseschau');
  });

  it('is cut when the page repeats it, as a clipping service repeats its name and date', () => {
    const draft = parseClip(
      [
        'Обзор прессы 04.03.2025',
        '',
        'Совет одобрил ремонт набережной',
        '',
        'Городской совет во вторник одобрил ремонт набережной, которого жители ждали',
        'Обзор прессы 04.03.2025',
        'несколько лет. Работы начнутся весной и продлятся до конца осени.',
      ].join('\n'),
    );
    expect(draft.title).toBe('Совет одобрил ремонт набережной');
    expect(draft.paragraphs).toEqual([
      'Городской совет во вторник одобрил ремонт набережной, которого жители ждали несколько лет. Работы начнутся весной и продлятся до конца осени.',
    ]);
  });

  it('is told by its shape', () => {
    for (const text of ['Page 2 of 5', '- 4 -', 'Seite 3', 'Стр. 2', 'Сторінка 4', '3/5', '第2页', 'p. 7'])
      expect(isPageNumberLine(text)).toBe(true);
    for (const text of ['2025', 'Page Six gossip', 'Chapter 3']) expect(isPageNumberLine(text)).toBe(false);
  });
});
