import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { breaksMidPhrase } from '../../../electron/shared/clipper/phrase-breaks.js';

const story = (head: string, body: string) => parseClip(`${head}\n\n${body}`);

describe('a headline broken over short lines by a narrow column or screen', () => {
  it('does not run on into a credit under it that opens in lower case', () => {
    const page = story(
      'News\nSports\nWeather\nTown board agrees to widen the canal towpath for the rest of the year\nby Nora Quill Reporter\nUpdated 3 hours ago',
      'The town board voted on Tuesday to widen the towpath beside the canal, a plan that walkers have asked for since the mill closed.\n\n"It is overdue," said councillor Ben Harrow.',
    );
    expect(page.title).toBe('Town board agrees to widen the canal towpath for the rest of the year');
    expect(page.byline).toEqual(['Nora Quill']);
  });

  it('is read whole where its lines break on a word no headline ends on or go on in lower case', () => {
    const en = story(
      'Town board agrees to\nwiden the canal towpath\nalong the old mill',
      'By Nora Quill\n4 March 2025\n\nThe town board voted on Tuesday to widen the towpath beside the canal, a plan that walkers have asked for since the mill closed.\n\n"It is overdue," said councillor Ben Harrow.',
    );
    expect(en.title).toBe('Town board agrees to widen the canal towpath along the old mill');
    expect(en.byline).toEqual(['Nora Quill']);
    expect(en.date).toBe('2025-03-04');
    expect(en.paragraphs[0]).toMatch(/^The town board voted/);

    const fr = story(
      "La commune approuve l'élargissement\ndu chemin de halage le long\ndu vieux moulin",
      '4 mars 2025\n\nLe conseil municipal a voté mardi l’élargissement du chemin de halage, un projet attendu par les promeneurs depuis la fermeture du moulin.',
    );
    expect(fr.title).toBe("La commune approuve l'élargissement du chemin de halage le long du vieux moulin");

    const ru = story(
      'Городской совет одобрил ремонт набережной и\nСтарого моста через реку',
      '4 марта 2025\n\nГородской совет во вторник одобрил ремонт набережной, который жители ждали несколько лет. Работы начнутся весной.',
    );
    expect(ru.title).toBe('Городской совет одобрил ремонт набережной и Старого моста через реку');

    const uk = story(
      'Міська рада схвалила ремонт набережної та\nСтарого мосту через річку',
      '4 березня 2025\n\nМіська рада у вівторок схвалила ремонт набережної, на який мешканці чекали кілька років. Роботи почнуться навесні.',
    );
    expect(uk.title).toBe('Міська рада схвалила ремонт набережної та Старого мосту через річку');
  });

  it('is read whole where its lines fill a narrow width, in German or in Chinese broken without a space', () => {
    const de = story(
      'Gemeinderat beschließt breiteren\nTreidelpfad am Kanal',
      '12. März 2025\n\nDer Gemeinderat hat am Dienstag beschlossen, den Treidelpfad am Kanal zu verbreitern. Spaziergänger hatten das seit Jahren gefordert.',
    );
    expect(de.title).toBe('Gemeinderat beschließt breiteren Treidelpfad am Kanal');
    const zh = story(
      '镇议会批准拓宽运河\n沿岸的步行道',
      '2025年3月4日\n\n镇议会周二投票决定拓宽运河沿岸的步行道，散步的居民多年来一直提出这一要求。',
    );
    expect(zh.title).toBe('镇议会批准拓宽运河沿岸的步行道');
  });

  it('leaves a label over the headline and a list of headlines as they are', () => {
    const labelled = story(
      'OPINION\nWhy the towpath must be widened',
      'The town board voted on Tuesday to widen the towpath beside the canal, a plan that walkers have asked for since the mill closed.',
    );
    expect(labelled.title).toBe('Why the towpath must be widened');
    const listed = parseClip(
      'Canal towpath to be widened\n\n4 March 2025\n\nThe town board voted on Tuesday to widen the towpath beside the canal, a plan that walkers have asked for since the mill closed.\n\nMore stories\nStorm closes the coast road\nSchools reopen after floods',
    );
    expect(listed.paragraphs.join('\n')).not.toMatch(/Storm closes the coast road Schools/);
  });
});

describe('a break in mid-phrase', () => {
  it('is told by the word ending the line or the next line’s first letter', () => {
    expect(breaksMidPhrase('Town board agrees to', 'Widen the towpath')).toBe(true);
    expect(breaksMidPhrase('Neue Regeln für die', 'Fähre')).toBe(true);
    expect(breaksMidPhrase('Ремонт набережной в', 'Центре')).toBe(true);
    expect(breaksMidPhrase('Le maire et', 'Le préfet')).toBe(true);
    expect(breaksMidPhrase('运河沿岸的', '步行道')).toBe(true);
    expect(breaksMidPhrase('Storm closes the coast road', 'Schools reopen after floods')).toBe(false);
    expect(breaksMidPhrase('成都地铁新线开通', '中新网报道')).toBe(false);
  });

  it('is not told by an abbreviation in capitals that spells a preposition or a conjunction', () => {
    expect(breaksMidPhrase('Posted 4 March 2025, 9:02 AM', 'Harbour wall to be rebuilt')).toBe(false);
    expect(breaksMidPhrase('Updated 4 March 2025 9:02 AM ET', 'Harbour wall to be rebuilt')).toBe(false);
    expect(breaksMidPhrase('Riverside Hall, Fort Wayne, IN', 'June 12 -- Lakeside Arena')).toBe(false);
    expect(breaksMidPhrase('COUNCIL VOTES TO', 'WIDEN THE TOWPATH')).toBe(true);
  });
});
