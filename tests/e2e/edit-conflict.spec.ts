import { test, expect } from './fixtures.js';

const TEXT = 'The tram depot at the made-up town of Kellmoor reopens on Monday after the fire, the transport board said on Friday.';
const CHANGED_ELSEWHERE =
  /^This clip was changed in another window or by the command line at \d{1,2}:\d\d; your edit was not saved\. Reload to see the clip as it is now, then edit again\./;

test('a note typed while the clip changed elsewhere is refused and kept, and Keep mine saves it over the clip as it is now', async ({
  app,
  server,
}) => {
  const { id } = await server.call<{ id: number }>('clips.create', { text: TEXT, draft: { title: 'Tram depot reopens' } });
  // Timers stand still while the clip changes elsewhere, so the note is saved only when the box is left.
  await app.clock.install();
  await app.reload();
  await app.locator(`[data-clip-id="${id}"]`).click();
  await app.clock.pauseAt(Date.now() + 60_000);

  const notes = app.getByRole('region', { name: 'Notes' });
  const box = notes.getByRole('textbox');
  await box.fill('Ring the depot manager.');
  await server.call('clips.update', { id, fields: { title: 'Tram depot reopens on Monday' } });
  await box.blur();

  const refusal = notes.getByRole('alert');
  await expect(refusal).toContainText(CHANGED_ELSEWHERE);
  await expect(notes).toContainText('Ring the depot manager.');
  expect((await server.call<{ notes: string }>('clips.get', { id })).notes).toBe('');

  await app.clock.resume();
  await refusal.getByRole('button', { name: 'Reload' }).click();
  await expect(notes.getByRole('status').filter({ hasText: 'The note as the clip holds it now' })).toContainText('(empty)');
  await notes.getByRole('button', { name: 'Keep mine' }).click();
  await expect.poll(async () => (await server.call<{ notes: string }>('clips.get', { id })).notes).toBe('Ring the depot manager.');
  const clip = await server.call<{ title: string }>('clips.get', { id });
  expect(clip.title).toBe('Tram depot reopens on Monday');
  await expect(app.getByRole('heading', { level: 1, name: 'Tram depot reopens on Monday' })).toBeVisible();
});
