import { test, expect, type Server } from './fixtures.js';
import { importClips } from './imported-clips.js';

const CLIPS = 3000;
const ROW_HEIGHT = 86;
const WORDS = [
  'harbour',
  'ministry',
  'grain',
  'tariff',
  'election',
  'drought',
  'pipeline',
  'summit',
  'strike',
  'court',
  'vaccine',
  'border',
];

/** Clips titled "Clip number i of a long library", each a sentence of words from WORDS. */
async function addClips(server: Server, count: number) {
  const one = (i: number) => {
    const words = Array.from({ length: 40 }, (_, w) => WORDS[(i * 7 + w * ((i % 11) + 1)) % WORDS.length]).join(' ');
    return { title: `Clip number ${i} of a long library`, paragraphs: [`The report ${i} covers ${words}.`] };
  };
  await importClips(
    server,
    Array.from({ length: count }, (_, i) => one(i)),
  );
}

/** The title of the clip at a place in All clips, as the core orders them. */
async function titleAt(server: Server, offset: number): Promise<string> {
  const { items } = await server.call<{ items: { title: string }[] }>('clips.list', { offset, limit: 1 });
  return items[0]?.title ?? '';
}

// Walking every page of three thousand rows is slow on a busy two-core machine.
test.describe.configure({ timeout: 90_000 });

test('a list of thousands of clips reaches its last clip by End and its middle by the scrollbar, holding few rows', async ({
  app,
  server,
}) => {
  await addClips(server, CLIPS);
  await app.reload();
  await expect(app.getByText(`${CLIPS.toLocaleString('en-US')} clips`)).toBeVisible();
  const list = app.getByRole('listbox', { name: 'All clips' });
  expect(await list.evaluate((el) => el.scrollHeight)).toBeGreaterThanOrEqual(CLIPS * ROW_HEIGHT);

  await app.getByRole('option').first().click();
  await app.keyboard.press('End');
  const selected = app.getByRole('option', { selected: true });
  await expect(selected).toContainText(await titleAt(server, CLIPS - 1));
  await expect(selected).toBeInViewport();
  expect(await app.getByRole('option').count()).toBeLessThan(40);

  // As a dragged scrollbar would leave it: halfway down, with rows nobody has asked for yet.
  const top = await list.evaluate((el) => {
    el.scrollTop = el.scrollHeight / 2;
    return el.scrollTop;
  });
  const index = Math.floor(top / ROW_HEIGHT) + 2;
  const middle = app.locator('[role="option"]', { hasText: await titleAt(server, index) });
  await expect(middle).toBeInViewport();
  expect(await app.getByRole('option').count()).toBeLessThan(40);

  // The keys go on from a row opened in the middle.
  await middle.click();
  await app.keyboard.press('ArrowDown');
  await expect(selected).toContainText(await titleAt(server, index + 1));
  const next = await titleAt(server, index + 2);

  // Moving it to the Trash refreshes the list in place: same scroll, the next row opened.
  await app.keyboard.press('Delete');
  await expect(app.getByText(`${(CLIPS - 1).toLocaleString('en-US')} clips`)).toBeVisible();
  await expect(selected).toContainText(next);
  await expect(selected).toBeInViewport();
  expect(Math.abs((await list.evaluate((el) => el.scrollTop)) - top)).toBeLessThan(ROW_HEIGHT * 3);

  await app.keyboard.press('Home');
  await expect(selected).toContainText(await titleAt(server, 0));
  await expect(selected).toBeInViewport();

  const asked: number[] = [];
  app.on('request', (request) => {
    if (request.url().endsWith('/api/clips.list')) asked.push((request.postDataJSON() as { offset: number }).offset);
  });
  // A fling through the whole list asks for where it comes to rest, not for each of its 14 stops
  // (a machine busy enough to stall a step past the list's settling time may add one or two).
  await list.evaluate(async (el) => {
    for (let k = 1; k <= 14; k++) {
      el.scrollTop = (el.scrollHeight * k) / 15;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });
  const rest = Math.floor((await list.evaluate((el) => el.scrollTop)) / ROW_HEIGHT) + 2;
  await expect(app.locator('[role="option"]', { hasText: await titleAt(server, rest) })).toBeInViewport();
  expect(asked.length).toBeLessThan(8);

  // Visiting every page lets the first go, so the rows held stay few however far one scrolls.
  for (let page = 0; page < CLIPS / 200; page++) {
    await list.evaluate((el, top) => (el.scrollTop = top), (page * 200 + 100) * ROW_HEIGHT);
    await expect(app.locator('[role="option"]', { hasText: await titleAt(server, page * 200 + 102) })).toBeInViewport();
  }
  asked.length = 0;
  await list.evaluate((el) => (el.scrollTop = 0));
  await expect(app.locator('[role="option"]', { hasText: await titleAt(server, 2) })).toBeInViewport();
  expect(asked).toEqual([0]);
});

test('Shift+End picks every clip to the last, loaded or not, and search results reach their last hit too', async ({ app, server }) => {
  await addClips(server, 600);
  await app.reload();
  await app.getByRole('option').first().click();
  await app.keyboard.press('Shift+End');
  await expect(app.getByText('600 clips selected')).toBeVisible();
  await expect(app.getByRole('option', { selected: true }).last()).toContainText(await titleAt(server, 599));

  // The search store answers the first 100 hits; the list pages through the rest.
  const { hits } = await server.call<{ hits: { title: string }[] }>('search.query', { query: 'harbour', offset: 0, limit: 600 });
  expect(hits.length).toBeGreaterThan(300);
  await app.getByRole('searchbox', { name: 'Search clips' }).fill('harbour');
  await expect(app.getByText(`${hits.length} results`)).toBeVisible();
  const results = app.getByRole('listbox', { name: 'Search results' });
  await results.getByRole('option').first().click();
  await app.keyboard.press('End');
  await expect(results.getByRole('option', { selected: true })).toContainText(hits.at(-1)?.title ?? '');
  expect(await results.getByRole('option').count()).toBeLessThan(40);

  // Trashing the last hit answers the search again; the list stays at the end, on the one before.
  await app.keyboard.press('Delete');
  await expect(app.getByText(`${hits.length - 1} results`)).toBeVisible();
  await expect(results.getByRole('option', { selected: true })).toContainText(hits.at(-2)?.title ?? '');
  await expect(results.getByRole('option', { selected: true })).toBeInViewport();
});
