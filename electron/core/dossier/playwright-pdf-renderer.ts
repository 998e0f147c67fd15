import type { Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './system-chromium.js';
import {
  layoutTimeout,
  printUntilCancelled,
  RenderCancelled,
  waitForLayout,
  type LayoutState,
  type PdfRenderer,
  type PdfRenderOptions,
} from './pdf-renderer.js';

export interface PlaywrightRendererOptions {
  executablePath?: string;
}

/**
 * Prints with the system Chromium driven by Playwright: a fresh browser per export, closed
 * afterwards whatever happens, with every network request refused (the document is
 * self-contained; anything it tried to fetch would be a leak).
 */
export function createPlaywrightPdfRenderer(options: PlaywrightRendererOptions = {}): PdfRenderer {
  return {
    async render(html: string, { paperSize, onProgress, signal }: PdfRenderOptions): Promise<Buffer> {
      if (signal?.aborted) throw new RenderCancelled();
      onProgress?.({ stage: 'starting' });
      const { chromium } = await import('playwright-core');
      let browser: Browser | null = null;
      try {
        return await printUntilCancelled(
          signal,
          () => void browser?.close(),
          async () => {
            browser = await chromium.launch({ executablePath: chromiumPath(options.executablePath), args: CHROMIUM_ARGS, headless: true });
            if (signal?.aborted) throw new RenderCancelled();
            const context = await browser.newContext({ javaScriptEnabled: true, offline: true });
            await context.route('**/*', (route) => route.abort('blockedbyclient'));
            const page = await context.newPage();
            await page.setContent(html, { waitUntil: 'load', timeout: 60_000 });
            const pages = await waitForLayout(
              () => page.evaluate(() => (window as unknown as { dossierState?: LayoutState }).dossierState ?? null),
              { onProgress, signal, timeoutMs: layoutTimeout(html) },
            );
            onProgress?.({ stage: 'printing', pages });
            return await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true, format: paperSize });
          },
        );
      } finally {
        await (browser as Browser | null)?.close().catch(() => undefined);
      }
    },
  };
}
