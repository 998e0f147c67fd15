import { api, describeError } from '../api/api.js';
import { dateStyle } from '../ui/date-style.svelte.js';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../../../../electron/shared/models/settings.js';

/** The library's settings as the app uses them (date format, paper), and the Settings dialog's open state. */
class SettingsStore {
  #values = $state<Settings>({ ...DEFAULT_SETTINGS });
  #open = $state(false);

  get values() {
    return this.#values;
  }

  get isOpen() {
    return this.#open;
  }

  open() {
    this.#open = true;
    void this.load();
  }

  close() {
    this.#open = false;
  }

  /** A library that cannot be read keeps the defaults; the list shows the error that matters. */
  async load() {
    try {
      this.#apply(await api.call('settings.get', {}));
    } catch {
      this.#apply({ ...DEFAULT_SETTINGS });
    }
  }

  /** Saves a change; returns the core's message when it refuses one. */
  async save(patch: SettingsPatch): Promise<string | null> {
    try {
      this.#apply(await api.call('settings.update', { patch }));
      return null;
    } catch (err) {
      return describeError(err);
    }
  }

  #apply(values: Settings) {
    this.#values = values;
    dateStyle.current = values.dateFormat;
  }
}

export const settings = new SettingsStore();
