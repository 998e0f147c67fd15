import { test, expect } from './fixtures.js';

const FERRIES = `Ferry crossings resume after the winter storms
HARBOURTON, 4 February 2025 - The ferries ran again on Tuesday after a week of storms, the harbour office said.
The first boats left at dawn, and more will follow as the repairs to the piers go on, a spokeswoman said.`;

const ORCHARD = `Villagers plant an orchard of old apples
Allotment holders planted forty young apple trees on the common on Saturday, grafted from farm gardens nearby.
The first fruit is expected in about four years, the orchard keeper said.`;

const TAGS = ['desk/weekend-features-long-reads', 'region/europe/portugal', 'topic/transport/ferries', 'follow-up'];

test('a list row names its tags as chips by the end of their paths: three at most, then how many more, each cut short, all of them in the tooltip', async ({
  app,
  server,
  picture,
}) => {
  const ferries = await server.call<{ id: number }>('clips.create', { text: FERRIES });
  const orchard = await server.call<{ id: number }>('clips.create', { text: ORCHARD });
  await server.call('tags.apply', { clipIds: [ferries.id], names: TAGS });
  await server.call('tags.apply', { clipIds: [orchard.id], names: ['follow-up'] });
  await server.call('tags.setColor', { name: 'follow-up', color: '#3f9d4b' });
  await app.reload();

  const ferriesRow = app.getByRole('option').filter({ hasText: 'Ferry crossings resume' });
  const chips = ferriesRow.getByRole('list', { name: /^Tags:/ });
  // By name, as the reader lists them.
  const byName = TAGS.toSorted();
  await expect(chips).toHaveAttribute('title', byName.join(', '));
  // Each chip names the end of its tag's path; the tooltip has the whole paths.
  await expect(chips.getByRole('listitem')).toHaveText(['weekend-features-long-reads', 'follow-up', 'portugal', '+1']);
  await expect(chips.getByRole('listitem').last()).toHaveAttribute('aria-label', '1 more tag');

  // A long name is cut with an ellipsis, inside the row.
  const long = chips.getByRole('listitem').first();
  const cut = await long
    .locator('.name')
    .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, overflow: getComputedStyle(el).textOverflow }));
  expect(cut.overflow).toBe('ellipsis');
  expect(cut.scroll).toBeGreaterThan(cut.client);
  const row = await ferriesRow.boundingBox();
  const chipBox = await long.boundingBox();
  expect(chipBox!.x + chipBox!.width).toBeLessThanOrEqual(row!.x + row!.width);

  const orchardRow = app.getByRole('option').filter({ hasText: 'Villagers plant an orchard' });
  await expect(orchardRow.getByRole('list', { name: 'Tags: follow-up' }).getByRole('listitem')).toHaveText(['follow-up']);

  await app.screenshot({ path: picture('list-tag-chips-light.png') });
  await ferriesRow.click();
  await app.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot({ path: picture('list-tag-chips-dark.png') });
});

test('two tags on a row that end alike keep their whole paths on their chips', async ({ app, server }) => {
  const ferries = await server.call<{ id: number }>('clips.create', { text: FERRIES });
  await server.call('tags.apply', { clipIds: [ferries.id], names: ['region/europe', 'desk/europe', 'topic/transport'] });
  await app.reload();

  const chips = app
    .getByRole('option')
    .filter({ hasText: 'Ferry crossings resume' })
    .getByRole('list', { name: /^Tags:/ });
  await expect(chips.getByRole('listitem')).toHaveText(['desk/europe', 'region/europe', 'transport']);
});

test('a list row sets the dateline in small capitals after the source, as the reader does', async ({ app, server }) => {
  const ferries = await server.call<{ id: number }>('clips.create', { text: FERRIES });
  await server.call('clips.update', { id: ferries.id, fields: { source: 'Coast Weekly' } });
  await app.reload();

  const row = app.locator(`[data-clip-id="${ferries.id}"]`);
  await expect(row).toContainText('Coast Weekly · HARBOURTON');
  const dateline = row.getByText('HARBOURTON', { exact: true });
  await expect(dateline).toHaveCSS('font-variant-caps', 'all-small-caps');
  await row.click();
  await expect(app.getByRole('region', { name: 'Reader' }).getByText('HARBOURTON', { exact: true })).toHaveCSS(
    'font-variant-caps',
    'all-small-caps',
  );
});
