import { describe, expect, it } from 'vitest';
import { clipShortcutProblem } from '../../../electron/shared/models/accelerator.js';
import { APP_COMMAND_NAMES } from '../../../electron/shared/models/app-commands.js';
import { APP_SHORTCUTS, SHORTCUT_GROUPS, menuAccelerator } from '../../../electron/shared/models/app-shortcuts.js';
import { extensionOf, isImportable } from '../../../electron/shared/models/file-import.js';
import { dropPrompt } from '../../../renderer/src/lib/import/drag-contents.js';

describe('the clip shortcut setting', () => {
  it('accepts a usable accelerator or none, and words a refusal as a sentence for the field', () => {
    for (const ok of ['', 'CommandOrControl+Shift+Y', 'Alt+F5', 'Ctrl+Space', 'CmdOrCtrl+,', 'Control+Alt+Plus'])
      expect(clipShortcutProblem(ok)).toBeNull();
    expect(clipShortcutProblem('Shift+Y')).toMatch(/^This shortcut cannot be used: it needs Ctrl, Alt or Cmd/);
    expect(clipShortcutProblem('Ctrl+')).toMatch(/empty part/);
  });
});

describe('the shortcut table', () => {
  it('names only real commands and groups, and gives every command shortcut its keys', () => {
    for (const s of APP_SHORTCUTS) {
      expect(SHORTCUT_GROUPS).toContain(s.group);
      expect(s.keys.length).toBeGreaterThan(0);
      if (s.command) expect(APP_COMMAND_NAMES).toContain(s.command);
    }
    const keyed = new Set(APP_SHORTCUTS.flatMap((s) => (s.command ? [s.command] : [])));
    for (const command of ['new-clip', 'paste-clip', 'find', 'settings', 'undo', 'import', 'show-shortcuts'] as const)
      expect(keyed).toContain(command);
  });

  it('gives the desktop menu the accelerators the window leaves to it', () => {
    expect(menuAccelerator('new-clip')).toBe('CommandOrControl+N');
    expect(menuAccelerator('settings')).toBe('CommandOrControl+,');
    expect(menuAccelerator('import')).toBe('CommandOrControl+I');
    expect(menuAccelerator('show-shortcuts')).toBe('CommandOrControl+/');
    // The paste is the clipboard event's, in the window and from the menu's Paste alike.
    expect(menuAccelerator('paste-clip')).toBeUndefined();
  });

  it('lists each command key once, so one press cannot mean two things', () => {
    const keys = APP_SHORTCUTS.filter((s) => s.command).flatMap((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('files to import', () => {
  it('are told by their extension, in any case, wherever they sit', () => {
    expect(extensionOf('Desk/July/Grain.EML')).toBe('.eml');
    expect(extensionOf('C:\\news\\story.Html')).toBe('.html');
    expect(extensionOf('.bashrc')).toBe('');
    expect(extensionOf('README')).toBe('');
    expect(['a.txt', 'b.md', 'c.markdown', 'd.html', 'e.htm', 'f.eml', 'g.pdf'].every(isImportable)).toBe(true);
    expect(['notes.docx', 'archive.tar.gz', 'txt'].some(isImportable)).toBe(false);
  });
});

describe('the drop overlay', () => {
  it('says what a drop will do', () => {
    expect(dropPrompt({ kind: 'text' })).toBe('Drop to clip this text');
    expect(dropPrompt({ kind: 'files', count: 12, maybeFolders: false })).toBe('Drop to import 12 files');
    expect(dropPrompt({ kind: 'files', count: 1, maybeFolders: false })).toBe('Drop to import 1 file');
    expect(dropPrompt({ kind: 'files', count: 1, maybeFolders: true })).toBe('Drop to import this file or folder');
    expect(dropPrompt({ kind: 'files', count: 3, maybeFolders: true })).toBe('Drop to import 3 files or folders');
  });
});
