import type { NamespaceHandlers } from '../../shared/api/contract.js';
import type { HandlerContext } from './handler-context.js';

export function extensionHandlers({ browserClipper }: HandlerContext) {
  return {
    'extension.state': () => browserClipper.state(),
    'extension.answerPairing': ({ id, allow }) => {
      browserClipper.answerPairing(id, allow);
      return browserClipper.state();
    },
    'extension.revoke': ({ id }) => {
      browserClipper.revoke(id);
      return browserClipper.state();
    },
    'extension.takeClip': () => browserClipper.takeClip(),
  } satisfies NamespaceHandlers<'extension'>;
}
