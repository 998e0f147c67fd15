/** Largest paste accepted, in characters. Bigger inputs get a clear `too_large` error. */
export const MAX_PASTE_CHARS = 5_000_000;
