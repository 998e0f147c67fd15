import type { Page } from '@playwright/test';
import { test, expect, pasteIntoPage } from './fixtures.js';

const REPORT = [
  'Dam repairs finish early',
  'VELDEN, 6 February 2024 (Lake Courier) - Repairs to the Velden dam finished two weeks early, the water board said on Tuesday, after 220 workers worked through the winter.',
  '"The dam is safe for the spring floods, and the road across it opens again on Friday morning for cars and buses, though lorries will have to wait until the engineers have checked the last of the new concrete sections," said Petra Lang, who chairs the water board.',
  'The road across the dam had been closed since October.',
].join('\n\n');

const review = (app: Page) => app.getByRole('dialog', { name: 'Review clip' });

test('Enter on an exact duplicate opens the clip already saved instead of saving it again', async ({ app, server }) => {
  const first = await server.call<{ id: number }>('clips.create', { text: REPORT });
  await app.reload();
  await pasteIntoPage(app, REPORT);
  await expect(review(app).getByRole('alert')).toContainText('This is already in your library.');
  await expect(review(app).getByText('opens the saved clip')).toBeVisible();
  await review(app).getByLabel('Title', { exact: true }).press('Enter');
  await expect(review(app)).toBeHidden();
  await expect(app.getByRole('option')).toHaveCount(1);
  await expect(app.locator(`[data-clip-id="${first.id}"]`)).toHaveAttribute('aria-selected', 'true');
});

test('corrections made to an earlier version are offered for the new one', async ({ app, server, picture }) => {
  const first = await server.call<{ id: number }>('clips.create', { text: REPORT });
  await server.call('clips.update', { id: first.id, fields: { source: 'Lake Courier Online', byline: ['Ines Roth'] } });
  const read = await server.call<{ people: string[]; places: string[] }>('clips.get', { id: first.id });
  expect(read.people).toContain('Petra Lang');
  await server.call('clips.update', {
    id: first.id,
    fields: { people: read.people.filter((p) => p !== 'Petra Lang'), places: [...read.places, 'Velden dam'] },
  });
  await app.reload();
  await pasteIntoPage(app, REPORT.replace('220 workers', '260 workers'));
  const offer = review(app).getByRole('region', { name: /You corrected clip \d+ by hand/ });
  await expect(offer).toContainText(/Source\s*“Lake Courier Online”/);
  await expect(offer).toContainText(/People\s*left out “Petra Lang”/);
  await expect(offer).toContainText(/Places\s*added “Velden dam”/);
  await app.screenshot({ path: picture('review-corrections.png') });
  await offer.getByRole('button', { name: 'Use source “Lake Courier Online”' }).click();
  await expect(review(app).getByLabel('Source', { exact: true })).toHaveValue('Lake Courier Online');
  await offer.getByRole('button', { name: 'Leave “Petra Lang” out of people' }).click();
  await expect(offer).not.toContainText('Petra Lang');
  await expect(offer).toContainText(/Byline\s*“Ines Roth”/);
  await offer.getByRole('button', { name: 'Use all' }).click();
  await expect(offer).toBeHidden();
  await review(app).getByRole('button', { name: 'Save as new version' }).click();
  await expect(review(app)).toBeHidden();
  const rows = await server.call<{ items: { id: number }[] }>('clips.list', {});
  const saved = await server.call<{ source: string; byline: string[]; people: string[]; places: string[] }>('clips.get', {
    id: rows.items[0]!.id,
  });
  expect(saved).toMatchObject({ source: 'Lake Courier Online', byline: ['Ines Roth'] });
  expect(saved.people).not.toContain('Petra Lang');
  expect(saved.places).toContain('Velden dam');
});

test('a missed name or quote is added in review, a long quote opens in full, and the date follows the date setting', async ({
  app,
  server,
  picture,
}) => {
  await server.call('settings.update', { patch: { dateFormat: 'day-month-year' } });
  await app.reload();
  await app.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    data.setData('text/uri-list', 'https://courier.example.net/velden-dam');
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, REPORT);
  const dialog = review(app);
  await expect(dialog.getByLabel('Date', { exact: true })).toHaveValue('6 February 2024');
  await expect(dialog.getByLabel('Web address', { exact: true })).toHaveValue('https://courier.example.net/velden-dam');

  const more = dialog.getByRole('button', { name: 'Show the whole quote' });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.click();
  await expect(dialog.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');

  await dialog.getByLabel('Add a place').fill('Lake Velden');
  await dialog.getByLabel('Add a place').press('Enter');
  await dialog.getByLabel('Add an organisation').fill('Velden Water Board');
  await dialog.getByRole('button', { name: 'Add organisation' }).click();
  await dialog.getByRole('button', { name: 'Add a quote' }).click();
  await dialog.getByLabel('Words of the new quote').fill('“The road across the dam had been closed since October.”');
  await dialog.getByLabel('Speaker of the new quote').fill('Petra Lang');
  await dialog.getByRole('button', { name: 'Add quote' }).click();
  await expect(dialog).toBeVisible();
  await app.screenshot({ path: picture('review-additions.png') });

  await dialog.getByRole('button', { name: 'Save clip' }).click();
  await expect(dialog).toBeHidden();
  const rows = await server.call<{ items: { id: number }[] }>('clips.list', {});
  const saved = await server.call<{
    places: string[];
    organizations: string[];
    quotes: { speaker: string; text: string }[];
    url: string;
    date: string;
  }>('clips.get', { id: rows.items[0]!.id });
  expect(saved.places).toContain('Lake Velden');
  expect(saved.organizations).toContain('Velden Water Board');
  expect(saved.quotes).toContainEqual({ speaker: 'Petra Lang', text: 'The road across the dam had been closed since October.' });
  expect(saved.url).toBe('https://courier.example.net/velden-dam');
  expect(saved.date).toBe('2024-02-06');
});
