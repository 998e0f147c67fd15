import { type NewClipRow } from '../../electron/core/library/clips.repo.js';
import { fingerprint } from '../../electron/core/library/save-clip.js';

/**
 * A small library for search tests, every name made up: places, outlets, people and words
 * chosen so that filters overlap and words come in several forms (rescue, rescuers, rescued).
 */
export interface SearchClip {
  title: string;
  body: string;
  source: string | null;
  byline: string[];
  notes: string;
  language: string;
  date: string | null;
  url: string | null;
  people: string[];
  places: string[];
  organizations: string[];
  speakers: string[];
  tags: string[];
  deleted: boolean;
}

/** A search clip with every field not given left empty. */
export const searchClip = (c: Partial<SearchClip> & Pick<SearchClip, 'title' | 'body'>): SearchClip => ({
  source: null,
  byline: [],
  notes: '',
  language: 'en',
  date: null,
  url: null,
  people: [],
  places: [],
  organizations: [],
  speakers: [],
  tags: [],
  deleted: false,
  ...c,
});

export const SEARCH_CLIPS: readonly SearchClip[] = [
  searchClip({
    title: 'Rescuers reach flooded valley in Veloria',
    body: 'Rescue teams from Brenmark joined the rescuers after the river burst its banks.',
    source: 'Harbour Wire',
    date: '2022-03-14',
    places: ['Veloria', 'Brenmark'],
    people: ['Ilse Warrender'],
    speakers: ['Ilse Warrender'],
    url: 'https://harbourwire.example/world/veloria-floods',
    tags: ['region/north'],
  }),
  searchClip({
    title: 'Harvest festival returns to Ostland',
    body: 'Farmers brought their harvest to the market square; the festival was rescued by volunteers.',
    source: 'Lakeside Daily',
    date: '2022-07-02',
    places: ['Ostland'],
    people: ['Tomas Quell'],
    url: 'https://lakeside.example/ostland/harvest',
    tags: ['topic/food'],
    notes: 'Follow the volunteers story.',
  }),
  searchClip({
    title: 'Veloria signs grain deal with Ostland',
    body: 'The grain deal was signed in the capital. Officials said rescue funds would follow.',
    source: 'Northfield Post',
    date: '2022-09-20',
    places: ['Veloria', 'Ostland'],
    organizations: ['Grain Council'],
    speakers: ['Tomas Quell'],
    url: 'https://northfield.example/trade/grain-deal',
    tags: ['topic/trade', 'region/north'],
  }),
  searchClip({
    title: 'Brenmark floods: a second wave',
    body: 'A second flood wave hit Brenmark; rescuing stranded families took all night.',
    source: 'Harbour Wire',
    date: '2023-01-11',
    places: ['Brenmark'],
    people: ['Ilse Warrender', 'Tomas Quell'],
    url: null,
    tags: ['region/south'],
  }),
  searchClip({
    title: 'Festival of lights in Kestria',
    body: 'Lanterns lit the old port. No rescue was needed this year.',
    source: 'Lakeside Daily',
    date: '2021-12-24',
    places: ['Kestria'],
    tags: [],
  }),
  searchClip({
    title: 'Спасатели нашли рыбаков',
    body: 'Спасатели из Веларии нашли рыбаков у берега. Спасение заняло два дня.',
    source: 'Harbour Wire',
    date: '2022-08-08',
    language: 'ru',
    places: ['Велария'],
    tags: ['region/north'],
  }),
  searchClip({
    title: 'Рятувальники повернулися додому',
    body: 'Рятувальники повернулися після повені. Рятувальників зустріли квітами.',
    source: 'Northfield Post',
    date: '2023-04-30',
    language: 'uk',
    places: ['Брентар'],
    tags: [],
  }),
  searchClip({
    title: 'Häuser am Fluss gerettet',
    body: 'Die Retter brachten die Bewohner der Häuser in Sicherheit. Das Haus am Ufer blieb stehen.',
    source: 'Lakeside Daily',
    date: '2022-05-05',
    language: 'de',
    places: ['Ostland'],
    url: 'https://lakeside.example/de/haeuser',
  }),
  searchClip({
    title: 'Les sauveteurs de Kestria',
    body: 'Les sauveteurs ont sauvé trois familles. Le sauvetage a duré deux jours.',
    source: 'Northfield Post',
    date: null,
    language: 'fr',
    places: ['Kestria'],
  }),
  searchClip({
    title: 'Grain prices fall in Veloria',
    body: 'Grain prices fell for a third week as the harvest came in early.',
    source: null,
    date: '2023-06-15',
    places: ['Veloria'],
    organizations: ['Grain Council'],
    tags: ['topic/trade'],
  }),
  searchClip({
    title: 'Old rescue boat restored',
    body: 'Volunteers restored the rescue boat that served the port for forty years.',
    source: 'Harbour Wire',
    date: '2022-11-03',
    places: ['Kestria'],
    deleted: true,
  }),
  searchClip({
    title: '港口救援队完成演练',
    body: '救援队在港口完成了年度演练。',
    source: 'Lakeside Daily',
    date: '2023-02-02',
    language: 'zh',
    places: ['Veloria'],
  }),
];

/** The row that stores the `index`th search clip (0-based), in either engine. */
export function searchClipRow(c: SearchClip, index: number): NewClipRow {
  const paragraphs = [c.body];
  return {
    title: c.title,
    paragraphs,
    raw: `${c.title}\n\n${c.body}`,
    rawHtml: null,
    rawSha256: `sha-${index}`,
    ...fingerprint(paragraphs),
    date: c.date,
    dateline: null,
    source: c.source,
    byline: c.byline,
    language: c.language,
    url: c.url,
    wordCount: c.body.split(' ').length,
    cruft: [],
    quotes: c.speakers.map((speaker) => ({ speaker, text: 'We will keep going.' })),
    people: c.people,
    places: c.places,
    organizations: c.organizations,
    versionOf: null,
    clippedBy: null,
    now: `2024-01-01T00:00:${String(index).padStart(2, '0')}Z`,
  };
}
