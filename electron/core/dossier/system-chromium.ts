import { existsSync } from 'node:fs';

/**
 * The system Chromium that prints dossiers outside the app (and that the e2e tests drive):
 * Debian's, unless $CUTTINGS_CHROMIUM points elsewhere.
 */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The flags TOOLCHAIN.md lists for Chromium here: no sandbox in containers, no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(executablePath?: string): string {
  const path = executablePath ?? process.env.CUTTINGS_CHROMIUM ?? DEFAULT_CHROMIUM;
  if (!existsSync(path)) {
    throw new Error(
      `Chromium, which prints the PDF, is not at ${path}. Install it (apt-get install chromium) or set CUTTINGS_CHROMIUM to its path; --format html needs no browser.`,
    );
  }
  return path;
}
