import { test, expect } from './fixtures.js';

test('a person spelt two ways is one entry in the People index, one facet, and opens both clips', async ({ app, server }) => {
  await server.call('clips.create', {
    text: 'The harbour board met on Tuesday to weigh the dredging plan.',
    draft: { title: 'Harbour board weighs dredging', date: '2024-03-05', language: 'en', people: ['Joaquín Sorribes'] },
  });
  await server.call('clips.create', {
    text: 'Dredging starts next month, the harbour board said.',
    draft: { title: 'Dredging to start', date: '2024-04-02', language: 'en', people: ['Joaquin Sorribes'] },
  });
  await app.reload();

  await app.getByRole('button', { name: 'People', exact: true }).click();
  const entry = app.getByRole('list', { name: 'people' }).getByRole('button', { name: /^Joaquín Sorribes/ });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('Joaquín Sorribes');
  await expect(entry.getByLabel('2 clips')).toBeVisible();
  await entry.click();
  await expect(app.getByRole('searchbox', { name: 'Search clips' })).toHaveValue('person:"Joaquín Sorribes"');
  await expect(app.getByText('2 results')).toBeVisible();

  const facets = app.getByRole('region', { name: 'Narrow the search' });
  const facet = facets.getByRole('button', { name: /^Joaquín Sorribes/ });
  await expect(facet).toHaveCount(1);
  await expect(facet).toHaveText(/Joaquín Sorribes\s*2/);
});
