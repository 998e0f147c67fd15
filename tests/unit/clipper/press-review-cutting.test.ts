import { describe, expect, it } from 'vitest';
import { readPrintFooter } from '../../../electron/shared/clipper/print-footer.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

/** Made-up cuttings as a press review or a cuttings service bundles them: its cover, then each story under its paper's header. */
const GERMAN = [
  'Pressespiegel',
  'Landesamt für Umwelt, Landwirtschaft und Geologie',
  'Ausgabe Nr. 112 · Dienstag, 16. Juni 2026',
  '',
  'Obertaler Rundschau | Region | 15.06.2026 | S. 13',
  '',
  'Neue Messstationen an der Mulde',
  'Hochwasserschutz: Land investiert drei Millionen Euro',
  '',
  'Von Katrin Albers',
  '',
  'Das Land investiert in diesem Jahr drei Millionen Euro in neue Pegelmessstationen an der Mulde. Die ersten vier Stationen sollen bis zum Herbst in Betrieb gehen, teilte das Landesamt am Montag mit.',
  '„Wir wollen die Vorwarnzeit für die Anwohner um mindestens zwei Stunden verlängern“, sagte Behördensprecherin Ute Krämer.',
].join('\n');

const ENGLISH = [
  'DAILY MEDIA DIGEST',
  'Office of the Regional Transport Commissioner',
  'Wednesday 17 June 2026',
  '',
  'Northern Valley Gazette | News | 16 June 2026 | p. 7',
  '',
  'Rail link reopening pushed back to autumn',
  'By Samuel Okafor',
  '',
  'The reopening of the branch line between Hexford and Marlow Bridge has been delayed until October, the operator said yesterday.',
  '"We will not run passenger trains until every culvert on the route has been checked," said project director Alison Reeve.',
].join('\n');

const RUSSIAN = [
  'ОБЗОР ПРЕССЫ',
  'Пресс-служба администрации города',
  'Выпуск № 45, 17 июня 2026 г.',
  '',
  'Вечерний курьер | Город | 16.06.2026 | стр. 3',
  '',
  'На набережной начали ремонт подпорной стены',
  'Анна Веселова',
  '',
  'Ремонт подпорной стены на Заречной набережной начался в понедельник, сообщили в городском управлении благоустройства.',
  '«Работы завершат до конца августа», — сказал заместитель начальника управления Игорь Дронов.',
].join('\n');

describe('a cutting’s header in a press review', () => {
  it('gives the paper and the day, between bars with its section and page', () => {
    expect(readPrintFooter('Obertaler Rundschau | Region | 15.06.2026 | S. 13')).toMatchObject({
      outlet: 'Obertaler Rundschau',
      date: { year: 2026, month: 6, day: 15 },
      cutting: true,
    });
    expect(readPrintFooter('Вечерний курьер | Город | 16.06.2026 | стр. 3')).toMatchObject({ outlet: 'Вечерний курьер', cutting: true });
    expect(readPrintFooter('Northern Valley Gazette | 16 June 2026 | page A3')).toMatchObject({ cutting: true });
  });

  it('is no cutting’s header when a sentence runs on after the day', () => {
    expect(readPrintFooter('Northern Valley Gazette | News | 16 June 2026 | the council met again')).toBeNull();
    expect(readPrintFooter('Northern Valley Gazette | Politics and the economy today | 16 June 2026')).toBeNull();
  });

  it.each([
    ['German', GERMAN, 'Neue Messstationen an der Mulde', 'Obertaler Rundschau', '2026-06-15', ['Katrin Albers']],
    ['English', ENGLISH, 'Rail link reopening pushed back to autumn', 'Northern Valley Gazette', '2026-06-16', ['Samuel Okafor']],
    ['Russian', RUSSIAN, 'На набережной начали ремонт подпорной стены', 'Вечерний курьер', '2026-06-16', ['Анна Веселова']],
  ])('heads the %s story under it: the review’s cover is neither its headline nor its credit', (_, text, title, source, date, byline) => {
    const clip = parseClip(text);
    expect(clip.title).toBe(title);
    expect(clip.source).toBe(source);
    expect(clip.date).toBe(date);
    expect(clip.byline).toEqual(byline);
    expect(clip.cruft).toEqual(expect.arrayContaining(text.split('\n').slice(0, 3)));
  });
});

describe('a headline that uses the words of a widget’s label', () => {
  it.each([
    'Teachers go back to school as the strike ends',
    'Regulator fines streaming app over privacy policy breach',
    'Court rules on copyright of photos taken by a camera trap',
    'Advertisers return to the platform after a year away',
  ])('is still the headline: %s', (headline) => {
    const text = [
      headline,
      'By Jane Holloway',
      'The decision, announced on Tuesday after weeks of talks, was welcomed by unions and by the regional authority alike.',
      '"It has been a long few months for everyone involved," said the authority’s chair, Ruth Baines, at a briefing.',
    ].join('\n');
    expect(parseClip(text).title).toBe(headline);
  });

  it('marks a label of a few words as furniture still', () => {
    const text = [
      'Privacy policy',
      'Back to top',
      'Teachers go back to school as the strike ends',
      'By Jane Holloway',
      'The decision, announced on Tuesday after weeks of talks, was welcomed by unions and by the regional authority alike.',
    ].join('\n');
    const clip = parseClip(text);
    expect(clip.title).toBe('Teachers go back to school as the strike ends');
    expect(clip.cruft).toEqual(expect.arrayContaining(['Privacy policy', 'Back to top']));
  });

  it('keeps a paragraph that reports on a privacy policy, and drops the site’s own word on it', () => {
    const reported = 'The company changed its privacy policy last month, the regulator said, but did not tell users what it had changed.';
    const notice = 'By using this service you agree to our Privacy Policy and Terms of Use.';
    const text = [
      'Regulator fines streaming app over privacy policy breach',
      'By Jane Holloway',
      'The decision, announced on Tuesday after weeks of talks, was welcomed by consumer groups.',
      reported,
      notice,
    ].join('\n');
    const clip = parseClip(text);
    expect(clip.paragraphs).toContain(reported);
    expect(clip.cruft).toContain(notice);
  });
});
