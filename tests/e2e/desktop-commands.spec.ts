import { test, expect, corpusText } from './fixtures.js';

/**
 * The desktop app's bridge, imitated in the page: calls go to the same core over HTTP, and the
 * test plays the menu by sending commands, as main does over the command channel.
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    // The page's one-time token opens the session (a cookie) the imitated bridge calls in.
    const token = new URLSearchParams(location.hash.slice(1)).get('token');
    const session = token ? fetch('./session', { method: 'POST', headers: { 'x-cuttings-token': token } }) : Promise.resolve();
    let listener: ((command: unknown) => void) | null = null;
    const bridge = {
      async invoke(method: string, args: unknown) {
        await session;
        const response = await fetch(`./api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(args ?? {}),
        });
        return response.json();
      },
      onCommand(l: (command: unknown) => void) {
        listener = l;
        return () => (listener = null);
      },
      // Nothing here runs long enough to report progress.
      onEvent() {
        return () => undefined;
      },
    };
    Object.assign(window, { cuttings: bridge, sendCommand: (command: unknown) => listener?.(command) });
  });
});

const send = (page: import('@playwright/test').Page, command: object) =>
  page.evaluate((c) => (window as unknown as { sendCommand(c: object): void }).sendCommand(c), command);

test('in the desktop app the menu raises commands, and its accelerators are not handled a second time', async ({ app }) => {
  await send(app, { name: 'settings' });
  const settings = app.getByRole('dialog', { name: 'Settings' });
  await expect(settings).toBeVisible();
  // Only the desktop app can listen for a shortcut outside its window.
  await expect(settings.getByLabel('Shortcut')).toHaveValue('Ctrl+Shift+Y');
  await settings.getByLabel('Shortcut').press('Shift+K');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings.getByText(/it needs Ctrl, Alt or Cmd/)).toBeVisible();
  await settings.getByLabel('Shortcut').press('Control+Alt+K');
  await expect(settings.getByLabel('Shortcut')).toHaveValue('Ctrl+Alt+K');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings).toBeHidden();

  // Ctrl+N is the File menu's accelerator here: the window leaves it to the menu.
  await app.locator('body').press('Control+n');
  await expect(app.getByRole('dialog', { name: 'New clip' })).toBeHidden();
  await send(app, { name: 'new-clip' });
  await expect(app.getByRole('dialog', { name: 'New clip' })).toBeVisible();
  await app.keyboard.press('Escape');

  await send(app, { name: 'import' });
  await expect(app.getByRole('dialog', { name: 'Import files' })).toBeVisible();
  await app.keyboard.press('Escape');

  // ? is no menu item, so the window answers it in the desktop app too.
  await app.locator('body').press('?');
  const sheet = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.getByText('Clip the clipboard from any app')).toBeVisible();
  await expect(sheet.locator('.row', { hasText: 'Clip the clipboard from any app' }).locator('kbd')).toHaveText(['Ctrl', 'Alt', 'K']);
});

test('keys pressed in the shortcut field before the saved settings arrive are kept, with their error', async ({ app }) => {
  // The library answers slowly, as a busy disk or a team server does.
  let release = () => undefined as void;
  const answered = new Promise<void>((resolve) => (release = resolve));
  await app.route('**/api/settings.get', async (route) => {
    await answered;
    await route.continue();
  });
  await send(app, { name: 'settings' });
  const settings = app.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Shortcut').press('Shift+K');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings.getByText(/it needs Ctrl, Alt or Cmd/)).toBeVisible();
  const arrived = app.waitForResponse('**/api/settings.get');
  release();
  await arrived;
  await expect(settings.getByLabel('Shortcut')).toHaveValue('Shift+K');
  await expect(settings.getByText(/it needs Ctrl, Alt or Cmd/)).toBeVisible();
});

test('the global clip shortcut’s text opens in the paste review', async ({ app }) => {
  await send(app, { name: 'review-paste', text: corpusText('v04_tass_barents_rescue') });
  const review = app.getByRole('dialog', { name: 'Review clip' });
  await expect(review).toBeVisible();
  await expect(review.locator('#review-title')).not.toHaveValue('');
});
