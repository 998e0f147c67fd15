import type { ApiHandlers } from '../../shared/api/contract.js';
import type { Db } from '../db/open-library.js';
import { readSettings, updateSettings } from '../library/settings.repo.js';

export function settingsHandlers(db: Db) {
  return {
    'settings.get': () => readSettings(db),
    'settings.update': ({ patch }) => updateSettings(db, patch),
  } satisfies Partial<ApiHandlers>;
}
