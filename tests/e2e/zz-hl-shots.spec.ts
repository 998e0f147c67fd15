import { test, expect } from './fixtures.js';
import { addOrganisedLibrary, highlightPhrase } from './organised-library.js';

test('shots', async ({ app, server }) => {
  const lib = await addOrganisedLibrary(server);
  const words = async (id: number, para: number, from: number, n: number) => {
    const clip = await server.call<{ paragraphs: string[] }>('clips.get', { id });
    const p = clip.paragraphs[Math.min(para, clip.paragraphs.length - 1)]!.split(' ');
    return p.slice(from, from + n).join(' ');
  };
  const plan: [number, number, number, number, string, string][] = [
    [lib.olives!, 2, 0, 14, 'yellow', ''],
    [lib.barents!, 1, 2, 9, 'pink', 'Check this figure against the coastguard log.'],
    [lib.china, 5, 0, 12, 'green', 'Ask the embassy for the volumes.'],
    [lib.dresden!, 1, 0, 10, 'blue', ''],
    [lib.winterRoad!, 3, 1, 16, 'purple', 'Good line for the brief, with the date.'],
    [lib.lewis!, 2, 0, 8, 'yellow', ''],
    [lib.china, 9, 0, 9, 'yellow', 'Check this one again next week.'],
  ];
  for (const [id, para, from, n, color, note] of plan) await highlightPhrase(server, id, await words(id, para, from, n), color, note);
  await app.reload();
  await app.evaluate(() => document.fonts.ready);
  await app.getByRole('button', { name: 'Quotes' }).click();
  await app.waitForTimeout(500);
  await app.screenshot({ path: '/tmp/hl-quotes.png' });
  await app.getByRole('button', { name: 'Highlights' }).click();
  await expect(app.getByRole('list', { name: 'Highlights' }).getByRole('listitem')).toHaveCount(7);
  await app.mouse.move(0, 799);
  await app.screenshot({ path: '/tmp/hl-index.png' });
  await app.getByRole('searchbox', { name: 'Search the passages and notes' }).fill('check');
  await app.getByRole('checkbox', { name: 'With notes only' }).check();
  await expect(app.getByRole('list', { name: 'Highlights' }).getByRole('listitem')).toHaveCount(2);
  await app.screenshot({ path: '/tmp/hl-filtered.png' });
  await app.getByRole('list', { name: 'Highlights' }).getByRole('listitem').nth(1).getByRole('button').first().click();
  await app.waitForTimeout(300);
  await app.screenshot({ path: '/tmp/hl-reader-flash.png' });
  await app.waitForTimeout(1800);
  await app.getByRole('list', { name: 'Highlights' }).getByRole('listitem').nth(1).hover();
  await app.screenshot({ path: '/tmp/hl-reader.png' });
  await app.emulateMedia({ colorScheme: 'dark' });
  await app.getByRole('searchbox', { name: 'Search the passages and notes' }).fill('');
  await app.getByRole('checkbox', { name: 'With notes only' }).uncheck();
  await app.getByRole('button', { name: 'Green only' }).click();
  await app.waitForTimeout(500);
  await app.screenshot({ path: '/tmp/hl-dark-green.png' });
  await app.getByRole('button', { name: 'Purple only' }).click();
  await app.getByRole('searchbox', { name: 'Search the passages and notes' }).fill('zzz');
  await app.waitForTimeout(500);
  await app.screenshot({ path: '/tmp/hl-dark-empty.png' });
});
