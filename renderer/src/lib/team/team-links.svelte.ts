import { api, describeError } from '../api/api.js';
import { ApiError } from '../../../../electron/shared/api/errors.js';
import { libraryRoute } from '../api/library-route.js';
import type { TeamConnectionState, TeamLink } from '../../../../electron/shared/models/team-link.js';

export type { TeamLink } from '../../../../electron/shared/models/team-link.js';

/** What the sign-in dialog holds while it is open. */
export interface SignInForm {
  server: string;
  name: string;
  /** Why the last try failed, in the server's or the app's words. */
  error: string | null;
  busy: boolean;
  /** The last try got no answer from the server, so the password was never checked and can be tried again as typed. */
  unreachable: boolean;
}

export interface Connection {
  state: TeamConnectionState;
  message: string | null;
}

/**
 * The team libraries this app has signed in to, which one the window shows, and how each one's
 * connection stands. Switching is the route's (library-route.ts): every store reads its library
 * again when it hears the library changed.
 */
class TeamLinksStore {
  #links = $state<TeamLink[]>([]);
  #activeId = $state<string | null>(null);
  #connections = $state<Record<string, Connection>>({});
  #form = $state<SignInForm | null>(null);

  constructor() {
    api.events.subscribe((event) => {
      if (event.type === 'team.role') return void this.load();
      if (event.type !== 'team.connection') return;
      this.#connections = { ...this.#connections, [event.link]: { state: event.state, message: event.message } };
      if (event.state === 'signed-out') void this.load();
    });
  }

  get links() {
    return this.#links;
  }
  /** The team library shown, or null for the personal library. */
  get active(): TeamLink | null {
    return this.#links.find((l) => l.id === this.#activeId) ?? null;
  }
  get form() {
    return this.#form;
  }
  /** How the shown team library's connection stands; null while it is fine or the personal library is shown. */
  get trouble(): Connection | null {
    const active = this.active;
    if (!active) return null;
    if (!active.signedIn) return { state: 'signed-out', message: null };
    const connection = this.#connections[active.id];
    return connection && connection.state !== 'connected' ? connection : null;
  }

  /**
   * Whether the sidebar's notice already tells of this failure: the team library shown cannot be
   * reached, or its session has ended. Each pane that then fails to read says so once, not again.
   */
  toldInSidebar(err: unknown): boolean {
    return this.active !== null && err instanceof ApiError && (err.code === 'library_unavailable' || err.code === 'unauthorized');
  }

  async load() {
    try {
      this.#links = await api.call('teams.list', {});
    } catch {
      // A core without team links (an older one) shows none.
      this.#links = [];
    }
  }

  /** Opens the sign-in dialog, filled in for a library signed in to before. */
  openSignIn(link: Pick<TeamLink, 'server' | 'member'> | null = this.active ?? this.#links[0] ?? null) {
    this.#form = { server: link?.server ?? '', name: link?.member ?? '', error: null, busy: false, unreachable: false };
  }

  closeSignIn() {
    this.#form = null;
  }

  /** Signs in; a refusal stays in the dialog, in words, and the answer is null. */
  async signIn(server: string, name: string, password: string): Promise<TeamLink | null> {
    if (!this.#form) return null;
    this.#form = { ...this.#form, server, name, busy: true, error: null, unreachable: false };
    try {
      const link = await api.call('teams.signIn', { server, name, password });
      await this.load();
      this.#connections = { ...this.#connections, [link.id]: { state: 'connected', message: null } };
      this.#form = null;
      return link;
    } catch (err) {
      const unreachable = err instanceof ApiError && err.code === 'library_unavailable';
      if (this.#form) this.#form = { ...this.#form, busy: false, error: describeError(err), unreachable };
      return null;
    }
  }

  /** Routes the window's calls to a team library by its link id, or to the personal library (null); see switchLibrary. */
  show(id: string | null) {
    this.#activeId = id;
    libraryRoute.switchTo(id);
  }

  /** Ends the session; the caller shows the personal library first if this one was shown. */
  async signOut(id: string) {
    this.#links = await api.call('teams.signOut', { id });
  }

  async forget(id: string) {
    this.#links = await api.call('teams.forget', { id });
  }
}

export const teamLinks = new TeamLinksStore();
