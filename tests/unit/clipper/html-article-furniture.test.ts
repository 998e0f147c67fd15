import { describe, expect, it } from 'vitest';
import { articleFromDom } from '../../../electron/core/clipper/article-from-dom.js';
import { pageMeta } from '../../../electron/core/clipper/page-meta.js';
import { withoutInertParts } from '../../../electron/core/clipper/rough-html-text.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

/** The body a whole-page HTML paste gives, read in this thread as the worker reads it. */
function body(html: string): string[] {
  const reading = articleFromDom(withoutInertParts(html), pageMeta(html));
  return parseClip(reading.text, { isolated: reading.isolated }).paragraphs;
}

const STORY = [
  'The county council voted on Tuesday to rebuild the old stone bridge over the Lune, closed to traffic since the spring floods undermined two of its piers.',
  'Engineers told councillors that the repairs would take eighteen months and that a temporary footbridge would open beside it before the end of the summer.',
  '“We know how much the villages on the far bank depend on this crossing, and we will not leave them cut off for longer than we have to,” said the council’s leader, Agnes Whitlow.',
  'Shopkeepers in the market square said trade had fallen by a third since the closure, as drivers from the far bank now shop in the next town instead.',
];

/** A made-up news page: a menu, the article with whatever `inside` adds after its second paragraph, and a footer. */
function page(inside: string, options: { before?: string; after?: string } = {}): string {
  const [first, second, ...rest] = STORY.map((p) => `<p>${p}</p>`);
  return `<!doctype html><html><head><title>Council votes to rebuild the Lune bridge | Valley Post</title>
<meta property="og:title" content="Council votes to rebuild the Lune bridge"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article>${options.before ?? ''}<h1>Council votes to rebuild the Lune bridge</h1>${first}${second}${inside}${rest.join('')}${options.after ?? ''}</article>
<footer><p>© 2024 Valley Post</p></footer></body></html>`;
}

describe('furniture inside the article of an HTML paste', () => {
  it('leaves out a picture’s caption and credit', () => {
    const paragraphs = body(
      page(
        '<figure><img src="bridge.jpg" alt=""><figcaption>Water pours over the weir below the bridge, where two of the piers gave way.</figcaption></figure>',
      ),
    );
    expect(paragraphs).toEqual(STORY);
  });

  it('leaves out a newsletter or search box with the words around its field', () => {
    const signUp =
      '<div><h4>Get the Valley Morning</h4><p>The day’s news from the dales, before breakfast.</p><input type="email" placeholder="Your e-mail"><button>Sign up</button></div>';
    expect(body(page(signUp))).toEqual(STORY);
    const search = '<div><label>Find a story</label><input type="search"></div>';
    expect(body(page(search))).toEqual(STORY);
  });

  it('leaves out a list whose every item is a link to another story', () => {
    const related =
      '<p>Read more</p><ul><li><a href="/a">Flood defences to cost more than planned</a></li><li><a href="/b">Bus routes change for the summer</a></li><li><a href="/c">New car park opens by the station</a></li></ul>';
    expect(body(page(related))).not.toContain('Flood defences to cost more than planned');
    expect(body(page(related))).toContain(STORY[2]);
  });

  it('keeps a list whose items are the story’s own, even where they hold a link', () => {
    const list =
      '<ul><li>Closed roads: <a href="/map">the river road</a> and the lane to the mill, until the footbridge opens.</li><li>Buses will run from the market square every half hour instead.</li></ul>';
    const paragraphs = body(page(list));
    expect(paragraphs.join('\n')).toContain('Buses will run from the market square every half hour instead.');
    expect(paragraphs.join('\n')).toContain('the river road and the lane to the mill');
  });

  it('leaves out a one-link teaser in capitals, and keeps a paragraph that is a link in ordinary case', () => {
    const teaser = '<p><a href="/x">MAYOR SAYS TOWN HALL WILL STAY OPEN ALL WINTER</a></p>';
    const ordinary = '<p><a href="/plan">The full repair plan is on the council’s website</a></p>';
    const paragraphs = body(page(teaser + ordinary));
    expect(paragraphs.join('\n')).not.toContain('MAYOR SAYS');
    expect(paragraphs).toContain('The full repair plan is on the council’s website');
  });

  it('leaves out the links after the story’s last paragraph, with the short heading over them', () => {
    const links =
      '<p>You might also like</p><p><a href="/a">Flood defences to cost more than planned</a></p><p><a href="/b">Bus routes change for the summer</a></p>';
    expect(body(page('', { after: links }))).toEqual(STORY);
  });

  it('keeps a link between the story’s paragraphs', () => {
    const link = '<p><a href="/plan">Read the engineers’ report in full</a></p>';
    expect(body(page(link))).toContain('Read the engineers’ report in full');
  });

  it('keeps a post quoted from a social network, whatever its wrapper is called', () => {
    const post =
      '<div class="social-embed"><blockquote><p>The bridge is the only way to the doctor for half the village.</p>— Ruth Amble (@ruthamble) 3 May 2024</blockquote></div>';
    expect(body(page(post)).join('\n')).toContain('The bridge is the only way to the doctor for half the village.');
  });

  it('drops a breadcrumb that runs into the headline, as it drops the headline itself', () => {
    const crumb = '<div><a href="/">Home</a><a href="/news">NEWS</a>Council votes to rebuild the Lune bridge</div>';
    expect(body(page('', { before: crumb }))).toEqual(STORY);
  });
});

describe('an article already cut from its page', () => {
  const recipe = [
    'Harbour fish stew for four',
    'This is the stew the harbour cafe has served every Friday for thirty years, and the cook says the secret is to add the fish only in the last few minutes so it stays whole.',
    'Start the base an hour before you eat, and keep the heat low once the tomatoes are in, because a stew that boils turns the fish to flakes and the broth to mud.',
    'Ingredients',
    'Two onions, sliced',
    'Three cloves of garlic',
    'A tin of chopped tomatoes',
    'White fish, in chunks',
    'Serves four',
  ].join('\n\n');

  it('keeps the lines after its densest prose, which on a whole page would be the footer', () => {
    const page = ['Home', 'Recipes', 'Shop', 'Contact', 'Sign in', 'Subscribe', 'Search', 'Menu', recipe].join('\n\n');
    expect(parseClip(page, { isolated: true }).paragraphs).toContain('A tin of chopped tomatoes');
    expect(parseClip(page).paragraphs).not.toContain('A tin of chopped tomatoes');
  });

  it('ends at an author’s box, even when no page lies around it', () => {
    const story = [
      'Harbour fish stew for four',
      'This is the stew the harbour cafe has served every Friday for thirty years, and the cook says the secret is to add the fish only in the last few minutes.',
      'Start the base an hour before you eat, and keep the heat low once the tomatoes are in, because a stew that boils turns the fish to flakes.',
      'About the author',
      'Jo Marsh writes about food and the sea for the weekend pages.',
    ].join('\n\n');
    expect(parseClip(story, { isolated: true }).paragraphs).not.toContain('Jo Marsh writes about food and the sea for the weekend pages.');
  });

  it('still ends at the readers’ comments', () => {
    const withComments = [
      'Home',
      'Recipes',
      'Shop',
      'Contact',
      'Sign in',
      'Subscribe',
      'Search',
      'Menu',
      recipe,
      'Comments (2)',
      'Lovely stew, thank you for sharing it.',
    ].join('\n\n');
    expect(parseClip(withComments, { isolated: true }).paragraphs).not.toContain('Lovely stew, thank you for sharing it.');
  });
});
