import type { AuditEntry } from '../../../../electron/shared/models/team-activity.js';
import { api } from '../api/api.js';
import { csrfHeaders, signInAgainIfAsked } from '../api/csrf.js';
import { teamLinks } from './team-links.svelte.js';
import { switchLibrary } from './switch-library.js';
import { servedRole } from './served-role.svelte.js';

/** The server writes a change to the log just after making it; the newest page is read once that has settled. */
const LOGGED_SETTLE_MS = 400;

/** What a reader is told when they try to change the library. */
export const READER_NOTICE =
  'You are a reader in this team library: you can read, search and export. Ask an administrator for the editor role to add or change clips.';

/** Said beside the tag, note and highlight controls a reader does not get. */
export const READER_CANNOT_CHANGE = 'Only editors can change tags, notes and highlights.';

/** Who is signed in to a team library, and what the team has done in it. */
export interface TeamMember {
  name: string;
  role: 'admin' | 'editor' | 'reader';
}

interface Reply<T> {
  ok: boolean;
  value?: T;
  error?: { message: string };
}

async function read<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { ...init, headers: { ...csrfHeaders(), ...init?.headers } });
  signInAgainIfAsked(response);
  const body = (await response.json()) as Reply<T>;
  if (!body.ok || body.value === undefined) throw new Error(body.error?.message ?? `The server answered ${response.status}.`);
  return body.value;
}

/**
 * Who is signed in to the team library shown: on a page a team server serves, the page's member;
 * in the desktop app or personal browser mode, the member of the team library switched to (none
 * while the personal library is shown).
 */
class TeamStore {
  #member = $state<TeamMember | null>(null);
  #entries = $state<AuditEntry[]>([]);
  #more = $state(false);
  #loading = $state(false);
  #loaded = $state(false);
  #error = $state<string | null>(null);
  #changingPassword = $state(false);

  get member(): TeamMember | null {
    const linked = teamLinks.active;
    if (linked) return { name: linked.member, role: linked.role };
    return this.#member && { ...this.#member, role: servedRole.value ?? this.#member.role };
  }
  /** This page is served by a team server itself: it shows that library only, and links to no other. */
  get onTeamServer() {
    return !window.cuttings && Object.keys(csrfHeaders()).length > 0;
  }
  /** Readers of a team library may read, search and export, but not change anything. */
  get canEdit() {
    return this.member?.role !== 'reader';
  }
  /**
   * The actions that change the library, as an editor or administrator is offered them; none for
   * a reader, whose server would refuse them. Menus, toolbars and drops all ask here.
   */
  forEditors<T>(actions: T[]): T[] {
    return this.canEdit ? actions : [];
  }
  get entries() {
    return this.#entries;
  }
  get more() {
    return this.#more;
  }
  /** The first page has been asked for and answered (or refused). */
  get loaded() {
    return this.#loaded;
  }
  get loading() {
    return this.#loading;
  }
  get error() {
    return this.#error;
  }

  /**
   * Asks the server who this is. Only a team server sets the CSRF cookie, so the desktop app and
   * personal browser mode ask nothing (a refused request would be logged as a page error).
   */
  async load() {
    if (window.cuttings || Object.keys(csrfHeaders()).length === 0) return;
    try {
      const response = await fetch('./session', { headers: csrfHeaders() });
      const body = response.ok ? ((await response.json()) as Reply<TeamMember>) : null;
      this.#member = body?.ok && body.value?.name ? body.value : null;
    } catch {
      this.#member = null;
    }
  }

  /** The newest page of the activity log, or (with `older`) the page after the last one shown. */
  async loadActivity(older = false) {
    this.#loading = true;
    this.#error = null;
    try {
      const last = older ? this.#entries.at(-1)?.id : undefined;
      const linked = teamLinks.active;
      const page = linked
        ? await api.call('teams.activity', { id: linked.id, ...(last ? { before: last } : {}) })
        : await read<{ entries: AuditEntry[]; more: boolean }>(`./team/activity${last ? `?before=${last}` : ''}`);
      this.#entries = older ? [...this.#entries, ...page.entries] : page.entries;
      this.#more = page.more;
    } catch (err) {
      this.#error = err instanceof Error ? err.message : String(err);
    } finally {
      this.#loading = false;
      this.#loaded = true;
    }
  }

  /** Keeps the newest page current while the activity view is open; returns the function that stops. */
  follow(): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = api.events.subscribe((event) => {
      if (event.type !== 'library.edited') return;
      clearTimeout(timer);
      timer = setTimeout(() => void this.loadActivity(), LOGGED_SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }

  /** The change-password form is open (only on a page a team server serves: the desktop app keeps no password). */
  get changingPassword() {
    return this.#changingPassword;
  }
  openPasswordChange() {
    this.#changingPassword = true;
  }
  closePasswordChange() {
    this.#changingPassword = false;
  }

  /** Changes the member's own password; the server refuses a wrong current one, saying so. */
  async changePassword(current: string, next: string): Promise<void> {
    await read('./password', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ current, next }) });
    this.#changingPassword = false;
  }

  async signOut() {
    const linked = teamLinks.active;
    if (linked) {
      await switchLibrary(null);
      return teamLinks.signOut(linked.id);
    }
    try {
      await read('./logout', { method: 'POST' });
    } finally {
      location.assign('./login');
    }
  }
}

export const team = new TeamStore();
