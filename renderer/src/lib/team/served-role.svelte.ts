import { isRole, type Role } from '../../../../electron/shared/api/roles.js';
import { ROLE_HEADER } from '../../../../electron/shared/api/team-wire.js';

let served = $state<Role | null>(null);

/** The member's role as the team server serving this page last gave it (ROLE_HEADER); null elsewhere. */
export const servedRole = {
  get value(): Role | null {
    return served;
  },
};

/** Takes the role a team server's reply carries, so a role changed during the session shows at once. */
export function noteServedRole(response: Response): void {
  const role = response.headers.get(ROLE_HEADER);
  if (isRole(role) && role !== served) served = role;
}
