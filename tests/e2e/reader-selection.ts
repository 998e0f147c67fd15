import type { Page } from '@playwright/test';
import { expect } from './fixtures.js';

/** Selects a phrase in the reader's text, as a drag of the mouse would. */
export async function selectPhrase(app: Page, phrase: string): Promise<void> {
  // The reader draws its paragraphs after the clip loads: wait for the phrase to be on screen.
  await expect(app.locator('[data-start]', { hasText: phrase }).first()).toBeVisible();
  await app.evaluate((wanted) => {
    const paragraph = [...document.querySelectorAll('[data-start]')].find((p) => p.textContent?.includes(wanted))!;
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return;
    }
  }, phrase);
}
