import { z } from 'zod';

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
] as const;

export type AppCommandName = (typeof APP_COMMAND_NAMES)[number];

export const appCommandSchema = z.discriminatedUnion('name', [
  z.object({ name: z.enum(APP_COMMAND_NAMES) }),
  /** The clipboard taken by the global shortcut, opened in the review step. */
  z.object({
    name: z.literal('review-paste'),
    text: z.string().max(5_000_000),
    html: z.string().max(5_000_000).optional(),
    /** The address the clipboard says the copy came from. */
    url: z.string().max(4_000).optional(),
  }),
]);

export type AppCommand = z.output<typeof appCommandSchema>;

/** The one channel main uses to send commands to the window. */
export const COMMAND_CHANNEL = 'app:command';
