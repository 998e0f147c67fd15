import { api } from '../api/api.js';

/** The library as a whole, for the sidebar and Settings: its clip and Trash counts and its file. */
class LibraryInfoStore {
  #clipCount = $state(0);
  #trashCount = $state(0);
  #path = $state('');
  #syncWarning = $state<string | null>(null);
  #readOnly = $state<string | null>(null);
  #request = 0;

  get clipCount() {
    return this.#clipCount;
  }

  get trashCount() {
    return this.#trashCount;
  }

  get path() {
    return this.#path;
  }

  /** Why the library's folder is risky (a sync service keeps it in step), or null. */
  get syncWarning() {
    return this.#syncWarning;
  }

  /** Why the library is open read-only (its file or folder cannot be written) and what to do, or null. */
  get readOnly() {
    return this.#readOnly;
  }

  /** Another library is shown: nothing read from the one before stays on screen, even if the new one cannot be read. */
  forget() {
    this.#request++;
    this.#clipCount = 0;
    this.#trashCount = 0;
    this.#path = '';
    this.#syncWarning = null;
    this.#readOnly = null;
  }

  /** Reads them again; an answer overtaken by a later one is dropped. A failure is the caller's to show. */
  async load() {
    const request = ++this.#request;
    const info = await api.call('library.info', {});
    if (request !== this.#request) return;
    this.#clipCount = info.clipCount;
    this.#trashCount = info.trashCount;
    this.#path = info.path;
    this.#syncWarning = info.syncWarning;
    this.#readOnly = info.readOnly;
  }
}

export const libraryInfo = new LibraryInfoStore();
