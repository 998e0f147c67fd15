/**
 * Checks a global shortcut before it is saved: Electron refuses an accelerator it cannot read, and
 * one without Ctrl, ⌘ or Alt would take a plain key from every other app.
 */
const MODIFIERS = new Set(['commandorcontrol', 'cmdorctrl', 'command', 'cmd', 'control', 'ctrl', 'alt', 'option', 'altgr', 'shift', 'super', 'meta']);
const NAMED_KEYS = new Set([
  'space', 'tab', 'backspace', 'delete', 'insert', 'return', 'enter', 'up', 'down', 'left', 'right', 'home', 'end',
  'pageup', 'pagedown', 'escape', 'esc', 'plus', 'printscreen',
]);

export function acceleratorProblem(value: string): string | null {
  if (value === '') return null;
  const parts = value.endsWith('++') ? [...value.slice(0, -2).split('+'), '+'] : value.split('+');
  const key = parts.pop() ?? '';
  const mods = parts.map((p) => p.toLowerCase());
  const unknown = parts.find((p) => !MODIFIERS.has(p.toLowerCase()));
  if (unknown !== undefined) return `“${unknown}” is not a modifier key. Use Ctrl, ⌘ (Command), Alt or Shift.`;
  const keyOk = /^[\p{L}\p{N}]$/u.test(key) || /^F([1-9]|1\d|2[0-4])$/.test(key) || NAMED_KEYS.has(key.toLowerCase()) || /^[!-/:-@[-`{-~]$/.test(key);
  if (!keyOk) return key ? `“${key}” is not a key the shortcut can use.` : 'The shortcut needs a key after its modifiers, such as Y.';
  if (!mods.some((m) => m !== 'shift')) return 'The shortcut needs Ctrl, ⌘ (Command) or Alt, so it does not take a key from other apps.';
  return null;
}
