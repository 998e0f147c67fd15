import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../electron/main/menu-template.js';
import { parseAppCommand, type AppCommand } from '../../../electron/shared/models/app-commands.js';

type Item = MenuItemConstructorOptions;

function build(platform: NodeJS.Platform, developer = false) {
  const sent: AppCommand[] = [];
  const menu = menuTemplate({ platform, appName: 'Cuttings', developer, send: (command) => sent.push(command) });
  return { menu, sent };
}

const submenu = (item: Item): Item[] => (Array.isArray(item.submenu) ? (item.submenu as Item[]) : []);
const allItems = (items: Item[]): Item[] => items.flatMap((item) => [item, ...allItems(submenu(item))]);
const named = (menu: Item[], label: string): Item => menu.find((m) => m.label?.replace('&', '') === label)!;
const labels = (items: Item[]) => items.filter((i) => i.type !== 'separator').map((i) => i.label ?? `(${i.role})`);

/** Clicks every item that acts through the app and returns label → [command, accelerator]. */
function commandItems(platform: NodeJS.Platform): Record<string, [string, string | undefined]> {
  const { menu, sent } = build(platform);
  const result: Record<string, [string, string | undefined]> = {};
  for (const item of allItems(menu).filter((i) => i.click)) {
    sent.length = 0;
    (item.click as (...args: unknown[]) => void)(item, undefined, {});
    expect(sent).toHaveLength(1);
    result[item.label!] = [sent[0]!.name, item.accelerator as string | undefined];
  }
  return result;
}

describe('the application menu', () => {
  it('on macOS starts with the app menu: About, Settings… (Cmd+,), Services, Hide, Quit', () => {
    const { menu } = build('darwin');
    expect(menu.map((m) => m.label)).toEqual(['Cuttings', 'File', 'Edit', 'Clip', 'View', 'Window', 'Help']);
    expect(labels(submenu(menu[0]!))).toEqual(['(about)', 'Settings…', '(services)', '(hide)', '(hideOthers)', '(unhide)', '(quit)']);
    expect(submenu(menu[0]!).find((i) => i.label === 'Settings…')?.accelerator).toBe('CommandOrControl+,');
    expect(submenu(named(menu, 'File')).at(-1)?.role).toBe('close');
    expect(named(menu, 'Window').role).toBe('window');
    expect(named(menu, 'Help').role).toBe('help');
  });

  for (const platform of ['win32', 'linux'] as const) {
    it(`on ${platform} has File, Edit, View, Window, Help, Settings under Edit and Quit under File`, () => {
      const { menu } = build(platform);
      expect(menu.map((m) => m.label)).toEqual(['&File', '&Edit', '&Clip', '&View', '&Window', '&Help']);
      expect(submenu(named(menu, 'Edit')).at(-1)).toMatchObject({ label: 'Settings…', accelerator: 'CommandOrControl+,' });
      expect(submenu(named(menu, 'File')).at(-1)?.role).toBe('quit');
      expect(labels(submenu(named(menu, 'Help')))).toEqual(['Keyboard Shortcuts', 'About Cuttings']);
      expect(allItems(menu).some((i) => i.role === 'services' || i.role === 'hide')).toBe(false);
    });
  }

  for (const platform of ['darwin', 'win32', 'linux'] as const) {
    it(`on ${platform} sends the app's commands with the agreed accelerators`, () => {
      expect(commandItems(platform)).toEqual({
        'New Clip': ['new-clip', 'CommandOrControl+N'],
        'Paste as Clip': ['paste-clip', undefined],
        'Import…': ['import', 'CommandOrControl+I'],
        'Export Dossier…': ['export-dossier', 'CommandOrControl+E'],
        'Compare Selected Clips': ['compare', undefined],
        'Backups…': ['backups', undefined],
        'Open Team Library…': ['open-team-library', undefined],
        'Send to Team Library': ['send-to-team', undefined],
        Undo: ['undo', 'CommandOrControl+Z'],
        'Find…': ['find', 'CommandOrControl+F'],
        'Settings…': ['settings', 'CommandOrControl+,'],
        'Keyboard Shortcuts': ['show-shortcuts', 'CommandOrControl+/'],
        'Tag…': ['tag', 'T'],
        'Add to Collection…': ['add-to-collection', 'C'],
        'Copy Citation': ['copy-citation', 'Shift+C'],
      });
    });

    it(`on ${platform} shows the list's letter keys beside their items without taking them from text fields`, () => {
      const items = submenu(named(build(platform).menu, 'Clip')).filter((i) => i.accelerator);
      expect(items.map((i) => [i.label, i.registerAccelerator])).toEqual([
        ['Tag…', false],
        ['Add to Collection…', false],
        ['Copy Citation', false],
      ]);
    });

    it(`on ${platform} sends only valid app commands, and no accelerator twice`, () => {
      const { menu, sent } = build(platform);
      for (const item of allItems(menu)) (item.click as ((...args: unknown[]) => void) | undefined)?.(item, undefined, {});
      for (const command of sent) expect(parseAppCommand(command)).toEqual(command);
      const accelerators = allItems(menu).flatMap((i) => (i.accelerator ? [String(i.accelerator)] : []));
      expect(new Set(accelerators).size).toBe(accelerators.length);
    });

    it(`on ${platform} edits text, zooms and goes full screen with Electron's roles`, () => {
      const roles = allItems(build(platform).menu).map((i) => i.role);
      expect(roles).toEqual(
        expect.arrayContaining([
          'redo',
          'cut',
          'copy',
          'paste',
          'selectAll',
          'resetZoom',
          'zoomIn',
          'zoomOut',
          'togglefullscreen',
          'minimize',
        ]),
      );
      // The app's Undo decides between text and library, so the text role must not also take Cmd+Z.
      expect(roles).not.toContain('undo');
    });
  }

  it('offers reload and DevTools only in development builds', () => {
    expect(allItems(build('linux', false).menu).some((i) => i.role === 'toggleDevTools' || i.role === 'reload')).toBe(false);
    expect(allItems(build('linux', true).menu).filter((i) => i.role === 'toggleDevTools' || i.role === 'reload')).toHaveLength(2);
  });
});
