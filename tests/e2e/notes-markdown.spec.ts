import { test, expect } from './fixtures.js';

const NOTES = [
  'Call the **harbour master** before _Friday_.',
  '',
  '- check the tonnage figure',
  '- ask about the night shift',
  '',
  'See <https://example.org/vellmar-port> and <img src=x onerror="document.title=\'hacked\'"> <script>document.title="hacked"</script>',
].join('\n');

test('notes show as Markdown in the reader, sanitised like pastes, and open for editing as typed', async ({ app, server }, testInfo) => {
  const text = 'Night cargo at the made-up port of Vellmar doubled this year, the harbour office said on Tuesday.';
  const { id } = await server.call<{ id: number }>('clips.create', { text, draft: { title: 'Night cargo doubles' } });
  await server.call('clips.update', { id, fields: { notes: NOTES } });
  await app.reload();
  await app.locator(`[data-clip-id="${id}"]`).click();

  const notes = app.getByRole('region', { name: 'Notes' });
  await expect(notes.locator('strong')).toHaveText('harbour master');
  await expect(notes.locator('em')).toHaveText('Friday');
  await expect(notes.getByRole('listitem')).toHaveText(['check the tonnage figure', 'ask about the night shift']);
  await expect(notes.getByRole('link', { name: 'https://example.org/vellmar-port' })).toHaveAttribute('target', '_blank');
  await expect(notes.locator('img, script')).toHaveCount(0);
  await expect(notes).not.toContainText('**');
  expect(await app.title()).not.toBe('hacked');
  await notes.scrollIntoViewIfNeeded();
  await app.screenshot({ path: testInfo.outputPath('notes-markdown.png'), animations: 'disabled' });

  await notes.getByRole('button', { name: 'Edit notes' }).click();
  const box = notes.getByRole('textbox');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(NOTES);
  await box.press('End');
  await box.pressSequentially('\n\n> quoted *aside*');
  await box.blur();
  await expect(notes.locator('blockquote em')).toHaveText('aside');
  await expect.poll(async () => (await server.call<{ notes: string }>('clips.get', { id })).notes).toBe(`${NOTES}\n\n> quoted *aside*`);
});
