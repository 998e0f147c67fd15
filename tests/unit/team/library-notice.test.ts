import { describe, expect, it } from 'vitest';
import { LIBRARY_CHANNEL, readNotice, sendNotice } from '../../../electron/core/team/library-notice.js';

describe('the notice a team server sends the library’s other servers', () => {
  it('reads back what it sends', () => {
    const [text, params] = sendNotice({ method: 'clips.create', server: 'a-server' });
    expect(text).toBe('SELECT pg_notify(?, ?)');
    expect(params[0]).toBe(LIBRARY_CHANNEL);
    expect(readNotice(params[1] as string)).toEqual({ method: 'clips.create', server: 'a-server' });
  });

  it('takes nothing else for a notice: not JSON, another shape, a read, an unknown method, an empty or long id', () => {
    for (const payload of [
      undefined,
      '',
      'clips.create',
      'null',
      '[]',
      '{"method":"clips.create"}',
      '{"server":"s"}',
      '{"method":7,"server":"s"}',
      '{"method":"clips.create","server":""}',
      `{"method":"clips.create","server":"${'s'.repeat(65)}"}`,
      '{"method":"clips.list","server":"s"}',
      '{"method":"clips.explode","server":"s"}',
      '{"method":"toString","server":"s"}',
      '{"method":"__proto__","server":"s"}',
    ])
      expect(readNotice(payload), String(payload)).toBeNull();
  });
});
