import { chromium, type Browser } from 'playwright-core';
import { fontFaceCss } from '../../electron/core/dossier/fonts.js';
import { CHROMIUM_ARGS, chromiumPath } from '../../electron/core/dossier/system-chromium.js';

/** Prints HTML to PDF in the system Chromium, with the app's own fonts, so tests make the PDFs they read. */
export class PdfMaker {
  #browser: Browser | null = null;

  async pdf(html: string, options: { runningHeader?: string; pageNumbers?: boolean } = {}): Promise<Buffer> {
    this.#browser ??= await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
    const page = await this.#browser.newPage();
    try {
      const fonts = fontFaceCss(html).css;
      await page.setContent(
        `<!doctype html><meta charset="utf-8"><style>${fonts} body{font:11pt 'Noto Serif','Noto Serif SC',serif} h1{font-size:22pt} .columns{column-count:2;column-gap:2.5em}</style>${html}`,
      );
      await page.evaluate(() => document.fonts.ready);
      const small = 'font-size:9px;width:100%;text-align:center;font-family:serif';
      return await page.pdf({
        format: 'A4',
        margin: { top: '2.5cm', bottom: '2.5cm', left: '2cm', right: '2cm' },
        displayHeaderFooter: Boolean(options.runningHeader || options.pageNumbers),
        headerTemplate: `<div style="${small}">${options.runningHeader ?? ''}</div>`,
        footerTemplate: options.pageNumbers ? `<div style="${small}"><span class="pageNumber"></span></div>` : '<div></div>',
      });
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    await this.#browser?.close();
  }
}
