export const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

/** A shortcut as people on this platform write it: ⌘V on a Mac, Ctrl+V elsewhere. */
export function shortcut(key: string): string {
  return isMac ? `⌘${key}` : `Ctrl+${key}`;
}

/** The platform's command modifier is held: ⌘ on a Mac, Ctrl elsewhere. */
export function hasCommandKey(event: KeyboardEvent | MouseEvent): boolean {
  return isMac ? event.metaKey : event.ctrlKey;
}

/** The Option/Alt key as this platform labels it. */
export const altKey = isMac ? '⌥' : 'Alt';
