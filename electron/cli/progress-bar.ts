import { terminalSafe } from './terminal-text.js';

/**
 * A progress bar on stderr: redrawn in place on a terminal, a line every few seconds otherwise
 * (so CI logs and pipes stay readable). Never on stdout, which --json keeps for JSON only.
 */
export function progressBar(label: string): { update(done: number, total: number, detail?: string): void; finish(): void } {
  const tty = process.stderr.isTTY === true;
  let lastLine = 0;
  return {
    update(done, total, detail = '') {
      const fraction = total ? done / total : 1;
      if (tty) {
        const width = 28;
        const filled = Math.round(fraction * width);
        const safe = terminalSafe(detail);
        const name = safe.length > 40 ? `…${safe.slice(-39)}` : safe;
        process.stderr.write(
          `\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${name}`.padEnd(100).slice(0, 100),
        );
      } else if (Date.now() - lastLine > 2_000 || done === total) {
        lastLine = Date.now();
        process.stderr.write(`${label}: ${done}/${total} (${Math.round(fraction * 100)}%)\n`);
      }
    },
    finish() {
      if (tty) process.stderr.write('\n');
    },
  };
}
