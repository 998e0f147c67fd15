import { z } from 'zod';
import { clipShortcutProblem } from './accelerator.js';
import { VIEW_SORTS } from './list-sort.js';

const MAX_REMEMBERED_SORTS = 10_000;

/**
 * The user's preferences that belong to a library (they travel with it, so a library moved to
 * another machine keeps its backup plan and paper size). Every field has a default, so a library
 * that never saved a setting reads the same as a new one.
 */
export const settingsSchema = z.object({
  /** How many rotating backups to keep in the Backups folder beside the library. */
  backupKeep: z.number().int().min(1).max(100).default(10),
  /** When automatic backups are taken: on start and quit when the newest is older than this. */
  backupSchedule: z.enum(['daily', 'weekly', 'off']).default('daily'),
  /** The paper a new dossier starts with. */
  paperSize: z.enum(['A4', 'Letter']).default('A4'),
  /** How dates are shown in the app (dossiers print dates in full). */
  dateFormat: z.enum(['iso', 'day-month-year', 'month-day-year']).default('day-month-year'),
  /** Electron accelerator for "clip the clipboard from anywhere"; empty turns it off. */
  clipShortcut: z
    .string()
    .max(100)
    .superRefine((value, ctx) => {
      const problem = clipShortcutProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .default('CommandOrControl+Shift+Y'),
  /**
   * The order each list view was last sorted in, by view: 'all', 'trash', 'search',
   * 'collection:ID' or 'tag:NAME'. A view not in it opens in its own default order.
   */
  listSorts: z
    .record(z.string().max(600), z.enum(VIEW_SORTS))
    .refine((sorts) => Object.keys(sorts).length <= MAX_REMEMBERED_SORTS, {
      message: `at most ${MAX_REMEMBERED_SORTS} views keep their order`,
    })
    .default({}),
  /** Clips in the Trash longer than this many days are deleted for good (on start, then daily); null keeps them. */
  trashAutoEmptyDays: z.number().int().min(1).max(3_650).nullable().default(null),
});

export type Settings = z.output<typeof settingsSchema>;
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

type SettingsShape = typeof settingsSchema.shape;
type PatchShape = { [K in keyof SettingsShape]: z.ZodOptional<ReturnType<SettingsShape[K]['unwrap']>> };

/**
 * A change to some settings; each value is checked against its field's schema. Built from the
 * fields without their defaults: `.partial()` would fill every field left out with its default,
 * so changing one setting would reset all the others.
 */
export const settingsPatchSchema = z.object(
  Object.fromEntries(Object.entries(settingsSchema.shape).map(([key, field]) => [key, field.unwrap().optional()])) as PatchShape,
);
export type SettingsPatch = z.output<typeof settingsPatchSchema>;
