/**
 * Electron accelerators ("CommandOrControl+Shift+Y"), checked before they reach the OS so the
 * user hears what is wrong with a shortcut in words rather than from a failed registration.
 */
const MODIFIERS = new Set([
  'command',
  'cmd',
  'control',
  'ctrl',
  'commandorcontrol',
  'cmdorctrl',
  'alt',
  'option',
  'altgr',
  'shift',
  'super',
  'meta',
]);

const NAMED_KEYS = new Set([
  'plus',
  'space',
  'tab',
  'capslock',
  'numlock',
  'scrolllock',
  'backspace',
  'delete',
  'insert',
  'return',
  'enter',
  'up',
  'down',
  'left',
  'right',
  'home',
  'end',
  'pageup',
  'pagedown',
  'escape',
  'esc',
  'printscreen',
  'volumeup',
  'volumedown',
  'volumemute',
  'medianexttrack',
  'mediaprevioustrack',
  'mediastop',
  'mediaplaypause',
  'numdec',
  'numadd',
  'numsub',
  'nummult',
  'numdiv',
]);

function isKey(part: string): boolean {
  const key = part.toLowerCase();
  return (
    /^[a-z0-9]$/.test(key) ||
    /^f([1-9]|1[0-9]|2[0-4])$/.test(key) ||
    /^num[0-9]$/.test(key) ||
    NAMED_KEYS.has(key) ||
    /^[)!@#$%^&*(:;=<,_\-.>?/~`{\]}[|\\"']$/.test(key)
  );
}

/**
 * Why this accelerator cannot serve as a shortcut that works in every app, or null when it can.
 * It needs a modifier other than Shift (a function key may stand alone): a bare key would be
 * taken from everything the user types anywhere.
 */
export function globalAcceleratorProblem(accelerator: string): string | null {
  const parts = accelerator.split('+').map((part) => part.trim());
  if (parts.some((part) => part === '')) return 'it has an empty part between its plus signs';
  const key = parts.at(-1)!;
  const modifiers = parts.slice(0, -1).map((part) => part.toLowerCase());
  const unknown = parts.slice(0, -1).find((part) => !MODIFIERS.has(part.toLowerCase()));
  if (unknown) return `“${unknown}” is not a modifier key (use Ctrl, Alt, Shift, Cmd or CommandOrControl)`;
  if (MODIFIERS.has(key.toLowerCase())) return 'it ends with a modifier; add the key to press with it, such as Y';
  if (!isKey(key)) return `“${key}” is not a key Cuttings knows`;
  if (new Set(modifiers).size !== modifiers.length) return 'it names the same modifier twice';
  if (!/^f\d+$/i.test(key) && modifiers.every((m) => m === 'shift'))
    return 'it needs Ctrl, Alt or Cmd, or it would take that key from everything you type';
  return null;
}

/** The same check worded for a settings field: null for a usable shortcut or an empty one (off). */
export function clipShortcutProblem(accelerator: string): string | null {
  if (accelerator.trim() === '') return null;
  const problem = globalAcceleratorProblem(accelerator);
  return problem ? `This shortcut cannot be used: ${problem}.` : null;
}

/** The accelerator as the user's keyboard labels it: "Ctrl+Shift+Y", or "Cmd+Shift+Y" on a Mac. */
export function displayAccelerator(accelerator: string, platform: string): string {
  const mac = platform === 'darwin';
  const names = new Map([
    ['commandorcontrol', mac ? 'Cmd' : 'Ctrl'],
    ['cmdorctrl', mac ? 'Cmd' : 'Ctrl'],
    ['command', 'Cmd'],
    ['control', 'Ctrl'],
    ['option', mac ? 'Option' : 'Alt'],
  ]);
  return accelerator
    .split('+')
    .map((part) => names.get(part.trim().toLowerCase()) ?? part.trim())
    .join('+');
}
