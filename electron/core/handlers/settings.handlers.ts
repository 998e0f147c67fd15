import type { NamespaceHandlers } from '../../shared/api/contract.js';
import { readSettings, updateSettings } from '../library/settings.repo.js';
import type { HandlerContext } from './handler-context.js';

export function settingsHandlers({ db, emit }: HandlerContext) {
  return {
    'settings.get': () => readSettings(db),
    'settings.update': ({ patch }) => {
      const settings = updateSettings(db, patch);
      emit({ type: 'settings.changed', settings });
      return settings;
    },
  } satisfies NamespaceHandlers<'settings'>;
}
