import type { Page } from '@playwright/test';
import { test, expect, pasteIntoPage } from './fixtures.js';

/**
 * Pasted content is hostile until proven otherwise: nothing in it may run, open a dialog, or
 * reach the network, in the review step, the list or the reader. Scripts that ran would set
 * window.__pwned, call alert(), or fetch from the outside host below.
 */
const OUTSIDE = 'http://outside.example';

const HOSTILE_HTML = `
<article>
  <h1>Harbour talks <img src=x onerror="window.__pwned='img';alert(1)"></h1>
  <p>Negotiators met on Monday. <script>window.__pwned='script';alert(2)</script></p>
  <p><a href="javascript:window.__pwned='link'">Read the statement</a> and
     <iframe src="${OUTSIDE}/frame" onload="window.__pwned='iframe'"></iframe></p>
  <svg><script>window.__pwned='svg'</script><circle onload="window.__pwned='svg-onload'"/></svg>
  <p style="background:url(${OUTSIDE}/track.png)">The port authority said “talks will resume on Friday”.</p>
  <style>body{background:url(${OUTSIDE}/style.png)}</style>
  <p>Dock workers in the city voted to accept the offer after a long night of talks.</p>
</article>`;

const HOSTILE_TEXT = `Harbour talks <script>window.__pwned='text';alert(3)</script>

Negotiators met on Monday. <img src=x onerror="window.__pwned='text-img'"> The port authority said “talks will resume on Friday”.

<a href="javascript:alert(4)">statement</a> \u202Egnp.exe\u202C and zero\u200Bwidth text.`;

function watch(page: Page) {
  const seen = { dialogs: [] as string[], outside: [] as string[], errors: [] as string[] };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (r.url().startsWith(OUTSIDE)) seen.outside.push(r.url());
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  return seen;
}

async function saveReviewed(page: Page) {
  const review = page.getByRole('dialog', { name: 'Review clip' });
  await expect(review).toBeVisible();
  await review.getByRole('button', { name: 'Save clip' }).click();
  await expect(review).toBeHidden();
}

for (const [name, text, html] of [
  ['HTML', '', HOSTILE_HTML],
  ['text', HOSTILE_TEXT, undefined],
] as const) {
  test(`a hostile ${name} paste runs nothing in review, list or reader`, async ({ app }) => {
    const seen = watch(app);
    await pasteIntoPage(app, text, html);
    await saveReviewed(app);
    await expect(app.getByRole('option').first()).toBeVisible();
    await expect(app.getByText(/talks will resume on Friday/).first()).toBeVisible();
    await app.reload();
    await app.getByRole('option').first().click();
    await expect(app.getByText(/talks will resume on Friday/).first()).toBeVisible();
    await app.waitForTimeout(500);
    expect(await app.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(seen.dialogs).toEqual([]);
    expect(seen.outside).toEqual([]);
    expect(seen.errors).toEqual([]);
  });
}

test('markup in a text paste is shown as text, not rendered', async ({ app }) => {
  await pasteIntoPage(app, HOSTILE_TEXT);
  await saveReviewed(app);
  await expect(app.getByText(/<script>window\.__pwned='text';alert\(3\)<\/script>/).first()).toBeVisible();
});
