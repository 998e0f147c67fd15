/**
 * Lets calls share the open library and lets one call have it alone: a restore or a move waits
 * for every call already running, and calls that arrive meanwhile wait for it, so no handler
 * ever uses a database that was closed under it.
 */
export class LibraryGate {
  #running = 0;
  #exclusive: Promise<void> | null = null;
  #drained: (() => void) | null = null;

  async shared<T>(work: () => T | Promise<T>): Promise<T> {
    while (this.#exclusive) await this.#exclusive;
    this.#running++;
    try {
      return await work();
    } finally {
      this.#running--;
      if (this.#running === 0) this.#drained?.();
    }
  }

  async exclusive<T>(work: () => T | Promise<T>): Promise<T> {
    while (this.#exclusive) await this.#exclusive;
    let release!: () => void;
    this.#exclusive = new Promise((done) => (release = done));
    try {
      if (this.#running > 0) await new Promise<void>((done) => (this.#drained = done));
      this.#drained = null;
      return await work();
    } finally {
      this.#exclusive = null;
      release();
    }
  }
}
