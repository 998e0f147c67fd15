import { test, expect } from './fixtures.js';
import { addReviewedCorpusClips } from './corpus-library.js';

test('arrow keys move through the list and the reader follows', async ({ app, server }) => {
  await addReviewedCorpusClips(server, ['v05_ap_barents_rescue', 'v16_cbc_winter_road', 'v02_reuters_china_argentina']);
  await app.reload();
  const rows = app.getByRole('option');
  await rows.first().click();
  await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(app.getByRole('heading', { level: 1 })).toContainText('Warm spell');
  await app.keyboard.press('End');
  await expect(rows.nth(2)).toHaveAttribute('aria-selected', 'true');

  await app.keyboard.press(process.platform === 'darwin' ? 'Meta+f' : 'Control+f');
  await expect(app.getByRole('searchbox', { name: 'Search clips' })).toBeFocused();
  await app.keyboard.type('trawler');
  await expect(app.getByText('1 result')).toBeVisible();
  await app.keyboard.press('ArrowDown');
  await expect(app.getByRole('listbox', { name: 'Search results' })).toBeFocused();

  await app.keyboard.press(process.platform === 'darwin' ? 'Meta+n' : 'Control+n');
  await expect(app.getByRole('dialog', { name: 'New clip' })).toBeVisible();
});

test('pane widths are remembered across reloads', async ({ app }) => {
  const handle = app.getByRole('separator', { name: 'Resize clip list' });
  const before = Number(await handle.getAttribute('aria-valuenow'));
  await handle.focus();
  for (let i = 0; i < 4; i++) await app.keyboard.press('ArrowRight');
  await expect(handle).toHaveAttribute('aria-valuenow', String(before + 40));
  await app.reload();
  await expect(app.getByRole('separator', { name: 'Resize clip list' })).toHaveAttribute('aria-valuenow', String(before + 40));
});
