import { fileURLToPath } from 'node:url';

/**
 * The icon for Linux windows and the About panel on Linux and Windows (macOS and Windows take the
 * window icon from the app bundle). dist/main/ → resources/icons/.
 */
export const APP_ICON = fileURLToPath(new URL('../../resources/icons/256x256.png', import.meta.url));
