import { test, expect, type Server } from './fixtures.js';

/** Clips with made-up places and outlets, arranged through the API. */
async function addClips(server: Server) {
  const add = (text: string, draft: object) => server.call('clips.create', { text, draft });
  await add('Talks on the river border stalled again in the spring.', {
    title: 'Border talks stall',
    date: '2019-03-01',
    source: 'Harbour Wire',
    language: 'en',
    places: ['Veloria'],
  });
  await add('The new border crossing opened to lorries and buses.', {
    title: 'Crossing opens',
    date: '2022-09-12',
    source: 'Harbour Wire',
    language: 'en',
    places: ['Veloria'],
  });
  await add('Ostland raised its grain export quota for the autumn.', {
    title: 'Grain quota raised',
    date: '2022-10-20',
    source: 'Lakeside Daily',
    language: 'en',
    places: ['Ostland'],
  });
  await add('Volunteers helped rescue stranded fishing crews after the storm.', {
    title: 'Storm at sea',
    date: '2023-03-03',
    source: 'Northfield Post',
    language: 'en',
    places: ['Kestria'],
  });
}

test('OR between filters finds either, words match as typed and in their other forms, and what cannot be read is said', async ({
  app,
  server,
}) => {
  await addClips(server);
  await app.reload();
  const field = app.getByRole('searchbox', { name: 'Search clips' });

  await field.fill('place:Veloria OR place:Ostland after:2022-06-01');
  await expect(app.getByText('2 results')).toBeVisible();
  await expect(app.getByRole('option')).toHaveCount(2);

  await field.fill('source:"Harbour Wire" OR source:Lakeside');
  await expect(app.getByText('3 results')).toBeVisible();

  // As typed, letter by letter: a word's start already finds it.
  await field.fill('');
  await field.pressSequentially('resc');
  await expect(app.getByText('1 result')).toBeVisible();
  await expect(app.getByRole('option')).toContainText('Storm at sea');
  await field.fill('rescuers');
  await expect(app.getByText('1 result')).toBeVisible();
  await field.fill('"rescuers"');
  await expect(app.getByText(/No clips match/)).toBeVisible();

  await field.fill('(place:Veloria OR border');
  const notice = app.getByRole('status').filter({ hasText: /not closed/ });
  await expect(notice).toBeVisible();
  await expect(app.getByText('2 results')).toBeVisible();
  await field.fill('region:north');
  await expect(app.getByRole('status').filter({ hasText: /not a filter/ })).toBeVisible();
  await app.screenshot({ path: test.info().outputPath('search-notice.png') });
});

test('a smart collection finds what its search finds, and says what its search could not read', async ({ app, server }) => {
  await addClips(server);
  await server.call('collections.create', { name: 'Either place', query: 'place:Veloria OR place:Ostland after:2022-06-01' });
  await server.call('collections.create', { name: 'Half written', query: 'border OR' });
  await app.reload();
  const tree = app.getByRole('tree', { name: 'Collections' });
  await tree.getByRole('treeitem', { name: /Either place/ }).click();
  await expect(app.getByRole('option')).toHaveCount(2);
  await tree.getByRole('treeitem', { name: /Half written/ }).click();
  await expect(app.getByRole('status').filter({ hasText: /OR.*both sides/ })).toBeVisible();
});

test('the search help shows made-up examples of every operator and filter', async ({ app }) => {
  await app.getByRole('button', { name: 'Search syntax' }).click();
  const help = app.getByRole('dialog', { name: 'Searching' });
  await expect(help).toBeVisible();
  for (const example of [
    'drought OR flood',
    '-opinion NOT opinion',
    '(drought OR flood) AND tag:farming',
    'url:example.org',
    'said:Vantorre',
    'rescuers',
  ]) {
    await expect(help.getByText(example, { exact: true })).toBeVisible();
  }
  await app.screenshot({ path: test.info().outputPath('search-help.png') });
});

test('the timeline folds long runs of empty months into one line', async ({ app, server }) => {
  await addClips(server);
  await app.reload();
  await app.getByRole('button', { name: 'Timeline', exact: true }).click();
  const months = app.getByRole('list', { name: 'Clips per month' });
  await expect(months.getByRole('button', { name: /Mar 2019/ })).toBeVisible();
  await expect(months.getByText(/Apr 2019 – Aug 2022/)).toBeVisible();
  await expect(months.getByText('41 months without clips')).toBeVisible();
  // Four months with clips, two folded runs between them, and no empty month drawn as a bar.
  await expect(months.getByText('4 months without clips')).toBeVisible();
  await expect(months.getByRole('button')).toHaveCount(4);
  await app.screenshot({ path: test.info().outputPath('timeline.png') });
});
