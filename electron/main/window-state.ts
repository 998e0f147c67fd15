import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Where and how the window was when it last closed, kept in a small JSON file in userData. The
 * file is the app's own but could be stale or damaged, so it is checked before anything is used.
 */
export const WINDOW_STATE_FILE = 'window-state.json';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);

const windowStateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  maximized: z.boolean(),
  /** The page's background as it last announced it (theme-color), painted before the page loads. */
  background: z
    .string()
    .regex(/^#[0-9a-f]{6}$/i)
    .optional(),
});

export type WindowState = z.output<typeof windowStateSchema>;

export function parseWindowState(text: string): WindowState | null {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A missing or unreadable file means "no remembered state": the window opens at its default size. */
export function readWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Written beside and renamed, so a crash mid-write leaves the previous state, never half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify(state));
  renameSync(temporary, file);
}

/** How much of the title bar must lie on a display for the user to be able to grab it. */
const GRAB_WIDTH = 120;
const GRAB_HEIGHT = 32;

function overlap(a: Box, b: Box): Box {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, width: Math.min(a.x + a.width, b.x + b.width) - x, height: Math.min(a.y + a.height, b.y + b.height) - y };
}

/**
 * The remembered bounds if the window would come back where the user can reach it (a display
 * may have been unplugged since): its title bar must show on one of today's work areas. The size
 * is cut down to that display when it has shrunk. Null means "let the OS place it".
 */
export function restorableBounds(bounds: Box, workAreas: Box[], minimum: { width: number; height: number }): Box | null {
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: GRAB_HEIGHT };
  const area = workAreas.find((workArea) => {
    const seen = overlap(titleBar, workArea);
    return seen.width >= Math.min(GRAB_WIDTH, bounds.width) && seen.height >= GRAB_HEIGHT;
  });
  if (!area) return null;
  return {
    x: bounds.x,
    y: bounds.y,
    width: Math.max(minimum.width, Math.min(bounds.width, area.width)),
    height: Math.max(minimum.height, Math.min(bounds.height, area.height)),
  };
}
