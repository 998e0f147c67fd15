import { DEFAULT_SETTINGS, settingsSchema, type Settings, type SettingsPatch } from '../../shared/models/settings.js';
import type { Db } from '../db/open-library.js';

/**
 * Settings live one per row in `settings` as JSON values. A value that no longer fits its field
 * (written by a later version, or edited by hand) falls back to the default rather than
 * stopping the app from opening the library.
 */
export function readSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const shape = settingsSchema.shape;
  for (const { key, value } of rows) {
    if (!Object.hasOwn(shape, key)) continue;
    const field = key as keyof Settings;
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      continue;
    }
    const checked = shape[field].safeParse(parsed);
    if (checked.success) (settings as Record<string, unknown>)[field] = checked.data;
  }
  return settings;
}

export function updateSettings(db: Db, patch: SettingsPatch): Settings {
  const write = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  db.transaction(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) write.run(key, JSON.stringify(value));
    }
  })();
  return readSettings(db);
}
