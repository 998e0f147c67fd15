import { MAX_PASTE_CHARS } from '../api/limits.js';

/**
 * Commands the desktop shell sends to the renderer: menu items, the global "clip from anywhere"
 * shortcut, files opened with the app. In browser mode the renderer raises the same commands from
 * its own keyboard shortcuts, so one dispatcher in the renderer handles both.
 */
export const APP_COMMAND_NAMES = [
  'new-clip',
  'paste-clip',
  'find',
  'settings',
  'undo',
  'import',
  'export-dossier',
  'compare',
  'backups',
  'show-shortcuts',
  'open-team-library',
  'send-to-team',
  'tag',
  'add-to-collection',
  'copy-citation',
] as const;

export type AppCommandName = (typeof APP_COMMAND_NAMES)[number];

export type AppCommand =
  | { name: AppCommandName }
  /** The clipboard taken by the global shortcut, opened in the review step. */
  | { name: 'review-paste'; text: string; html?: string; url?: string };

const commandNames: ReadonlySet<unknown> = new Set(APP_COMMAND_NAMES);
const pasteText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_PASTE_CHARS;
/** The address the clipboard says the copy came from: a web address, or nothing. */
const sourceUrl = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 4_000 && /^https?:\/\/\S+$/i.test(value);

/**
 * The command in `value`, rebuilt from its checked fields only, or null when it is none. Written
 * without zod so the sandboxed preload, which checks every command, stays small.
 */
export function parseAppCommand(value: unknown): AppCommand | null {
  if (typeof value !== 'object' || value === null) return null;
  const { name, text, html, url } = value as Record<string, unknown>;
  if (commandNames.has(name)) return { name: name as AppCommandName };
  if (name !== 'review-paste' || !pasteText(text)) return null;
  if (html !== undefined && !pasteText(html)) return null;
  return { name, text, ...(html !== undefined ? { html } : {}), ...(sourceUrl(url) ? { url } : {}) };
}

/** The one channel main uses to send commands to the window. */
export const COMMAND_CHANNEL = 'app:command';
