/** The only IPC channel the renderer may use. */
export const API_CHANNEL = 'api:invoke';
