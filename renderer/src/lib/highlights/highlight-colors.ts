import { HIGHLIGHT_COLORS, type HighlightColor } from '../api/models.js';

const NAMES: Record<HighlightColor, string> = { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink', purple: 'Purple' };

/** The highlight colours with their names, so each is chosen and announced by name, not hue alone. */
export const highlightChoices = HIGHLIGHT_COLORS.map((color) => ({ color, name: NAMES[color] }));
