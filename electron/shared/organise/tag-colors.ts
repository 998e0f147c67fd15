/**
 * The fixed tag palette: each colour keeps at least 3:1 contrast with both the light and the dark
 * list background, so a tag dot is visible in either theme. Colour is never the only signal:
 * tags are always shown with their names too.
 */
export const TAG_COLORS = ['#d1453b', '#e07b24', '#c99a06', '#3f9d4b', '#1f8a8a', '#2f6fd0', '#7a55c7', '#c2448f', '#7d7d7d'] as const;
export type TagColor = (typeof TAG_COLORS)[number];

const PALETTE: ReadonlySet<string> = new Set(TAG_COLORS);

/** True for a colour of the palette, exactly as stored (lower case). */
export function isTagColor(value: unknown): value is TagColor {
  return typeof value === 'string' && PALETTE.has(value);
}
