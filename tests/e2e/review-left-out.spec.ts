import { test, expect, pasteIntoPage } from './fixtures.js';

// A whole page copied as text: a menu above the story, share buttons, related links and a footer below.
const MENU = ['Skip to main content', 'Harbour Gazette', 'Home', 'News', 'Business', 'Sport', 'Weather', 'Subscribe', 'Sign in', 'News'];
const STORY = [
  'Ferry service to the islands resumes after storm repairs',
  'By Marta Ilves',
  '12 March 2024',
  'The ferry between Port Amsel and the outer islands runs again from Monday, the harbour board said on Friday, after three weeks of repairs to the landing stage that the February storm tore apart.',
  '"The new landing stage is stronger than the old one, and it will take the larger boat we have ordered for next summer," said Jonas Pärn, who runs the harbour board\'s works department.',
  'Islanders had relied on a smaller boat from the fishing harbour since the storm, which carried only foot passengers and cost twice as much per crossing.',
  'The board said the timetable would be the same as before the storm, with six crossings a day on weekdays and four at weekends.',
];
const FOOTER = [
  'Share this article',
  'Facebook',
  'Twitter',
  'Email',
  'Related stories',
  'New bridge plan goes to council',
  'Storm damage bill tops two million',
  'Harbour fees to rise in April',
  'About us',
  'Contact',
  'Privacy policy',
  'Terms of use',
  '© 2024 Harbour Gazette',
];
const PAGE = [...MENU, ...STORY, ...FOOTER].join('\n');

test('runs of lines left out of a whole-page paste fold into one row each, which opens to restore a line', async ({ app, picture }) => {
  await pasteIntoPage(app, PAGE);
  const review = app.getByRole('dialog', { name: 'Review clip' });
  const text = review.getByRole('region', { name: /^Text/ });
  await expect(review.getByText(/The ferry between Port Amsel/)).toBeVisible();

  // The furniture is out of sight: two rows stand for the menu and for the footer.
  const menu = text.getByRole('button', { name: `${MENU.length} lines left out` });
  const footer = text.getByRole('button', { name: `${FOOTER.length} lines left out` });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(footer).toHaveAttribute('aria-expanded', 'false');
  await expect(text.getByText('Skip to main content')).toBeHidden();
  await expect(text.getByText('Privacy policy')).toBeHidden();
  await expect(text.getByRole('button', { name: 'Restore' })).toHaveCount(0);
  await app.screenshot({ path: picture('review-folded.png') });

  // From the keyboard: Enter opens the menu's run, Space closes it again.
  await menu.focus();
  await app.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(text.getByText('Skip to main content')).toBeVisible();
  await expect(text.getByRole('button', { name: 'Restore' })).toHaveCount(MENU.length);
  await app.keyboard.press('Space');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(text.getByText('Skip to main content')).toBeHidden();

  // A click opens the footer's run; a line brought back stays in view when the run is folded again.
  await footer.click();
  await expect(footer).toHaveAttribute('aria-expanded', 'true');
  await expect(text.getByText('Storm damage bill tops two million')).toBeVisible();
  await app.screenshot({ path: picture('review-unfolded.png') });
  await text
    .getByRole('listitem')
    .filter({ hasText: /^Storm damage bill tops two million\s*Restore$/ })
    .getByRole('button', { name: 'Restore' })
    .click();
  const rest = text.getByRole('button', { name: `${FOOTER.length - 1} lines left out` });
  await rest.click();
  await expect(rest).toHaveAttribute('aria-expanded', 'false');
  await expect(text.getByText('Privacy policy')).toBeHidden();
  await expect(text.getByText('Storm damage bill tops two million')).toBeVisible();
  await expect(text.getByRole('button', { name: 'Leave out' })).toHaveCount(1);

  await review.getByRole('button', { name: 'Save clip' }).click();
  await expect(review).toBeHidden();
  const article = app.getByRole('article');
  await expect(article.getByText('Storm damage bill tops two million', { exact: true })).toBeVisible();
  await expect(article.getByText('Privacy policy')).toHaveCount(0);
});

test('an outlet name left out on a line of its own fills the empty Source field in one click', async ({ app }) => {
  const story = [
    'Tram line to the airport opens a year late',
    'By Ada Lindqvist',
    'Valley Voice',
    '2 May 2025',
    'The tram line between the city centre and the airport opened on Thursday, a year later than planned and a fifth over budget, the transport authority said.',
    '"It was worth the wait," said Per Ahlgren, who chairs the authority, as the first tram left the central station.',
  ].join('\n');
  await pasteIntoPage(app, story);
  const review = app.getByRole('dialog', { name: 'Review clip' });
  await expect(review.getByLabel('Source')).toHaveValue('');
  const outlet = review.getByRole('listitem').filter({ hasText: 'Valley Voice' });
  await expect(outlet.locator('s')).toBeVisible();

  await outlet.getByRole('button', { name: 'Use as source' }).click();
  await expect(review.getByLabel('Source')).toHaveValue('Valley Voice');
  await expect(outlet.getByRole('button', { name: 'Use as source' })).toBeHidden();
  await expect(outlet.locator('s')).toBeVisible();

  await review.getByRole('button', { name: 'Save clip' }).click();
  await expect(review).toBeHidden();
  await expect(app.getByRole('option', { name: /Tram line to the airport/ })).toContainText('Valley Voice');
});
