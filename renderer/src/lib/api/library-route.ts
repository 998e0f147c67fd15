import type { EventSource, Transport } from '../../../../electron/shared/api/client.js';
import type { Method } from '../../../../electron/shared/api/contract.js';
import type { CoreEvent, CoreEventListener } from '../../../../electron/shared/models/core-events.js';

/**
 * Methods that always go to the personal core: the links to team libraries themselves, the
 * browser clipper paired with this computer, and the app's settings (theme, date format, the
 * orders lists were sorted in), which a team library does not hold.
 */
const PERSONAL_ONLY = /^(teams|extension|settings)\./;

/** Events that speak of the personal library, which a window showing a team library does not show. */
const PERSONAL_LIBRARY_EVENTS = new Set<CoreEvent['type']>(['library.edited', 'library.changed']);

/**
 * Which library this window shows: the personal one (null), or a team library by its link id.
 * Calls to the library go where it is (a team library's through the personal core's
 * `teams.call`), and the events a window hears are its library's: a team library's arrive
 * wrapped in `team.event` and are unwrapped here.
 */
class LibraryRoute {
  #link: string | null = null;
  readonly #listeners = new Set<CoreEventListener>();

  get link() {
    return this.#link;
  }

  /** Shows another library: every listener is told the library changed, and reads it again. */
  switchTo(link: string | null) {
    if (link === this.#link) return;
    this.#link = link;
    const changed: CoreEvent = { type: 'library.changed', path: link ?? '' };
    this.#listeners.forEach((listener) => listener(changed));
  }

  transport(personal: Transport): Transport {
    return (method: Method, args: unknown) => {
      const link = this.#link;
      return link && !PERSONAL_ONLY.test(method) ? personal('teams.call', { id: link, method, args }) : personal(method, args);
    };
  }

  events(personal: EventSource): EventSource {
    return (listener) => {
      this.#listeners.add(listener);
      const stop = personal((event) => {
        if (event.type === 'team.event') {
          if (event.link === this.#link) listener(event.event);
        } else if (!(this.#link && PERSONAL_LIBRARY_EVENTS.has(event.type))) listener(event);
      });
      return () => {
        this.#listeners.delete(listener);
        stop();
      };
    };
  }
}

export const libraryRoute = new LibraryRoute();
