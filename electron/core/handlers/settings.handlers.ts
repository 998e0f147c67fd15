import type { NamespaceHandlers } from '../../shared/api/contract.js';
import { readSettings, updateSettings } from '../library/settings.repo.js';
import type { LibraryContext } from './handler-context.js';

export function settingsHandlers({ library, emit }: LibraryContext) {
  return {
    'settings.get': () => readSettings(library),
    'settings.update': async ({ patch }) => {
      const settings = await updateSettings(library, patch);
      emit({ type: 'settings.changed', settings });
      return settings;
    },
  } satisfies NamespaceHandlers<'settings'>;
}
