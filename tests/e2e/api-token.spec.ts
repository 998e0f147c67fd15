import { test, expect } from './fixtures.js';

test('the API refuses requests without the right token', async ({ request, server }) => {
  const without = await request.post(`${server.origin}/api/library.info`, { data: {} });
  expect(without.status()).toBe(401);
  expect((await without.json()).error.code).toBe('unauthorized');

  const wrong = await request.post(`${server.origin}/api/library.info`, {
    data: {},
    headers: { 'x-cuttings-token': 'x'.repeat(server.token.length) },
  });
  expect(wrong.status()).toBe(401);

  const right = await request.post(`${server.origin}/api/library.info`, {
    data: {},
    headers: { 'x-cuttings-token': server.token },
  });
  expect(right.status()).toBe(200);
});

test('the app keeps the token out of the address bar and still works after a reload', async ({ app }) => {
  expect(new URL(app.url()).hash).toBe('');
  await app.reload();
  await expect(app.getByText('No clips yet')).toBeVisible();
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
