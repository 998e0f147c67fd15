import { test, expect, type Server } from './fixtures.js';
import { exportedClip, exportText } from '../support/export-file.js';

/** Clips saved with names an older clipper got wrong; every name is made up. */
const DAYS = ['Monday', 'Tuesday', 'Wednesday'];
const body = (day: string) =>
  `Parks Norway closed the trail on ${day}. "The bridge is not safe," said Lena Hartvik, a ranger in the made-up village of Brennvik.`;

/** Brings the clips in as an export from an older Cuttings, names and all, with no corrections. */
async function addStaleClips(server: Server): Promise<number[]> {
  const clips = DAYS.map((day, i) =>
    exportedClip(i + 1, 'Trail closed', [body(day)], { title: `Trail closed ${i + 1}`, people: ['Parks Norway'] }),
  );
  const text = exportText({ clips });
  await server.call('import.exportChunk', { uploadId: 'stale-names-1', text });
  const result = await server.call<{ clips: { id: number }[] }>('import.exportRun', {
    uploadId: 'stale-names-1',
    name: 'older.json',
    listClips: true,
  });
  return result.clips.map((c) => c.id);
}

test('Re-read names finds a saved clip’s names again, for one clip and for a selection, keeping corrections', async ({
  app,
  server,
  picture,
}) => {
  const ids = await addStaleClips(server);
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
