import { join } from 'node:path';
import { z } from 'zod';
import { ROLES } from '../../../shared/api/roles.js';
import { readPrivateJson, writePrivateJson } from '../../db/private-json.js';

/**
 * In the user-data folder, owner-only, like the browser clipper's keys: a link belongs to this
 * computer's account, not to a library file that is backed up, exported and moved. It keeps the
 * session (which the server can end, and which expires), never the password.
 */
export const TEAM_LINKS_FILE = 'team-libraries.json';

const storedLink = z.object({
  server: z.string(),
  member: z.string(),
  role: z.enum(ROLES),
  /** The session cookie's secret and CSRF value; null once signed out. */
  session: z.object({ token: z.string(), csrf: z.string() }).nullable(),
  usedAt: z.string(),
});
export type StoredLink = z.infer<typeof storedLink>;

const fileSchema = z.object({ links: z.array(storedLink) });

/** One member on one server is one link, whatever case the name is typed in. */
export const linkId = (server: string, member: string) => `${member.toLowerCase()}@${server}`;

export class TeamLinkStore {
  readonly #file: string;

  constructor(userData: string) {
    this.#file = join(userData, TEAM_LINKS_FILE);
  }

  /** Newest first. A missing or damaged file holds no links: each server is signed in to again. */
  read(): StoredLink[] {
    const links = readPrivateJson(this.#file, (value) => fileSchema.parse(value).links) ?? [];
    return links.sort((a, b) => b.usedAt.localeCompare(a.usedAt));
  }

  put(link: StoredLink): void {
    const id = linkId(link.server, link.member);
    this.#write([link, ...this.read().filter((l) => linkId(l.server, l.member) !== id)]);
  }

  remove(id: string): void {
    this.#write(this.read().filter((l) => linkId(l.server, l.member) !== id));
  }

  #write(links: StoredLink[]): void {
    writePrivateJson(this.#file, { links });
  }
}
