export type ThemeChoice = 'system' | 'light' | 'dark';

const STORAGE_KEY = 'cuttings.theme';

function remembered(): ThemeChoice {
  const saved = localStorage.getItem(STORAGE_KEY);
  return saved === 'light' || saved === 'dark' ? saved : 'system';
}

/** Light or dark follows the OS unless the user picks one; app.css reads [data-theme]. */
class ThemeStore {
  #choice = $state<ThemeChoice>(remembered());

  constructor() {
    this.#apply();
  }

  get choice() {
    return this.#choice;
  }

  choose(choice: ThemeChoice) {
    this.#choice = choice;
    if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, choice);
    this.#apply();
  }

  #apply() {
    if (this.#choice === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = this.#choice;
  }
}

export const theme = new ThemeStore();
