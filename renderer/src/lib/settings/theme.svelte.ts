export type ThemeChoice = 'system' | 'light' | 'dark';

const STORAGE_KEY = 'cuttings.theme';

function remembered(): ThemeChoice {
  const saved = localStorage.getItem(STORAGE_KEY);
  return saved === 'light' || saved === 'dark' ? saved : 'system';
}

/**
 * Light or dark follows the OS unless the user picks one; app.css reads [data-theme]. Settings
 * shows a choice before it is saved (`preview`), and puts the saved one back on Cancel (`revert`).
 */
class ThemeStore {
  #choice = $state<ThemeChoice>(remembered());

  constructor() {
    this.#apply(this.#choice);
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => this.#announceBackground());
  }

  /** The saved choice. */
  get choice() {
    return this.#choice;
  }

  choose(choice: ThemeChoice) {
    this.#choice = choice;
    if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, choice);
    this.#apply(choice);
  }

  preview(choice: ThemeChoice) {
    this.#apply(choice);
  }

  revert() {
    this.#apply(this.#choice);
  }

  #apply(choice: ThemeChoice) {
    if (choice === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = choice;
    this.#announceBackground();
  }

  /** The page's background as its theme-color: the desktop window paints it before the page loads, so a dark theme starts dark. */
  #announceBackground() {
    const background = getComputedStyle(document.body).backgroundColor;
    // Before app.css applies the body is transparent, which the window would paint black.
    if (background === 'rgba(0, 0, 0, 0)' || background === 'transparent') return;
    let meta = document.querySelector<HTMLMetaElement>('meta[name="theme-color"]');
    if (!meta) {
      meta = document.createElement('meta');
      meta.name = 'theme-color';
      document.head.append(meta);
    }
    meta.content = background;
  }
}

export const theme = new ThemeStore();
