import { test, expect, pasteIntoPage } from './fixtures.js';

const article = (title: string) =>
  `${title}\n\nBy Hanna Veld\n\nORSTAD, May 4 — The river ferry between Orstad and Kelling resumed on Monday after a week of repairs, the operator said.\n\n“We are back on the normal timetable,” said Mira Salo, who runs the line.`;

test('a second window sees a clip added, tagged and retitled in the first, without a reload', async ({ app, server, browser }) => {
  const other = await browser.newPage();
  await other.goto(await server.newLink());
  await expect(other.getByText('No clips yet')).toBeVisible();

  await pasteIntoPage(app, article('Ferry back on its timetable'));
  await app.getByRole('dialog', { name: 'Review clip' }).getByLabel('Title', { exact: true }).press('Enter');
  const row = other.getByRole('option', { name: /Ferry back on its timetable/ });
  await expect(row).toBeVisible();
  await expect(other.getByRole('button', { name: /All clips/ })).toContainText('1');

  // The other window opens the clip; the first window's tag and new title reach its sidebar and reader.
  await row.click();
  await expect(other.getByRole('heading', { level: 1, name: 'Ferry back on its timetable' })).toBeVisible();
  const { items } = await server.call<{ items: { id: number }[] }>('clips.list', {});
  const id = items[0]!.id;
  await server.call('tags.apply', { clipIds: [id], names: ['transport/ferries'] });
  await expect(other.getByRole('tree', { name: 'Tags' })).toContainText('transport');
  await server.call('clips.update', { id, fields: { title: 'Ferry line resumes after repairs' } });
  await expect(other.getByRole('heading', { level: 1, name: 'Ferry line resumes after repairs' })).toBeVisible();
  await expect(other.getByRole('option', { name: /Ferry line resumes after repairs/ })).toBeVisible();
  await other.close();
});
