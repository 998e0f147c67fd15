import { openLibrary, openLibraryReadOnly, type Db, type OpenOptions } from '../db/open-library.js';
import { readOnlyReason } from '../db/read-only.js';
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
  #readOnly: string | null = null;
  #onSwitch: (() => void)[] = [];

  /** The build of SQLite's native code every file of this session opens with. */
  readonly binding: SqliteBinding;

  readonly #onMigrationProgress: OpenOptions['onMigrationProgress'];

  constructor(path: string, binding: SqliteBinding = {}, onMigrationProgress?: OpenOptions['onMigrationProgress']) {
    this.binding = binding;
    this.#onMigrationProgress = onMigrationProgress;
    this.#db = this.#open(path);
    this.#path = path;
  }

  /** A library this account cannot write opens for reading, and the reason is kept to say why nothing can change. */
  #open(path: string): Db {
    const reason = readOnlyReason(path);
    const db = reason
      ? openLibraryReadOnly(path, reason, this.binding)
      : openLibrary(path, { ...this.binding, onMigrationProgress: this.#onMigrationProgress });
    this.#readOnly = reason;
    return db;
  }

  get db(): Db {
    return this.#db;
  }

  get path(): string {
    return this.#path;
  }

  /** Why the open library cannot be written, or null when it can. */
  get readOnly(): string | null {
    return this.#readOnly;
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
      this.#db = this.#open(path);
      this.#path = path;
    } catch (err) {
      this.#db = this.#open(previous);
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
