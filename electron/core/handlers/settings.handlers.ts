import type { NamespaceHandlers } from '../../shared/api/contract.js';
import { readSettings, updateSettings } from '../library/settings.repo.js';
import type { HandlerContext } from './handler-context.js';

export function settingsHandlers({ db }: HandlerContext) {
  return {
    'settings.get': () => readSettings(db),
    'settings.update': ({ patch }) => updateSettings(db, patch),
  } satisfies NamespaceHandlers<'settings'>;
}
