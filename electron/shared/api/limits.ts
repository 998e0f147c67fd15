/** Largest paste accepted, in characters. Bigger inputs get a clear `too_large` error. */
export const MAX_PASTE_CHARS = 5_000_000;

/** Most files in one import.files call: the app sends small batches, so progress moves and a cancel lands soon. */
export const MAX_IMPORT_BATCH = 50;
