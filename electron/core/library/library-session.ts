import { openLibrary, type Db } from '../db/open-library.js';
import type { SqliteBinding } from '../db/sqlite.js';
import { LibraryGate } from './library-gate.js';

/**
 * The library the core service works on. A restore or a move switches it while the app runs:
 * `switchTo` runs inside the gate's exclusive section, closes the file, lets the caller change
 * files on disk, and opens the result; if that fails, the library it had is opened again.
 */
export class LibrarySession {
  readonly gate = new LibraryGate();
  #db: Db;
  #path: string;
  #onSwitch: (() => void)[] = [];

  /** The build of SQLite's native code every file of this session opens with. */
  readonly binding: SqliteBinding;

  constructor(path: string, binding: SqliteBinding = {}) {
    this.binding = binding;
    this.#db = openLibrary(path, binding);
    this.#path = path;
  }

  get db(): Db {
    return this.#db;
  }

  get path(): string {
    return this.#path;
  }

  onSwitch(listener: () => void): void {
    this.#onSwitch.push(listener);
  }

  /** Call only inside `gate.exclusive`. */
  async switchTo<T>(path: string, changeFiles: () => T | Promise<T>): Promise<T> {
    const previous = this.#path;
    this.#db.close();
    let result: T;
    try {
      result = await changeFiles();
      this.#db = openLibrary(path, this.binding);
      this.#path = path;
    } catch (err) {
      this.#db = openLibrary(previous, this.binding);
      throw err;
    } finally {
      for (const listener of this.#onSwitch) listener();
    }
    return result;
  }

  close(): void {
    this.#db.close();
  }
}
