import { test, expect, corpusText } from './fixtures.js';
import { addReviewedCorpusClips } from './corpus-library.js';

test('search as you type finds the clip and marks the match in its snippet', async ({ app, server }) => {
  await server.call('clips.create', { text: corpusText('seed') });
  await addReviewedCorpusClips(server, ['v05_ap_barents_rescue']);
  await app.reload();

  const field = app.getByRole('searchbox', { name: 'Search clips' });
  await field.pressSequentially('videoconference');
  await expect(app.getByText('1 result')).toBeVisible();
  const hit = app.getByRole('option');
  await expect(hit).toHaveCount(1);
  await expect(hit.locator('mark')).toHaveText(/videoconference/i);
  await hit.click();
  await expect(app.getByRole('article').locator('mark')).toHaveText(['videoconference']);

  await field.fill('zzzunfindable');
  await expect(app.getByText(/No clips match/)).toBeVisible();

  await field.press('Escape');
  await expect(app.getByRole('option')).toHaveCount(2);
});

test('a search typed while the library is still loading is sent once, not again when the load ends', async ({ app, server }) => {
  await server.call('clips.create', { text: corpusText('seed') });
  await addReviewedCorpusClips(server, ['v05_ap_barents_rescue']);
  // The sidebar's counts answer slowly, as on a busy disk or a team server.
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await app.route('**/api/tags.totals', async (route) => {
    await held;
    await route.continue();
  });
  const searches: string[] = [];
  app.on('request', (r) => {
    if (new URL(r.url()).pathname === '/api/search.query') searches.push(r.postData() ?? '');
  });
  await app.reload();
  await app.getByRole('searchbox', { name: 'Search clips' }).fill('videoconference');
  await expect(app.getByText('1 result')).toBeVisible();
  const loaded = app.waitForResponse('**/api/tags.totals');
  release();
  await loaded;
  // A second search would leave straight after the load ends; a moment is long enough to see it.
  await app.waitForTimeout(300);
  expect(searches).toHaveLength(1);
  await expect(app.getByRole('option')).toHaveCount(1);
});

test('a search looks through the whole library, so the collection open before it is not marked as the one shown', async ({
  app,
  server,
}) => {
  const first = await server.call<{ id: number }>('clips.create', { text: corpusText('seed') });
  await addReviewedCorpusClips(server, ['v05_ap_barents_rescue']);
  const shelf = await server.call<{ id: number }>('collections.create', { name: 'Shelf' });
  await server.call('collections.addClips', { id: shelf.id, clipIds: [first.id] });
  await app.reload();

  const shelfItem = app.getByRole('treeitem', { name: 'Shelf' });
  await shelfItem.click();
  await expect(shelfItem).toHaveAttribute('aria-selected', 'true');
  const field = app.getByRole('searchbox', { name: 'Search clips' });
  await field.fill('Barents');
  await expect(app.getByText('1 result')).toBeVisible();
  await expect(shelfItem).toHaveAttribute('aria-selected', 'false');

  await field.press('Escape');
  await expect(shelfItem).toHaveAttribute('aria-selected', 'true');
});
