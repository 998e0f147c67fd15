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

/** A made-up ferry story's paragraphs. */
export const FERRY_STORY = [
  'The ferry between Aldmoor and the island of Skerrin will run twice a day from April, the harbour board said on Tuesday after a vote that ended two years of argument over the service.',
  'Islanders had asked for a second crossing since the old morning boat was withdrawn, saying that pupils and workers could not reach the mainland in time for school or the first shift.',
  'The board said the extra sailing would cost about as much as the repairs it had planned for the slipway, which will now wait until the autumn when the weather allows the work.',
  'Fishermen on the island welcomed the decision but warned that the pier at Skerrin was too short for the larger boat the board intends to lease for the busy summer months.',
];

/** Lines a test puts inside the story (after its second paragraph) and after it. */
export interface StoryLines {
  inside?: readonly string[];
  closing?: readonly string[];
}

/** A made-up news page pasted whole as text around the header lines a test gives: a menu, the header, a ferry story and a footer. */
export function pageWithHeader(header: readonly string[], { inside = [], closing = [] }: StoryLines = {}): string {
  const menu = ['Home', 'World', 'Business', 'Sport', 'Culture', 'Weather', 'Podcasts', 'Search', 'Sign in'];
  const footer = ['About us', 'Contact', 'Careers', 'Privacy', 'Terms', 'Cookie settings', 'Accessibility', 'Advertise'];
  const [first, second, ...rest] = FERRY_STORY;
  return [...menu, '', ...header, '', first, '', second, ...inside, '', ...rest.join('\n\n').split('\n'), ...closing, '', ...footer].join(
    '\n',
  );
}

/** A made-up harbour story's paragraphs, for tests of a whole page pasted as HTML. */
export const HARBOUR_STORY = [
  'The harbour board voted on Thursday to dredge the inner basin before the summer, after two fishing boats ran aground there on the lowest tides of the spring.',
  'Silt carried down the river in the winter floods has raised the bed of the basin by almost a metre in places, the board’s engineer told members at the meeting.',
  '“We cannot ask crews to wait for the tide to turn before they can land their catch, and the boats are getting bigger, not smaller,” said the harbour master, Ewan Petrie.',
  'The work will close the slipway for three weeks in May, and the board will pay for a temporary pontoon on the outer wall so that boats can still land.',
  'The dredged silt will be taken by barge to the old gravel pits upstream, where the wildlife trust wants it for the reed beds it is planting.',
];
