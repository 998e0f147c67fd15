import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.js';

/** A made-up Chinese report: this machine has no CJK fonts, so only the shipped one can draw it. */
const TITLE = '新港口今天开放';
const TEXT = `${TITLE}\n\n市政府表示，新码头将在三月迎来第一批货船。港口工人说，夜班的工作已经开始。`;

/** The fonts Chromium really drew an element's text with, as DevTools reports them. */
async function fontsUsedFor(page: Page, selector: string): Promise<{ familyName: string; isCustomFont: boolean; glyphCount: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

test('Chinese text in the reader and the list is drawn with the shipped Noto Serif SC, not empty boxes', async ({ app, server }) => {
  const { id } = await server.call<{ id: number }>('clips.create', { text: TEXT, draft: { title: TITLE, language: 'zh' } });
  await app.reload();
  await app.locator(`[data-clip-id="${id}"]`).click();
  await expect(app.locator('article h1')).toHaveText(TITLE);
  // Its readers count a Chinese text's length by the character.
  await expect(app.locator('article footer')).toContainText(/^\s*\d+ characters · clipped/);
  await app.evaluate(() => document.fonts.ready);

  const drawnWith = (selector: string) => async () => {
    const fonts = await fontsUsedFor(app, selector);
    // The subsets name themselves after the file they were cut from ("Noto Serif SC ExtraLight").
    return fonts.filter((f) => f.isCustomFont && f.familyName.startsWith('Noto Serif SC')).reduce((n, f) => n + f.glyphCount, 0);
  };
  // Every character of the paragraph, punctuation included, comes from the shipped font.
  await expect
    .poll(drawnWith('article .body p:last-child'))
    .toBe([...'市政府表示，新码头将在三月迎来第一批货船。港口工人说，夜班的工作已经开始。'].length);
  await expect.poll(drawnWith('article h1')).toBe([...TITLE].length);
  await expect.poll(drawnWith(`[data-clip-id="${id}"] .title`)).toBe([...TITLE].length);
  expect(await app.evaluate(() => document.fonts.check('16px "Noto Serif SC"', '中文'))).toBe(true);
});
