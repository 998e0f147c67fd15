import { describe, expect, it } from 'vitest';
import { findFullDates, findMonthDay, formatDate } from '../../../electron/shared/clipper/date.js';
import { readDateLine, readMonthDayLine } from '../../../electron/shared/clipper/date-line.js';
import { isTimestampLine } from '../../../electron/shared/clipper/headline-signals.js';
import { nameBeforeTimestamp } from '../../../electron/shared/clipper/byline.js';
import { readDatelineLine } from '../../../electron/shared/clipper/dateline.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const days = (text: string) => findFullDates(text, false).map((d) => formatDate(d.year!, d.month, d.day));
const stamp = (text: string) => readDateLine(text, false)?.map((d) => `${d.label} ${formatDate(d.date.year!, d.date.month, d.date.day)}`);

describe('dates written in the other languages of Europe and in Turkish', () => {
  it('are read by their month names, in the form a date uses and the one a heading uses', () => {
    expect(days('Premiéra 31. října 2027, Malé divadlo')).toEqual(['2027-10-31']);
    expect(days('Koncert odbędzie się 14 grudnia 2027 w hali')).toEqual(['2027-12-14']);
    expect(days('Julkaistu 3. marraskuuta 2027')).toEqual(['2027-11-03']);
    expect(days('Yayın tarihi 3 Kasım 2027, Salı')).toEqual(['2027-11-03']);
    expect(days('Sfârșitul lunii: 28 noiembrie 2027')).toEqual(['2027-11-28']);
    expect(days('Datum: 5. siječnja 2027.')).toEqual(['2027-01-05']);
  });

  it('are read in the wider world’s languages that name the Gregorian months', () => {
    expect(days('نُشر في ٣ نوفمبر ٢٠٢٧')).toEqual(['2027-11-03']);
    expect(days('3 اكتوبر 2027')).toEqual(['2027-10-03']);
    expect(days('פורסם 3 בנובמבר 2027')).toEqual(['2027-11-03']);
    expect(days('प्रकाशित: 3 नवंबर 2027')).toEqual(['2027-11-03']);
    expect(days('Diterbitkan 3 Disember 2027')).toEqual(['2027-12-03']);
    expect(days('Mac 11, 2027 update')).toEqual([]);
  });

  it('are read in capitals, which drop Greek accents and the Turkish dotless i', () => {
    expect(days('3 ΝΟΕΜΒΡΙΟΥ 2027')).toEqual(['2027-11-03']);
    expect(days('3 Νοεμβρίου 2027')).toEqual(['2027-11-03']);
    expect(days('12 ARALIK 2027')).toEqual(['2027-12-12']);
  });

  it('tell a month two languages name alike apart by the dot after the day', () => {
    // Croatian dots its day and means October; Polish does not and means November.
    expect(days('Objavljeno 3. listopada 2027.')).toEqual(['2027-10-03']);
    expect(days('Opublikowano 3 listopada 2027')).toEqual(['2027-11-03']);
    expect(days('listopada 3, 2027')).toEqual([]);
    expect(findMonthDay('Wybory, listopada 3')).toBeNull();
  });

  it('are read year first, as Hungarian, Lithuanian and Latvian write them', () => {
    expect(days('Frissítve: 2027. november 4. 10:12')).toEqual(['2027-11-04']);
    expect(days('Paskelbta 2027 m. lapkričio 3 d. 08:15')).toEqual(['2027-11-03']);
    expect(days('Megjelent: 2027. 11. 06. 9:30')).toEqual(['2027-11-06']);
    expect(days('Publicēts 2027. gada 3. novembris, 10:12')).toEqual(['2027-11-03']);
  });

  it('are read with a space after each dot of a numeric date', () => {
    expect(days('Publikováno 6. 11. 2027')).toEqual(['2027-11-06']);
    expect(days('Aktualizované 16. 1. 2027 o 10:40')).toEqual(['2027-01-16']);
  });

  it('are not read out of ordinary sentences', () => {
    expect(days('The plan runs until 2027. March 15 is when the first permits are due.')).toEqual([]);
    expect(days('She sold 3 rugs and 2 lamps at the 2027 fair.')).toEqual([]);
    expect(days('Chapter 1. 2.2027 was a good year')).toEqual([]);
    expect(findMonthDay('Ordered 12 rugs for the hall')).toBeNull();
    expect(findMonthDay('Sprzedał 3 listopad')).toBeNull();
  });
});

describe('a timestamp line labelled in another language', () => {
  it('is told from a headline by its label', () => {
    expect(isTimestampLine('Publicerad 3 nov. 18.40')).toBe(true);
    expect(isTimestampLine('Päivitetty eilen klo 9.12')).toBe(true);
    expect(isTimestampLine('Stand up for the harbour: a town rallies')).toBe(false);
  });

  it('gives a numeric day and month without a year when a time of day follows them', () => {
    const stamp = readMonthDayLine('Julkaistu 3.11. klo 18.40');
    expect(stamp && [stamp.label, stamp.date.month, stamp.date.day]).toEqual(['published', 11, 3]);
    expect(readMonthDayLine('03.11., 18:40 Uhr')?.date).toMatchObject({ month: 11, day: 3 });
    expect(findMonthDay('Siehe Abschnitt 3.11. und 4.2. der Satzung')).toBeNull();
  });

  it('is read with its published and updated labels', () => {
    expect(stamp('Publicerad 3 november 2027 kl 07.30 Uppdaterad 4 november 2027 kl 10.25')).toEqual([
      'published 2027-11-03',
      'updated 2027-11-04',
    ]);
    expect(stamp('Julkaistu 3.11.2027 klo 10.25 | Päivitetty 4.11.2027 klo 8.05')).toEqual(['published 2027-11-03', 'updated 2027-11-04']);
    expect(stamp('Opublikowano: 3 listopada 2027, godz. 10:12')).toEqual(['published 2027-11-03']);
    expect(stamp('Güncelleme: 4 Kasım 2027 Çarşamba, saat 10:12')).toEqual(['updated 2027-11-04']);
    expect(stamp('Publisert tirsdag 3. november 2027 kl. 07:15')).toEqual(['published 2027-11-03']);
    expect(stamp('Yayın tarihi: 03.11.2027 18:40')).toEqual(['published 2027-11-03']);
    expect(stamp('Laatste update: 4 nov 2027, 08:35')).toEqual(['updated 2027-11-04']);
    expect(stamp('Dernière mise à jour : 4 novembre 2027')).toEqual(['updated 2027-11-04']);
    expect(stamp('Data publikacji: 03.11.2027, 18:40')).toEqual(['published 2027-11-03']);
  });
});

const STORY = [
  'Volunteers at the Milbury repair café fixed more than 300 household items in its first year, from toasters and lamps to a ninety-year-old sewing machine, the organisers said on Sunday.',
  'The café meets on the last Saturday of each month in the church hall, where a dozen volunteers with tools and spare parts try to mend whatever visitors bring through the door.',
  '“Most things are thrown away for want of a fuse or a screw,” said organiser Petra Laing, a retired electrician who set the café up with two neighbours last spring.',
  'The group now hopes to open a second session on weekday evenings and is looking for volunteers who can mend bicycles and clothes.',
];
const PŘÍBĚH = [
  'Dobrovolníci z opravárenské kavárny v Lipové opravili za první rok více než tři sta věcí z domácností, od topinkovačů a lamp až po devadesát let starý šicí stroj.',
  'Kavárna se schází poslední sobotu v měsíci v sále na faře, kde tucet dobrovolníků s nářadím a náhradními díly zkouší spravit vše, co návštěvníci přinesou.',
  '„Většina věcí se vyhodí jen kvůli pojistce nebo šroubku,“ řekla organizátorka Petra Lánská, elektrikářka v důchodu, která kavárnu založila loni na jaře.',
  'Skupina teď chce otevřít druhé setkání ve všední večery a hledá dobrovolníky, kteří umějí spravit kola a oblečení.',
];

describe('the date of a page pasted as text, labelled in its footer', () => {
  it('is the day it was published, over the day it was last updated', () => {
    const text = [
      'Home',
      'News',
      'Council',
      'Contact',
      'Repair café marks its first year with 300 items saved from the bin',
      ...STORY,
      'Related documents',
      'Annual report (PDF, 1.2MB)',
      'Published: 4 November 2027',
      'Last updated: 5 November 2027',
      'Was this page helpful?',
      'Yes No',
      'Press enquiries',
      'Phone: 01234 567 890',
      'Recent news',
      'Library opens on Sundays from next month3 November 2027',
      'Have your say on the new bus timetable30 October 2027',
      'Allotment waiting list reopens22 October 2027',
    ].join('\n');
    expect(parseClip(text).date).toBe('2027-11-04');
  });

  it('is read from a label of its own language and a numeric date with spaces after the dots', () => {
    const text = [
      'Zprávy',
      'Kultura',
      'Sport',
      'Opravárenská kavárna v Lipové slaví první rok',
      ...PŘÍBĚH,
      'Publikováno 6. 11. 2027',
      'Sdílet: Facebook | E-mail',
    ].join('\n');
    expect(parseClip(text).date).toBe('2027-11-06');
  });
});

describe('a month of another language spelt as a name or a place', () => {
  it('still reads as a month in a date, and as a name or a place beside one', () => {
    expect(days('Opublikowano 3 maja 2027')).toEqual(['2027-05-03']);
    expect(nameBeforeTimestamp('Maja Nowak | 3 listopada 2027 | 18:40')).toBe('Maja Nowak');
    expect(readDatelineLine('Augusta, 3 March 2027', false)?.place).toBe('Augusta');
  });
});
