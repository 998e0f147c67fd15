import { api } from '../api/api.js';

/** The library as a whole, for the sidebar and Settings: its clip and Trash counts and its file. */
class LibraryInfoStore {
  #clipCount = $state(0);
  #trashCount = $state(0);
  #path = $state('');
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

  /** Reads them again; an answer overtaken by a later one is dropped. A failure is the caller's to show. */
  async load() {
    const request = ++this.#request;
    const info = await api.call('library.info', {});
    if (request !== this.#request) return;
    this.#clipCount = info.clipCount;
    this.#trashCount = info.trashCount;
    this.#path = info.path;
  }
}

export const libraryInfo = new LibraryInfoStore();
