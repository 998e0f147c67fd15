import { DEFAULT_SETTINGS, settingsSchema, type Settings, type SettingsPatch } from '../../shared/models/settings.js';
import type { LibraryDatabase } from '../db/library-database.js';
import { sql } from '../db/sql.js';

/**
 * Settings live one per row in `settings` as JSON values, on either engine. A value that no
 * longer fits its field (written by a later version, or edited by hand) falls back to the
 * default rather than stopping the app from opening the library.
 */
export async function readSettings(db: LibraryDatabase): Promise<Settings> {
  const rows = await db.all<{ key: string; value: string }>(sql`SELECT key, value FROM settings`);
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

export async function updateSettings(db: LibraryDatabase, patch: SettingsPatch): Promise<Settings> {
  return db.transaction(async (tx) => {
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      await tx.run(
        sql`INSERT INTO settings (key, value) VALUES (${key}, ${JSON.stringify(value)}) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      );
    }
    return readSettings(tx);
  });
}
