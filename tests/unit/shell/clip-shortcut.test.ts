import { describe, expect, it } from 'vitest';
import { clipboardClip } from '../../../electron/main/clipboard-clip.js';
import { displayAccelerator, globalAcceleratorProblem } from '../../../electron/shared/models/accelerator.js';
import { parseAppCommand } from '../../../electron/shared/models/app-commands.js';
import { DEFAULT_SETTINGS } from '../../../electron/shared/models/settings.js';

describe('the clip shortcut setting', () => {
  it('accepts the default and the usual global shortcuts', () => {
    for (const accelerator of [
      DEFAULT_SETTINGS.clipShortcut,
      'Ctrl+Alt+C',
      'Cmd+Shift+K',
      'Super+Y',
      'Alt+Space',
      'F13',
      'Shift+F9',
      'CmdOrCtrl+Shift+Plus',
      'Control+/',
    ]) {
      expect(globalAcceleratorProblem(accelerator), accelerator).toBeNull();
    }
  });

  it('explains what is wrong with one that cannot work everywhere', () => {
    expect(globalAcceleratorProblem('Y')).toMatch(/needs Ctrl, Alt or Cmd/);
    expect(globalAcceleratorProblem('Shift+Y')).toMatch(/needs Ctrl, Alt or Cmd/);
    expect(globalAcceleratorProblem('Ctrl+Shift')).toMatch(/ends with a modifier/);
    expect(globalAcceleratorProblem('Ctrl++Y')).toMatch(/empty part/);
    expect(globalAcceleratorProblem('Hyper+Y')).toMatch(/“Hyper” is not a modifier/);
    expect(globalAcceleratorProblem('Ctrl+Banana')).toMatch(/“Banana” is not a key/);
    expect(globalAcceleratorProblem('Ctrl+Ctrl+Y')).toMatch(/same modifier twice/);
  });

  it('is shown as the keyboard labels it', () => {
    expect(displayAccelerator('CommandOrControl+Shift+Y', 'darwin')).toBe('Cmd+Shift+Y');
    expect(displayAccelerator('CommandOrControl+Shift+Y', 'win32')).toBe('Ctrl+Shift+Y');
    expect(displayAccelerator('CmdOrCtrl+Option+C', 'linux')).toBe('Ctrl+Alt+C');
  });
});

describe('what the shortcut takes from the clipboard', () => {
  it('sends the HTML with its text for review when the clipboard has both', () => {
    const result = clipboardClip('Headline\n\nBody', '<h1>Headline</h1><p>Body</p>');
    expect(result).toEqual({ command: { name: 'review-paste', text: 'Headline\n\nBody', html: '<h1>Headline</h1><p>Body</p>' } });
    expect(parseAppCommand((result as { command: unknown }).command)).toEqual((result as { command: unknown }).command);
  });

  it('sends the text alone when there is no HTML', () => {
    expect(clipboardClip('Just text', '')).toEqual({ command: { name: 'review-paste', text: 'Just text' } });
  });

  it('says so when there is nothing to clip, or too much', () => {
    expect(clipboardClip('  \n', '')).toEqual({ problem: expect.stringMatching(/holds no text. Copy an article/) });
    expect(clipboardClip('x'.repeat(5_000_001), '')).toEqual({ problem: expect.stringMatching(/more than 5,000,000 characters/) });
  });

  it('drops HTML too large to send and keeps the text', () => {
    expect(clipboardClip('Body', `<p>${'x'.repeat(5_000_000)}</p>`)).toEqual({ command: { name: 'review-paste', text: 'Body' } });
  });
});
