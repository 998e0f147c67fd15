import { setTimeout as sleep } from 'node:timers/promises';
import { ApiError } from '../../../shared/api/errors.js';
import type { Method } from '../../../shared/api/contract.js';
import type { Role } from '../../../shared/api/roles.js';
import type { CoreEvent } from '../../../shared/models/core-events.js';
import type { TeamActivityPage, TeamConnectionState, TeamLink } from '../../../shared/models/team-link.js';
import { sessionEnded } from './remote-errors.js';
import { RemoteLibrary, type Fetch } from './remote-library.js';
import { serverOrigin } from './server-address.js';
import { linkId, TeamLinkStore, type StoredLink } from './team-link-store.js';

/** How long to wait before reaching a team server again, doubling up to the most. */
const RETRY_FIRST_MS = 2_000;
const RETRY_MOST_MS = 30_000;

function describe(link: StoredLink): TeamLink {
  return {
    id: linkId(link.server, link.member),
    server: link.server,
    name: new URL(link.server).host,
    member: link.member,
    role: link.role,
    signedIn: link.session !== null,
  };
}

/**
 * The team libraries this app is signed in to: remembered in the user-data folder, called on the
 * member's behalf, and followed live: each signed-in link's event stream is read and its events
 * passed on as `team.event`, its connection's ups and downs as `team.connection`. A team server
 * that cannot be reached is retried quietly; the personal library never waits for it.
 */
export class TeamLinks {
  readonly #store: TeamLinkStore;
  readonly #emit: (event: CoreEvent) => void;
  readonly #fetch: Fetch;
  readonly #following = new Map<string, AbortController>();

  constructor(userData: string, emit: (event: CoreEvent) => void, fetchImpl: Fetch = fetch) {
    this.#store = new TeamLinkStore(userData);
    this.#emit = emit;
    this.#fetch = fetchImpl;
  }

  /** Every link, newest first; the signed-in ones are followed from now on. */
  list(): TeamLink[] {
    const links = this.#store.read();
    for (const link of links) if (link.session) this.#follow(link);
    return links.map(describe);
  }

  async signIn(typedServer: string, name: string, password: string): Promise<TeamLink> {
    const server = serverOrigin(typedServer);
    const { session, member, role } = await RemoteLibrary.signIn(server, name.trim(), password, this.#fetch);
    const link: StoredLink = { server, member, role, session, usedAt: new Date().toISOString() };
    const id = linkId(server, member);
    this.#stopFollowing(id);
    this.#store.put(link);
    this.#follow(link);
    return describe(link);
  }

  async signOut(id: string): Promise<TeamLink[]> {
    const link = this.#find(id);
    this.#stopFollowing(id);
    if (link.session) await new RemoteLibrary(link.server, link.session, this.#fetch).signOut();
    this.#store.put({ ...link, session: null });
    return this.list();
  }

  async forget(id: string): Promise<TeamLink[]> {
    await this.signOut(id);
    this.#store.remove(id);
    return this.list();
  }

  /** The link, signed in; throws in words when it is unknown or its session has ended. */
  describe(id: string): TeamLink {
    return describe(this.#find(id));
  }

  async call(id: string, method: Method, args: unknown): Promise<unknown> {
    return this.#run(id, (remote) => remote.call(method, args));
  }

  async activity(id: string, before?: number): Promise<TeamActivityPage> {
    return this.#run(id, (remote) => remote.activity(before));
  }

  /** Stops following every link (the core closing); the sessions stay, for the next start. */
  close(): void {
    for (const id of [...this.#following.keys()]) this.#stopFollowing(id);
  }

  async #run<T>(id: string, work: (remote: RemoteLibrary) => Promise<T>): Promise<T> {
    const link = this.#find(id);
    if (!link.session) throw sessionEnded(link.server);
    const remote = new RemoteLibrary(link.server, link.session, this.#fetch);
    try {
      return await work(remote);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'unauthorized') this.#ended(link);
      throw err;
    } finally {
      if (remote.role && remote.role !== link.role) this.#roleChanged(link, remote.role);
    }
  }

  /** An administrator changed the member's role: it is kept, and the app told to show it. */
  #roleChanged(link: StoredLink, role: Role): void {
    const current = this.#sameSession(link);
    if (current) this.#store.put({ ...current, role });
    this.#emit({ type: 'team.role', link: linkId(link.server, link.member), role });
  }

  #stored(id: string): StoredLink | undefined {
    return this.#store.read().find((l) => linkId(l.server, l.member) === id);
  }

  /** The link as stored now, if it still holds `link`'s session: a sign-in meanwhile has one of its own. */
  #sameSession(link: StoredLink): StoredLink | null {
    const current = this.#stored(linkId(link.server, link.member));
    return current && current.session?.token === link.session?.token ? current : null;
  }

  #find(id: string): StoredLink {
    const link = this.#stored(id);
    if (!link)
      throw new ApiError('not_found', 'This team library is not among those you signed in to. Choose Open team library… to sign in.');
    return link;
  }

  /** The server no longer knows the session: it is dropped, and the app told to ask for the password. */
  #ended(link: StoredLink): void {
    const id = linkId(link.server, link.member);
    this.#stopFollowing(id);
    if (this.#sameSession(link)) this.#store.put({ ...link, session: null });
    this.#emit({ type: 'team.connection', link: id, state: 'signed-out', message: sessionEnded(link.server).message });
  }

  #stopFollowing(id: string): void {
    this.#following.get(id)?.abort();
    this.#following.delete(id);
  }

  #follow(link: StoredLink): void {
    const id = linkId(link.server, link.member);
    if (this.#following.has(id) || !link.session) return;
    const controller = new AbortController();
    this.#following.set(id, controller);
    void this.#followLoop(link, new RemoteLibrary(link.server, link.session, this.#fetch), controller.signal);
  }

  async #followLoop(link: StoredLink, remote: RemoteLibrary, signal: AbortSignal): Promise<void> {
    const id = linkId(link.server, link.member);
    let state: TeamConnectionState | null = null;
    let wait = RETRY_FIRST_MS;
    const report = (next: TeamConnectionState, message: string | null) => {
      // Back after a break: what the app read before may be stale.
      if (next === 'connected' && state === 'unreachable')
        this.#emit({ type: 'team.event', link: id, event: { type: 'library.changed', path: link.server } });
      if (next !== state) this.#emit({ type: 'team.connection', link: id, state: next, message });
      state = next;
    };
    while (!signal.aborted) {
      try {
        await remote.listen(
          (event) => this.#emit({ type: 'team.event', link: id, event }),
          () => {
            report('connected', null);
            wait = RETRY_FIRST_MS;
          },
          signal,
        );
      } catch (err) {
        if (signal.aborted) return;
        if (err instanceof ApiError && err.code === 'unauthorized') return this.#ended(link);
        report('unreachable', err instanceof Error ? err.message : String(err));
      }
      try {
        await sleep(wait, undefined, { signal, ref: false });
      } catch {
        return;
      }
      wait = Math.min(wait * 2, RETRY_MOST_MS);
    }
  }
}
