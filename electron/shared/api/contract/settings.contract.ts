import { z } from 'zod';
import { settingsPatchSchema, type Settings } from '../../models/settings.js';
import { method, type NamespaceMethods } from '../schema-helpers.js';

export const settingsContract = {
  'settings.get': method<Settings>()(z.object({})),
  'settings.update': method<Settings>()(z.object({ patch: settingsPatchSchema })),
} as const satisfies NamespaceMethods<'settings'>;
