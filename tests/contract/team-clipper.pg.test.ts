import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTeamLibrary } from '../support/engine-transports.js';
import type { TransportUnderTest } from '../support/transports.js';

/**
 * The browser clipper is paired with the app on one computer; a team library refuses its methods
 * with words saying where to pair it and how clips reach the team library instead.
 */
describe('the browser clipper’s methods on a team library', () => {
  let team: TransportUnderTest;
  beforeAll(async () => {
    team = await inTeamLibrary();
  });
  afterAll(async () => {
    await team.close();
  });

  it.each([
    ['extension.state', {}],
    ['extension.takeClip', {}],
    ['extension.answerPairing', { id: 'pairing-1', allow: true }],
    ['extension.revoke', { id: 'browser-1' }],
  ])('%s is refused, saying to pair the clipper in the app and show the team library there', async (method, args) => {
    const answer = await team.invoke(method, args);
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'not_available',
        message: expect.stringMatching(
          /^The browser clipper is paired with the Cuttings app on your own computer, not with a team server\. Open this team library in the app \(File ▸ Open Team Library…\), pair the clipper there/,
        ),
      },
    });
  });
});
