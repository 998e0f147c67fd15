import { test, expect } from './fixtures.js';

test('the API refuses requests without a session, or with the printed token', async ({ request, server }) => {
  const without = await request.post(`${server.origin}/api/library.info`, { data: {} });
  expect(without.status()).toBe(401);
  expect((await without.json()).error.code).toBe('unauthorized');

  const token = await request.post(`${server.origin}/api/library.info`, { data: {}, headers: { 'x-cuttings-token': server.token } });
  expect(token.status()).toBe(401);
});

test('the address works once: the page trades its token for a session that survives a reload, and the token in history opens nothing', async ({
  browser,
  server,
}) => {
  const link = await server.newLink();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByText('No clips yet')).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
  await page.reload();
  await expect(page.getByText('No clips yet')).toBeVisible();
  // The session is a cookie no script can read; nothing of it or of the token is kept in storage.
  expect(await page.evaluate(() => [document.cookie, JSON.stringify(sessionStorage), JSON.stringify(localStorage)])).toEqual([
    '',
    '{}',
    '{}',
  ]);
  const [cookie] = await context.cookies();
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  await context.close();

  // Another browser (or profile) opening the address from history is refused, and told why.
  const other = await browser.newPage();
  await other.goto(link);
  await expect(other.getByRole('alert')).toContainText('Each address opens one browser session');
  await other.close();
});

test('an idle window sends no API requests', async ({ app }) => {
  await app.waitForTimeout(300);
  let calls = 0;
  app.on('request', (r) => {
    if (r.url().includes('/api/')) calls++;
  });
  await app.waitForTimeout(1000);
  expect(calls).toBe(0);
});

test('a page opened without the token says how to get in', async ({ browser, server }) => {
  const page = await browser.newPage();
  await page.goto(server.origin);
  await expect(page.getByRole('alert')).toContainText('Open the address that `cuttings serve` printed');
  await page.screenshot({ path: test.info().outputPath('no-token.png') });
  await page.close();
});
