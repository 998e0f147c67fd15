import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, expect, it } from 'vitest';
import { assertCliBuilt, CLI } from '../support/cli.js';
import { tempLibrary } from '../support/temp-library.js';

const work = tempLibrary('cuttings-serve-stop-');
afterAll(() => work.remove());

/**
 * A browser keeps connections open between requests and may be halfway through one when the user
 * stops browser mode: Ctrl+C must still end it, at once for what is idle and soon for what is not.
 */
it('browser mode stops on Ctrl+C while a page holds a connection and a request is half sent', async () => {
  assertCliBuilt();
  const child = spawn(
    process.execPath,
    [CLI, 'serve', '--port', '0', '--json', '--clipper-port', '0', '--library', join(work.dir, 'served.db')],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = new URL(
    await new Promise<string>((resolve) =>
      createInterface({ input: child.stdout }).once('line', (l) => resolve((JSON.parse(l) as { url: string }).url)),
    ),
  );
  const socket = connect(Number(url.port), '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  socket.on('error', () => undefined);
  // Headers promise a body that never comes, as from a page frozen mid-request.
  socket.write(`POST /api/clips.list HTTP/1.1\r\nHost: ${url.host}\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{`);
  await new Promise((resolve) => setTimeout(resolve, 200));

  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const started = Date.now();
  child.kill('SIGINT');
  const timeout = new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 8_000));
  const outcome = await Promise.race([exited, timeout]);
  if (outcome === 'still running') child.kill('SIGKILL');
  socket.destroy();
  expect(outcome).toBe(0);
  expect(Date.now() - started).toBeLessThan(5_000);
});
