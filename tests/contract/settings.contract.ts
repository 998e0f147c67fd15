import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../electron/shared/models/settings.js';
import type { TransportUnderTest } from '../support/transports.js';
import type { Connection } from '../support/engine-transports.js';

/** Settings, on whichever library the connections open. */
export function describeSettings(connections: readonly Connection[]): void {
  describe.each(connections)('settings %s', (_name, connect) => {
    let t: TransportUnderTest;
    beforeAll(async () => {
      t = await connect();
    });
    afterAll(async () => t.close());

    it('starts from the defaults, keeps a change and refuses a value outside its field', async () => {
      const first = await t.invoke('settings.get', {});
      expect(first.ok && (first.value as Settings)).toMatchObject({ backupKeep: 10, backupSchedule: 'daily', paperSize: 'A4' });

      const changed = await t.invoke('settings.update', { patch: { backupKeep: 3, paperSize: 'Letter' } });
      expect(changed.ok && (changed.value as Settings)).toMatchObject({ backupKeep: 3, paperSize: 'Letter', backupSchedule: 'daily' });

      const refused = await t.invoke('settings.update', { patch: { backupKeep: 0 } });
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error.message).toMatch(/backupKeep/);

      const after = await t.invoke('settings.get', {});
      expect(after.ok && (after.value as Settings).backupKeep).toBe(3);

      // A patch of one field leaves the others as they were, not at their defaults.
      await t.invoke('settings.update', { patch: { backupSchedule: 'weekly' } });
      const one = await t.invoke('settings.update', { patch: { backupKeep: 4 } });
      expect(one.ok && (one.value as Settings)).toMatchObject({ backupKeep: 4, backupSchedule: 'weekly', paperSize: 'Letter' });
    });

    it('keeps a global clip shortcut Electron can register, or none, and refuses one that would take a plain key', async () => {
      const set = await t.invoke('settings.update', { patch: { clipShortcut: 'Alt+Shift+C' } });
      expect(set.ok && (set.value as Settings).clipShortcut).toBe('Alt+Shift+C');
      const off = await t.invoke('settings.update', { patch: { clipShortcut: '' } });
      expect(off.ok && (off.value as Settings).clipShortcut).toBe('');
      const refused = await t.invoke('settings.update', { patch: { clipShortcut: 'Y' } });
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error.message).toMatch(/clipShortcut.*needs Ctrl/);
    });
  });
}
