import { TAG_COLORS } from '../api/models.js';

/** Names for the fixed palette, in its order, so a colour is chosen and announced by name. */
const NAMES = ['Red', 'Orange', 'Ochre', 'Green', 'Teal', 'Blue', 'Purple', 'Pink', 'Grey'];

export const tagColorChoices = TAG_COLORS.map((value, i) => ({ value, label: NAMES[i] ?? value }));

export function tagColorName(color: string | null): string {
  return tagColorChoices.find((c) => c.value.toLowerCase() === color?.toLowerCase())?.label ?? 'No colour';
}
