import { test, expect, corpusText } from './fixtures.js';
import { addReviewedCorpusClips } from './corpus-library.js';

test('the reader shows quotes and names, and the original paste is one click away', async ({ app, server }) => {
  const [id] = await addReviewedCorpusClips(server, ['v02_reuters_china_argentina']);
  await app.reload();
  await app.locator(`[data-clip-id="${id}"]`).click();

  const reader = app.getByRole('region', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toContainText('China, Argentina sign soymeal');
  const facts = reader.getByRole('complementary', { name: 'Quotes and names in this clip' });
  await expect(facts.locator('blockquote').first()).toContainText('China is not just a buyer for us');
  await expect(facts.getByText('Paula Grossi').first()).toBeVisible();
  await expect(facts.getByText('Buenos Aires', { exact: true })).toBeVisible();

  await reader.getByRole('button', { name: 'View original paste' }).click();
  const original = reader.getByRole('region', { name: 'Original paste' });
  await expect(original.locator('pre')).toContainText('Our Standards: The Thomson Reuters Trust Principles');
  await reader.getByRole('button', { name: 'Back to clip' }).click();
  await expect(original).toBeHidden();
});

test('the theme follows the system unless the user picks one, and the choice is remembered', async ({ app }) => {
  const background = () => app.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await app.emulateMedia({ colorScheme: 'dark' });
  const dark = await background();
  await app.emulateMedia({ colorScheme: 'light' });
  const light = await background();
  expect(dark).not.toBe(light);

  const settings = app.getByRole('dialog', { name: 'Settings' });
  await app.getByRole('button', { name: 'Settings' }).click();
  await settings.getByRole('button', { name: 'Dark', exact: true }).click();
  expect(await background()).toBe(dark);
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings).toBeHidden();
  await app.reload();
  expect(await background()).toBe(dark);
  await app.getByRole('button', { name: 'Settings' }).click();
  await settings.getByRole('button', { name: 'Auto', exact: true }).click();
  expect(await background()).toBe(light);
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings).toBeHidden();
  await app.reload();
  expect(await background()).toBe(light);
});

test('a long list keeps only the rows in view in the page and loads the rest as it scrolls', async ({ app, server }) => {
  const base = corpusText('seed');
  const add = (i: number) =>
    server.call('clips.create', { text: `Clip number ${i} of a long library.\n\n${base.slice(i * 7, i * 7 + 400)} ${i}` });
  // Clip 0 first, so it is the oldest, the last in the list; the rest ten at a time.
  await add(0);
  for (let i = 1; i < 215; i += 10) await Promise.all(Array.from({ length: Math.min(10, 215 - i) }, (_, k) => add(i + k)));
  await app.reload();
  await expect(app.getByText('215 clips')).toBeVisible();
  expect(await app.getByRole('option').count()).toBeLessThan(40);

  await app.getByRole('option').first().click();
  // The first page holds 200 rows; End loads the page holding the last.
  await app.keyboard.press('End');
  await expect(app.getByRole('option', { selected: true })).toContainText('Clip number 0 ');
  expect(await app.getByRole('option').count()).toBeLessThan(40);
});

test('Copy citation puts who wrote it, the headline, the outlet, the date and the address on the clipboard, for one clip or a selection', async ({
  app,
  server,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const first = await server.call<{ id: number }>('clips.create', {
    text: 'Dock workers stayed out for a second week.\n\n“We will not go back until the contracts are signed,” said Mira Voss, a union steward.\n\nThe port authority said talks would resume.',
    draft: { title: 'Harbour strike enters its second week', source: 'The Ledger', byline: ['Ann Lee'], date: '2023-03-07' },
  });
  await server.call('clips.update', { id: first.id, fields: { url: 'https://ledger.example/harbour-strike' } });
  await server.call('clips.create', {
    text: 'Ferries ran on time despite the strike.',
    draft: { title: 'Ferries unaffected?', source: 'The Courier' },
  });
  await app.reload();
  const clipboard = () => app.evaluate(() => navigator.clipboard.readText());

  await app.locator(`[data-clip-id="${first.id}"]`).click();
  await app.getByRole('region', { name: 'Reader' }).getByRole('button', { name: 'Copy citation' }).click();
  await expect(app.getByText('Copied the citation.')).toBeVisible();
  expect(await clipboard()).toBe(
    'Ann Lee. “Harbour strike enters its second week.” The Ledger, 7 March 2023. https://ledger.example/harbour-strike',
  );

  await app.locator(`[data-clip-id="${first.id}"]`).click();
  await app.keyboard.press(process.platform === 'darwin' ? 'Meta+a' : 'Control+a');
  await app.locator(`[data-clip-id="${first.id}"]`).click({ button: 'right' });
  await app.getByRole('menuitem', { name: 'Copy 2 citations' }).click();
  await expect(app.getByText('Copied 2 citations.')).toBeVisible();
  expect((await clipboard()).split('\n').sort()).toEqual([
    'Ann Lee. “Harbour strike enters its second week.” The Ledger, 7 March 2023. https://ledger.example/harbour-strike',
    '“Ferries unaffected?” The Courier.',
  ]);
});
