import { clipboard, globalShortcut } from 'electron';
import { displayAccelerator, globalAcceleratorProblem } from '../shared/models/accelerator.js';
import type { AppCommand } from '../shared/models/app-commands.js';
import { clipboardClip } from './clipboard-clip.js';
import { sourceUrlOf } from '../shared/models/clipboard-source.js';

export interface ClipShortcutHooks {
  /** Shows and focuses the window and hands it the command. */
  deliver(command: AppCommand): void;
  /** Tells the user something went wrong, saying what to do; `offerSettings` when the fix is a new shortcut. */
  tell(message: string, detail: string, offerSettings: boolean): void;
}

/**
 * "Clip from anywhere": a system-wide shortcut (the `clipShortcut` setting; empty turns it off)
 * that opens whatever the user copied in the review step. `apply` is called with the setting at
 * start and again after every change to it.
 */
export function createGlobalClipShortcut(hooks: ClipShortcutHooks) {
  const { tell } = hooks;
  /** The setting last applied, held or refused: saving other settings must not ask the OS (or the user) again. */
  let applied: string | null = null;
  let registered: string | null = null;

  return {
    apply(accelerator: string): void {
      if (accelerator === applied) return;
      applied = accelerator;
      if (registered) globalShortcut.unregister(registered);
      registered = null;
      if (accelerator === '') return;
      const shown = displayAccelerator(accelerator, process.platform);
      const problem = globalAcceleratorProblem(accelerator);
      if (problem) {
        tell(
          'The clip shortcut cannot be used',
          `“${shown}” cannot clip from anywhere: ${problem}. Choose another shortcut in Settings.`,
          true,
        );
        return;
      }
      if (tryRegister(accelerator, () => void clipClipboard(hooks))) registered = accelerator;
      else
        tell(
          'The clip shortcut is taken',
          `Another app already uses ${shown}, so it cannot clip from anywhere. Choose another shortcut in Settings.`,
          true,
        );
    },
    dispose(): void {
      if (registered) globalShortcut.unregister(registered);
      registered = null;
      applied = null;
    },
  };
}

/**
 * Opens what the user copied in the review step (the shortcut, and File ▸ Paste as Clip: the
 * page itself may not read the clipboard, its permissions are all refused).
 */
export async function clipClipboard({ deliver, tell }: ClipShortcutHooks): Promise<void> {
  const result = await readClipboard().then(
    ({ text, html, url }) => clipboardClip(text, html, url),
    () => ({ problem: 'Cuttings could not read the clipboard. Copy the article, then try again.' }),
  );
  if ('problem' in result) tell('Nothing to clip', result.problem, false);
  else deliver(result.command);
}

/** The clipboard's plain text, its HTML ('' when it holds none) and the address it was copied from, when it says. */
async function readClipboard(): Promise<{ text: string; html: string; url: string | undefined }> {
  const [text, items] = await Promise.all([clipboard.readText(), clipboard.read()]);
  const read = async (type: 'text/html' | 'text/uri-list' | 'text/x-moz-url') => {
    const item = items.find((i) => i.types.includes(type));
    return item ? (await item.getType(type)).text() : '';
  };
  // macOS and Windows describe a copied link or page as a bookmark.
  const bookmarkItem = items.find((i) => i.types.includes('electron application/bookmark'));
  const bookmark = bookmarkItem ? (await bookmarkItem.getType('electron application/bookmark')).url : '';
  const [html, uriList, mozUrl] = await Promise.all([read('text/html'), read('text/uri-list'), read('text/x-moz-url')]);
  const url = sourceUrlOf((type) => (type === 'text/uri-list' ? [uriList, bookmark].join('\n') : mozUrl));
  return { text, html, url };
}

/** False when another app or the OS holds the combination (or Electron cannot read one we let through). */
function tryRegister(accelerator: string, callback: () => void): boolean {
  try {
    return globalShortcut.register(accelerator, callback);
  } catch {
    return false;
  }
}
