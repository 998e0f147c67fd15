import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchApp, profileOf, skipWithoutElectron, startApp } from './launch.js';

skipWithoutElectron();

let folder: string;
test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'cuttings-electron-window-'));
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

const stateFile = () => join(profileOf(folder), 'window-state.json');

test('the window opens where and as it was closed, in the theme last shown', async () => {
  const first = await launchApp(folder);
  await first.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.setBounds({ x: 64, y: 48, width: 1000, height: 700 }));
  await first.page.getByRole('button', { name: 'Dark', exact: true }).click();
  await expect
    .poll(() => first.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getBackgroundColor().toLowerCase()))
    .toBe('#1b1b1d');
  await first.app.close();
  expect(JSON.parse(readFileSync(stateFile(), 'utf8'))).toEqual({
    bounds: { x: 64, y: 48, width: 1000, height: 700 },
    maximized: false,
    background: '#1b1b1d',
  });

  const second = await launchApp(folder);
  const restored = await second.app.evaluate(({ BrowserWindow }) => {
    const win = BrowserWindow.getAllWindows()[0]!;
    return { bounds: win.getBounds(), background: win.getBackgroundColor().toLowerCase() };
  });
  await second.app.close();
  expect(restored).toEqual({ bounds: { x: 64, y: 48, width: 1000, height: 700 }, background: '#1b1b1d' });
});

test('a maximised window opens maximised', async () => {
  const first = await launchApp(folder);
  await first.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.maximize());
  await first.app.close();
  const second = await launchApp(folder);
  await expect.poll(() => second.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.isMaximized())).toBe(true);
  await second.app.close();
});

test('a place on a display that is gone, or a damaged file, opens the window at its default size', async () => {
  for (const saved of [
    JSON.stringify({ bounds: { x: 90_000, y: 90_000, width: 1000, height: 700 }, maximized: false }),
    '{"bounds": {"x": 1',
  ]) {
    rmSync(profileOf(folder), { recursive: true, force: true });
    const { app } = await launchApp(folder);
    await app.close();
    writeFileSync(stateFile(), saved);
    const again = await launchApp(folder);
    const { bounds, workAreas } = await again.app.evaluate(({ BrowserWindow, screen }) => ({
      bounds: BrowserWindow.getAllWindows()[0]!.getBounds(),
      workAreas: screen.getAllDisplays().map((d) => d.workArea),
    }));
    await again.app.close();
    expect(bounds.width).toBeGreaterThanOrEqual(760);
    expect(workAreas.some((a) => bounds.x >= a.x && bounds.x < a.x + a.width && bounds.y >= a.y && bounds.y < a.y + a.height)).toBe(true);
  }
});

test('a second launch focuses the running window instead of opening another', async () => {
  const { app } = await launchApp(folder);
  const second = await startApp(folder).then(
    (launched) => launched.waitForEvent('close', { timeout: 15_000 }).then(() => 'quit'),
    () => 'quit',
  );
  expect(second).toBe('quit');
  expect(app.windows()).toHaveLength(1);
  await app.close();
});
