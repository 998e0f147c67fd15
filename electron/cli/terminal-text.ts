/**
 * Text from outside (file names, clip text, tag and collection names from an imported export) can
 * hold escape sequences that a terminal obeys: retitle the window, rewrite the screen, hide lines,
 * or on some terminals type commands. Everything the CLI prints passes through here: C0 controls
 * other than tab and newline, DEL, C1 controls (CSI as one byte) and the bidirectional overrides
 * that reorder what is shown are dropped; the CLI's own output needs none of them.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, '');
}
