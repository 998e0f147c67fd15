import type { PdfRenderer } from './pdf-renderer.js';
import { createPlaywrightPdfRenderer } from './playwright-pdf-renderer.js';

let chosen: PdfRenderer | null = null;

/**
 * The Electron shell calls this at start-up to print with its own Chromium (printToPDF); the CLI,
 * browser mode and tests keep the default, Playwright driving the system Chromium.
 */
export function usePdfRenderer(renderer: PdfRenderer): void {
  chosen = renderer;
}

export function currentPdfRenderer(): PdfRenderer {
  chosen ??= createPlaywrightPdfRenderer();
  return chosen;
}
