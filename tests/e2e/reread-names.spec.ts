import { test, expect } from './fixtures.js';

/** Clips saved with names an older clipper got wrong; every name is made up. */
const TEXT =
  'Trail closed\n\nParks Norway closed the trail on Monday. "The bridge is not safe," said Lena Hartvik, a ranger in the made-up village of Brennvik.';
const STALE = { people: ['Parks Norway'], organizations: [], places: [] };

test('Re-read names finds a saved clip’s names again, for one clip and for a selection, keeping corrections', async ({
  app,
  server,
  picture,
}) => {
  const ids: number[] = [];
  for (let i = 0; i < 3; i++)
    ids.push((await server.call<{ id: number }>('clips.create', { text: TEXT, draft: { ...STALE, title: `Trail closed ${i + 1}` } })).id);
  await server.call('clips.update', { id: ids[2], fields: { places: ['Hand-typed Fjord'] } });
  await app.reload();

  await app.locator(`[data-clip-id="${ids[0]}"]`).click();
  const reader = app.getByRole('region', { name: 'Reader' });
  await expect(reader).toContainText(/People 1\s*Parks Norway/);
  await reader.getByRole('button', { name: 'Re-read names' }).click();
  await expect(app.getByText('Read the names of 1 clip again: 1 clip got new names or quotes.')).toBeVisible();
  await expect(reader).toContainText(/People 1\s*Lena Hartvik/);

  await app.locator(`[data-clip-id="${ids[1]}"]`).click();
  await app.locator(`[data-clip-id="${ids[2]}"]`).click({ modifiers: ['ControlOrMeta'] });
  await app.locator(`[data-clip-id="${ids[2]}"]`).click({ button: 'right' });
  await app.screenshot({ path: picture('reread-menu.png') });
  await app.getByRole('menuitem', { name: 'Re-read names of 2 clips' }).click();
  await expect(
    app.getByText(/Read the names of 2 clips again: 2 clips got new names or quotes\. Your corrections in 1 clip were kept/),
  ).toBeVisible();

  await app.locator(`[data-clip-id="${ids[2]}"]`).click();
  await expect(reader).toContainText(/People 1\s*Lena Hartvik/);
  // The places the user corrected stay as they made them.
  await expect(reader).toContainText(/Places 1\s*Hand-typed Fjord\s*Organisations/);
});
