import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import type { PairedBrowser } from '../../shared/models/browser-clipper.js';
import { readPrivateJson, writePrivateJson } from '../db/private-json.js';

/**
 * In the user-data folder, not in the library: a key pairs a browser on this computer with the
 * Cuttings on this computer. A library is backed up, exported, moved, synced and switched; its
 * keys would travel with it and a switched library would unpair every browser.
 */
export const PAIRED_BROWSERS_FILE = 'browser-clipper-keys.json';

const fileSchema = z.object({
  browsers: z.array(z.object({ id: z.string(), name: z.string(), pairedAt: z.string(), keyHash: z.string() })),
});
type StoredBrowser = z.infer<typeof fileSchema>['browsers'][number];

/** Only a hash of each key is kept: the file opens no door if another program reads it. */
const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/** The browsers the user paired, each with the hash of its key. */
export class PairedBrowsers {
  readonly #file: string;

  constructor(userData: string) {
    this.#file = join(userData, PAIRED_BROWSERS_FILE);
  }

  list(): PairedBrowser[] {
    return this.#read().map(({ id, name, pairedAt }) => ({ id, name, pairedAt }));
  }

  /** Pairs a browser; returns its key, which is given out this once. */
  add(name: string, now = new Date()): string {
    const key = randomBytes(32).toString('hex');
    this.#write([...this.#read(), { id: randomUUID(), name, pairedAt: now.toISOString(), keyHash: hashKey(key) }]);
    return key;
  }

  /** The browser this key belongs to; null for an unknown or revoked key. */
  find(key: string): PairedBrowser | null {
    const hash = hashKey(key);
    const found = this.#read().find((b) => sameHash(b.keyHash, hash));
    return found ? { id: found.id, name: found.name, pairedAt: found.pairedAt } : null;
  }

  /** False when no browser has this id. */
  revoke(id: string): boolean {
    const browsers = this.#read();
    const kept = browsers.filter((b) => b.id !== id);
    if (kept.length === browsers.length) return false;
    this.#write(kept);
    return true;
  }

  /** A missing or damaged file pairs nothing: every browser is asked to pair again. */
  #read(): StoredBrowser[] {
    return readPrivateJson(this.#file, (value) => fileSchema.parse(value).browsers) ?? [];
  }

  #write(browsers: StoredBrowser[]): void {
    writePrivateJson(this.#file, { browsers });
  }
}
