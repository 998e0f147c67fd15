import { expect, test } from './fixtures.js';

/**
 * The page announces its background as its theme-color; the desktop window paints that colour
 * before the page loads (and remembers it for the next start), so a dark theme never flashes white.
 */
test('the page announces its background as theme-color, in step with the theme', async ({ app }) => {
  const announced = () => app.evaluate(() => document.querySelector<HTMLMetaElement>('meta[name="theme-color"]')?.content);
  const background = () => app.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await app.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(announced).toBe('rgb(27, 27, 29)');
  await app.emulateMedia({ colorScheme: 'light' });
  await expect.poll(announced).toBe('rgb(255, 255, 255)');

  // The theme is previewed in Settings and kept by Save.
  const settings = app.getByRole('dialog', { name: 'Settings' });
  await app.getByRole('button', { name: 'Settings' }).click();
  await settings.getByRole('button', { name: 'Dark', exact: true }).click();
  expect(await announced()).toBe(await background());
  expect(await announced()).toBe('rgb(27, 27, 29)');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings).toBeHidden();
  await app.reload();
  // The reloaded page reads the saved theme from the library after its first paint.
  await expect.poll(announced).toBe('rgb(27, 27, 29)');
  await app.getByRole('button', { name: 'Settings' }).click();
  await settings.getByRole('button', { name: 'Auto', exact: true }).click();
  expect(await announced()).toBe('rgb(255, 255, 255)');
});
