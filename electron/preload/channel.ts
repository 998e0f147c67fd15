/** The IPC channel for the whole API contract. */
export const API_CHANNEL = 'api:invoke';
/** Asks the shell to save a finished export (DownloadReady) where the user chooses. */
export const SAVE_DOWNLOAD_CHANNEL = 'app:save-download';
/** Main → window: the core's events (job progress, a switched library, changed settings). */
export const EVENT_CHANNEL = 'api:event';
