import { DEFAULT_SETTINGS, type Settings } from '../../../../electron/shared/models/settings.js';

export type DateStyle = Settings['dateFormat'];

/** The date format chosen in Settings, reactive so every date shown follows a change at once. */
class DateStyleState {
  current = $state<DateStyle>(DEFAULT_SETTINGS.dateFormat);
}

export const dateStyle = new DateStyleState();
