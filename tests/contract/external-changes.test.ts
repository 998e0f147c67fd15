import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCoreService, type CoreService } from '../../electron/core/core-service.js';
import type { CoreEvent } from '../../electron/shared/models/core-events.js';
import { tempLibrary } from '../support/temp-library.js';

let lib: ReturnType<typeof tempLibrary>;
let core: CoreService;
let other: CoreService;
let events: CoreEvent[];
beforeEach(() => {
  lib = tempLibrary('cuttings-external-');
  core = createCoreService(lib.path);
  other = createCoreService(lib.path);
  events = [];
  core.subscribe((event) => events.push(event));
});
afterEach(() => {
  core.close();
  other.close();
  lib.remove();
});

const changes = () => events.filter((e) => e.type === 'library.changed');

describe('changes made by another process', () => {
  it('reach the core’s listeners as library.changed, and its own changes do not', async () => {
    await core.dispatch('clips.create', { text: 'A made-up report written through this core.' });
    await new Promise((done) => setTimeout(done, 2_500));
    expect(changes()).toEqual([]);

    // Another connection to the same file, as the CLI or a second server would open.
    const added = await other.dispatch('clips.create', { text: 'A made-up report written by someone else.' });
    expect(added.ok).toBe(true);
    await expect.poll(() => changes().length, { timeout: 5_000 }).toBeGreaterThan(0);
    expect(changes()[0]).toEqual({ type: 'library.changed', path: lib.path });
  });
});
