/** A made-up gardening site's page, for tests of a whole page pasted as text. */
export const MENU = ['Skip to content', 'Home', 'Gardens', 'Recipes', 'Travel', 'Shop', 'Newsletter', 'Search', 'Log in', 'Menu'];
export const FOOTER = ['Contact', 'Privacy', 'Terms', 'Careers', 'Help', 'Sitemap', 'Advertise', 'Jobs'];

export const story = [
  'Allotment holders in Brindlecombe have planted an orchard of old apple varieties on the common, after three years of waiting for the council to hand over the land.',
  'The forty trees were grafted from cuttings taken in the gardens of nearby farms, and some of the varieties had not been grown in the valley for half a century or more.',
  'Volunteers will prune the trees each winter, and the first fruit is expected in about four years, when a small press will be bought to make juice for the village fair.',
];

export interface PageParts {
  /** Lines above the menu. */
  top?: readonly string[];
  /** The story's paragraphs, one line each. */
  body?: readonly string[];
  /** Lines between the footer and the end. */
  bottom?: readonly string[];
}

/** The page pasted whole: `top`, a menu, the headline, a byline, the story, then `after`, a footer and `bottom`. */
export function page(after: readonly string[], { top = [], body = story, bottom = [] }: PageParts = {}): string {
  return [
    ...top,
    ...MENU,
    'Villagers plant an orchard of forgotten apples',
    'By Nora Quill',
    'April 2, 2024',
    ...body,
    ...after,
    ...FOOTER,
    ...bottom,
  ].join('\n');
}
