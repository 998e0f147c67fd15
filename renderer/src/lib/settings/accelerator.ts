import { isMac } from '../ui/platform.js';

/** Accelerators are written as Electron writes them ("CommandOrControl+Shift+Y"); these read them. */

interface Parsed {
  command: boolean;
  control: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

const COMMAND = new Set(['commandorcontrol', 'cmdorctrl', 'command', 'cmd', 'super', 'meta']);
const CONTROL = new Set(['control', 'ctrl']);
const ALT = new Set(['alt', 'option', 'altgr']);

function parse(accelerator: string): Parsed {
  // "CommandOrControl++" ends in the plus key itself.
  const parts = accelerator.endsWith('++') ? [...accelerator.slice(0, -2).split('+'), '+'] : accelerator.split('+');
  const key = parts.pop() ?? '';
  const mods = parts.map((p) => p.toLowerCase());
  const crossPlatform = mods.some((m) => m === 'commandorcontrol' || m === 'cmdorctrl');
  return {
    command: mods.some((m) => COMMAND.has(m)) && (isMac || !crossPlatform),
    control: mods.some((m) => CONTROL.has(m)) || (!isMac && crossPlatform),
    shift: mods.includes('shift'),
    alt: mods.some((m) => ALT.has(m)),
    key,
  };
}

const MAC_KEYS = new Map(
  Object.entries({
    Up: '↑',
    Down: '↓',
    Left: '←',
    Right: '→',
    Enter: '↩',
    Return: '↩',
    Escape: 'Esc',
    Backspace: '⌫',
    Delete: '⌦',
    PageUp: 'Page Up',
    PageDown: 'Page Down',
    Tab: '⇥',
    Space: 'Space',
    Click: 'click',
  }),
);
const OTHER_KEYS = new Map(
  Object.entries({
    Up: '↑',
    Down: '↓',
    Left: '←',
    Right: '→',
    Enter: 'Enter',
    Return: 'Enter',
    Escape: 'Esc',
    Backspace: 'Backspace',
    Delete: 'Delete',
    PageUp: 'Page Up',
    PageDown: 'Page Down',
    Tab: 'Tab',
    Space: 'Space',
    Click: 'click',
  }),
);

/** The key caps of an accelerator as this platform labels them: ["⌘", "N"] on a Mac, ["Ctrl", "N"] elsewhere. */
export function keyCaps(accelerator: string): string[] {
  const p = parse(accelerator);
  const names = isMac ? MAC_KEYS : OTHER_KEYS;
  const key = names.get(p.key) ?? (p.key.length === 1 ? p.key.toUpperCase() : p.key);
  if (isMac) return [p.control ? '⌃' : '', p.alt ? '⌥' : '', p.shift ? '⇧' : '', p.command ? '⌘' : '', key].filter(Boolean);
  return [p.control ? 'Ctrl' : '', p.command ? 'Win' : '', p.alt ? 'Alt' : '', p.shift ? 'Shift' : '', key].filter(Boolean);
}

/** An accelerator as one label for a tooltip: "⌘," on a Mac, "Ctrl+," elsewhere. */
export function acceleratorLabel(accelerator: string): string {
  return keyCaps(accelerator).join(isMac ? '' : '+');
}

const EVENT_KEYS = new Map(
  Object.entries({ Up: 'ArrowUp', Down: 'ArrowDown', Left: 'ArrowLeft', Right: 'ArrowRight', Return: 'Enter', Space: ' ' }),
);

/**
 * With a Cyrillic or Greek layout active, Ctrl+N types "т": the letter keys are matched by where
 * they sit (KeyN), as menus match them, whenever the key typed is not a Latin letter or digit.
 */
function sameKeyOtherLayout(event: KeyboardEvent, key: string): boolean {
  if (!/^[a-z0-9]$/i.test(key) || /^[\x20-\x7e]$/.test(event.key)) return false;
  return event.code === (/\d/.test(key) ? `Digit${key}` : `Key${key.toUpperCase()}`);
}

/** The key press is this accelerator. A symbol such as "?" is matched by the character typed, whatever Shift it took. */
export function matchesAccelerator(event: KeyboardEvent, accelerator: string): boolean {
  const p = parse(accelerator);
  const key = EVENT_KEYS.get(p.key) ?? p.key;
  const symbol = key.length === 1 && !/[\p{L}\p{N}]/u.test(key);
  if (event.key.toLowerCase() !== key.toLowerCase() && !sameKeyOtherLayout(event, key)) return false;
  if (event.metaKey !== p.command || event.ctrlKey !== p.control || event.altKey !== p.alt) return false;
  return symbol || event.shiftKey === p.shift;
}
