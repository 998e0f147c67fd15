import { sourceUrlOf } from '../../../../electron/shared/models/clipboard-source.js';
import { APP_SHORTCUTS } from '../../../../electron/shared/models/app-shortcuts.js';
import type { AppCommandName } from '../../../../electron/shared/models/app-commands.js';
import { matchesAccelerator } from '../settings/accelerator.js';
import { pasteReview } from '../new-clip/paste-review.svelte.js';
import { modalOpen, typingInField } from './focus.js';
import { runCommand, type CommandTargets } from './run-command.js';

/** Commands a key press may raise while the user types in a field; the rest (undo, ?) give the field its keys. */
const WHILE_TYPING = new Set<AppCommandName>(['new-clip', 'find', 'settings', 'import', 'export-dossier']);
/** Commands that still answer over an open dialog: the shortcut sheet lists every view's keys. */
const OVER_DIALOGS = new Set<AppCommandName>(['show-shortcuts']);

/**
 * The keys that raise commands. In the desktop app the menu's accelerators raise those in the
 * menu, so the window leaves them alone; the paste is the clipboard event's, not a key's.
 */
function keyedCommands(desktop: boolean) {
  return APP_SHORTCUTS.filter((s) => s.command && s.command !== 'paste-clip' && !(desktop && s.inMenu)).flatMap((s) =>
    s.keys.map((keys) => ({ keys, command: s.command! })),
  );
}

/**
 * Starts the one command dispatcher: commands from the desktop menu (when there is a desktop),
 * from the keyboard, and a paste outside a text field. Returns a function that stops it.
 */
export function startCommands(targets: CommandTargets): () => void {
  const bridge = window.cuttings;
  const keyed = keyedCommands(bridge?.onCommand !== undefined);

  function keydown(event: KeyboardEvent) {
    if (event.defaultPrevented || event.isComposing) return;
    const hit = keyed.find((k) => matchesAccelerator(event, k.keys));
    if (!hit) return;
    if (modalOpen() && !OVER_DIALOGS.has(hit.command)) return;
    if (typingInField(event) && !WHILE_TYPING.has(hit.command)) return;
    event.preventDefault();
    void runCommand({ name: hit.command }, targets);
  }

  /** A paste anywhere outside a text field starts a new clip from the clipboard. */
  function paste(event: ClipboardEvent) {
    if (modalOpen() || typingInField(event)) return;
    const data = event.clipboardData;
    if (!data) return;
    event.preventDefault();
    void pasteReview.openWithPaste(
      data.getData('text/plain'),
      data.getData('text/html') || undefined,
      sourceUrlOf((type) => data.getData(type)),
    );
  }

  window.addEventListener('keydown', keydown);
  window.addEventListener('paste', paste);
  const stopMenu = bridge?.onCommand?.((command) => void runCommand(command, targets));
  return () => {
    window.removeEventListener('keydown', keydown);
    window.removeEventListener('paste', paste);
    stopMenu?.();
  };
}
