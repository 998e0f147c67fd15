/** Largest paste accepted, in characters. Bigger inputs get a clear `too_large` error. */
export const MAX_PASTE_CHARS = 5_000_000;

/** Most files in one import.files call: the app sends small batches, so progress moves and a cancel lands soon. */
export const MAX_IMPORT_BATCH = 50;

/** Largest binary file (a PDF) the app sends to import.files, in bytes. */
export const MAX_IMPORT_FILE_BYTES = 50_000_000;

/** Most characters in one piece of an export the app sends to import.exportChunk: a large export goes in many. */
export const EXPORT_CHUNK_CHARS = 2_000_000;
