import { afterEach, describe, expect, it, vi } from 'vitest';

/** The module reads the platform once, as the app does at start; each test loads it for one platform. */
async function load(platform: string) {
  vi.resetModules();
  vi.stubGlobal('navigator', { platform });
  return import('../../../renderer/src/lib/settings/accelerator.js');
}

const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}, code = '') =>
  ({ key, code, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods }) as KeyboardEvent;

afterEach(() => vi.unstubAllGlobals());

describe('accelerators on Windows and Linux', () => {
  it('are labelled with Ctrl and the key names people see on the keyboard', async () => {
    const { keyCaps, acceleratorLabel } = await load('Linux x86_64');
    expect(keyCaps('CommandOrControl+Shift+Y')).toEqual(['Ctrl', 'Shift', 'Y']);
    expect(acceleratorLabel('CommandOrControl+,')).toBe('Ctrl+,');
    expect(keyCaps('Alt+Up')).toEqual(['Alt', '↑']);
    expect(keyCaps('CommandOrControl+Click')).toEqual(['Ctrl', 'click']);
    expect(keyCaps('PageDown')).toEqual(['Page Down']);
  });

  it('match the key press, Shift included for letters and ignored for a typed symbol', async () => {
    const { matchesAccelerator } = await load('Win32');
    expect(matchesAccelerator(press('n', { ctrlKey: true }), 'CommandOrControl+N')).toBe(true);
    expect(matchesAccelerator(press('N', { ctrlKey: true, shiftKey: true }), 'CommandOrControl+N')).toBe(false);
    expect(matchesAccelerator(press('n', { metaKey: true }), 'CommandOrControl+N')).toBe(false);
    expect(matchesAccelerator(press('?', { shiftKey: true }), '?')).toBe(true);
    expect(matchesAccelerator(press('?', { ctrlKey: true, shiftKey: true }), '?')).toBe(false);
    expect(matchesAccelerator(press(',', { ctrlKey: true }), 'CommandOrControl+,')).toBe(true);
    expect(matchesAccelerator(press('т', { ctrlKey: true }, 'KeyN'), 'CommandOrControl+N')).toBe(true);
    expect(matchesAccelerator(press('т', { ctrlKey: true }, 'KeyM'), 'CommandOrControl+N')).toBe(false);
  });
});

describe('accelerators on a Mac', () => {
  it('are labelled with the Mac symbols, modifiers in Apple’s order', async () => {
    const { keyCaps, acceleratorLabel } = await load('MacIntel');
    expect(keyCaps('CommandOrControl+Shift+Y')).toEqual(['⇧', '⌘', 'Y']);
    expect(acceleratorLabel('CommandOrControl+,')).toBe('⌘,');
    expect(keyCaps('Alt+Down')).toEqual(['⌥', '↓']);
    expect(keyCaps('Backspace')).toEqual(['⌫']);
  });

  it('take ⌘ for CommandOrControl and leave Ctrl to the system', async () => {
    const { matchesAccelerator } = await load('MacIntel');
    expect(matchesAccelerator(press('n', { metaKey: true }), 'CommandOrControl+N')).toBe(true);
    expect(matchesAccelerator(press('n', { ctrlKey: true }), 'CommandOrControl+N')).toBe(false);
  });
});
