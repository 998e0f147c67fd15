import type { AppCommandName } from './app-commands.js';

export type ShortcutGroup = 'General' | 'List' | 'Reader' | 'Compare' | 'Dossier';

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = ['General', 'List', 'Reader', 'Compare', 'Dossier'];

export interface AppShortcut {
  group: ShortcutGroup;
  /** Alternatives, each in Electron's accelerator syntax ("CommandOrControl+N"); "Click" for the mouse. */
  keys: readonly string[];
  does: string;
  /** The app command the keys raise. */
  command?: AppCommandName;
  /**
   * In the desktop app the menu's accelerator raises the command, so the window must not handle
   * the keys as well; in browser mode the renderer handles them itself.
   */
  inMenu?: boolean;
}

/**
 * Every keyboard shortcut of the app, for the help sheet and for the keys that raise commands, so
 * the two cannot drift. Keys that belong to one component (the list's arrows, Compare's N and P)
 * are handled there and listed here; change both together.
 */
export const APP_SHORTCUTS: readonly AppShortcut[] = [
  { group: 'General', keys: ['CommandOrControl+N'], does: 'New clip', command: 'new-clip', inMenu: true },
  { group: 'General', keys: ['CommandOrControl+V'], does: 'Clip the article on the clipboard', command: 'paste-clip' },
  { group: 'General', keys: ['CommandOrControl+I'], does: 'Import files or a folder', command: 'import', inMenu: true },
  { group: 'General', keys: ['CommandOrControl+F'], does: 'Search clips', command: 'find', inMenu: true },
  {
    group: 'General',
    keys: ['CommandOrControl+E'],
    does: 'Make a dossier of the collection shown or the picked clips',
    command: 'export-dossier',
    inMenu: true,
  },
  { group: 'General', keys: ['CommandOrControl+Z'], does: 'Undo the last action', command: 'undo', inMenu: true },
  { group: 'General', keys: ['CommandOrControl+,'], does: 'Settings', command: 'settings', inMenu: true },
  { group: 'General', keys: ['?'], does: 'Show these shortcuts', command: 'show-shortcuts' },
  {
    group: 'General',
    keys: ['CommandOrControl+/'],
    does: 'Show these shortcuts, from the Help menu',
    command: 'show-shortcuts',
    inMenu: true,
  },
  { group: 'General', keys: ['CommandOrControl+Enter'], does: 'Read the paste in New clip' },
  { group: 'General', keys: ['Enter'], does: 'Save the reviewed clip' },
  { group: 'General', keys: ['Escape'], does: 'Close the dialog or view' },
  { group: 'General', keys: ['Left', 'Right'], does: 'Resize a pane, from its focused divider' },

  { group: 'List', keys: ['Up', 'Down'], does: 'Open the previous or next clip' },
  { group: 'List', keys: ['PageUp', 'PageDown'], does: 'Move a screen up or down' },
  { group: 'List', keys: ['Home', 'End'], does: 'Go to the first or last clip' },
  { group: 'List', keys: ['Shift+Up', 'Shift+Down'], does: 'Extend the selection' },
  { group: 'List', keys: ['CommandOrControl+Click'], does: 'Add a clip to the selection, or take it out' },
  { group: 'List', keys: ['CommandOrControl+A'], does: 'Select every clip in the list' },
  { group: 'List', keys: ['Delete', 'Backspace'], does: 'Move the selected clips to the Trash' },
  { group: 'List', keys: ['Escape'], does: 'Keep only the open clip selected' },
  { group: 'List', keys: ['T'], does: 'Tag the selected clips (the open one: its tag field)', command: 'tag' },
  { group: 'List', keys: ['C'], does: 'Add the selected clips to a collection', command: 'add-to-collection' },
  { group: 'List', keys: ['Shift+C'], does: 'Copy the selected clips’ citations', command: 'copy-citation' },
  { group: 'List', keys: ['Alt+Up', 'Alt+Down'], does: 'Move the clip within a collection’s order' },
  { group: 'List', keys: ['Down'], does: 'From the search field, go to the results' },
  { group: 'List', keys: ['Escape'], does: 'In the search field, clear the search' },
  { group: 'List', keys: ['Right', 'Left'], does: 'Open or close a tag or collection (sidebar)' },
  { group: 'List', keys: ['F2'], does: 'Rename the tag or collection (sidebar), or the name in an index' },
  { group: 'List', keys: ['Delete'], does: 'Delete the tag or collection (sidebar)' },
  { group: 'List', keys: ['Alt+Up', 'Alt+Down'], does: 'Move a collection among its neighbours (sidebar)' },
  { group: 'List', keys: ['Alt+Right', 'Alt+Left'], does: 'Move a collection into the one above, or out of its parent' },
  {
    group: 'List',
    keys: ['Shift+F10'],
    does: 'Open the menu of the selected clips, of the tag or collection (sidebar), or of the name in an index',
  },

  { group: 'Reader', keys: ['H'], does: 'Highlight the selected text in yellow' },
  { group: 'Reader', keys: ['Enter'], does: 'Edit the focused highlight and its note' },
  { group: 'Reader', keys: ['Escape'], does: 'Close the highlight’s note' },
  { group: 'Reader', keys: ['Enter'], does: 'Add the tag typed in the tag field' },
  { group: 'Reader', keys: ['Backspace'], does: 'Remove the last tag, from the empty tag field' },

  { group: 'Compare', keys: ['N', 'J'], does: 'Next difference' },
  { group: 'Compare', keys: ['P', 'K'], does: 'Previous difference' },
  { group: 'Compare', keys: ['Escape'], does: 'Close Compare' },

  { group: 'Dossier', keys: ['Tab', 'Shift+Tab'], does: 'Move between the cover and layout fields' },
  { group: 'Dossier', keys: ['Escape'], does: 'Close the dossier builder' },
];

/**
 * The accelerator the desktop menu gives a command. The window leaves exactly these keys to the
 * menu, so a menu built from this cannot double a shortcut or lose one.
 */
export function menuAccelerator(command: AppCommandName): string | undefined {
  return APP_SHORTCUTS.find((s) => s.command === command && s.inMenu)?.keys[0];
}

/**
 * The keys the window itself answers for a command (single letters in the list), for a menu to
 * show beside its item without claiming them: a menu accelerator would take the letter from every
 * text field.
 */
export function windowKeys(command: AppCommandName): string | undefined {
  return APP_SHORTCUTS.find((s) => s.command === command && !s.inMenu)?.keys[0];
}
