import { describe, expect, it } from 'vitest';
import { clearedCookies, sessionCookies } from '../../../electron/server/team/team-cookies.js';
import { startTeamServer } from '../../../electron/server/team/team-server.js';

describe('a team server’s cookies', () => {
  const inAnHour = new Date(Date.now() + 3_600_000);

  it('keeps the session HttpOnly, Secure and SameSite=Strict; the CSRF value readable by the page', () => {
    const [session, csrf] = sessionCookies('secret', 'echo', inAnHour, { secure: true });
    expect(session).toMatch(/^cuttings_team_session=secret; Path=\/; Max-Age=\d+; HttpOnly; Secure; SameSite=Strict$/);
    expect(csrf).toMatch(/^cuttings_csrf=echo; Path=\/; Max-Age=\d+; Secure; SameSite=Strict$/);
    expect(clearedCookies({ secure: true })[0]).toContain('Max-Age=0');
  });

  it('drops Secure only for plain HTTP, which a server off the loopback address refuses', async () => {
    expect(sessionCookies('secret', 'echo', inAnHour, { secure: false })[0]).not.toContain('Secure');
    const options = { pool: {} as never, core: {} as never, rendererDir: '', port: 0, plainHttp: true };
    await expect(startTeamServer({ ...options, host: '0.0.0.0' })).rejects.toThrow(/only for a server on 127\.0\.0\.1.*TLS reverse proxy/);
  });
});
