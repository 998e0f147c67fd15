import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTeamLibrary, POSTGRES_CONNECTIONS } from '../support/engine-transports.js';
import { failed, type TransportUnderTest } from '../support/transports.js';
import { describeLibraryTransfer } from './library-transfer.contract.js';

describeLibraryTransfer(POSTGRES_CONNECTIONS);

describe('what a team library never does, and what to do instead', () => {
  let t: TransportUnderTest;
  beforeAll(async () => {
    t = await inTeamLibrary();
  });
  afterAll(async () => t.close());

  it('leaves backups to pg_dump', async () => {
    for (const method of ['backups.list', 'backups.create']) {
      const error = await failed(t, method, {});
      expect(error.code).toBe('not_available');
      expect(error.message).toMatch(/pg_dump/);
      expect(error.message).toMatch(/docs\/team-server\.md/);
    }
    expect((await failed(t, 'backups.restore', { path: '/tmp/library.db' })).message).toMatch(/pg_restore/);
  });

  it('has no library file to move', async () => {
    const error = await failed(t, 'library.move', { to: '/tmp/elsewhere.db' });
    expect(error).toMatchObject({ code: 'not_available', message: expect.stringMatching(/PostgreSQL database, not in a file/) });
  });
});
