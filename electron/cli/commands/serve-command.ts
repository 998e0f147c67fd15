import { fileURLToPath } from 'node:url';
import type { Command } from '../command.js';
import { CliError } from '../cli-error.js';
import { openCore } from '../open-core.js';
import { startServer } from '../../server/http-server.js';
import { listenForExtension } from '../../server/clipper-listener.js';
import { CLIPPER_PORTS } from '../../shared/models/browser-clipper-protocol.js';
import { terminalSafe } from '../terminal-text.js';

export const serveCommand: Command = {
  name: 'serve',
  usage: 'cuttings serve [--port N] [--clipper-port N]',
  summary: 'browser mode: serve the app on 127.0.0.1 and print its URL; the browser extension clips into it',
  valueFlags: ['port', 'clipper-port'],
  async run(ctx) {
    const port = ctx.flags.port === undefined ? 0 : Number(ctx.flags.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError('--port takes a number from 1 to 65535.', 2);
    const clipperPorts = clipperPortsOf(ctx.flags['clipper-port']);
    const core = openCore(ctx.libraryPath);
    // dist/cli/cuttings.js → dist/renderer
    const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
    const server = await startServer({ core, rendererDir, port });
    const clipper = clipperPorts.length ? await listenForExtension(core.browserClipper, clipperPorts) : null;
    const clipperState = core.browserClipper.state();
    const emptyFailed = (err: Error) =>
      process.stderr.write(`cuttings: emptying the Trash of old clips failed: ${terminalSafe(err.message)}\n`);
    // The Trash is emptied after the day's backup, which may still want what it holds.
    const backup = core
      .dailyBackup()
      .catch((err: Error) => process.stderr.write(`cuttings: the daily backup failed: ${terminalSafe(err.message)}\n`))
      .then(() => core.scheduleTrashEmptying(emptyFailed))
      .catch(emptyFailed);
    if (ctx.json)
      ctx.out(JSON.stringify({ url: server.url, port: server.port, library: ctx.libraryPath, clipperPort: clipper?.port ?? null }));
    else {
      ctx.out(`Cuttings is running in browser mode for ${ctx.libraryPath}`);
      ctx.out(`Open: ${server.url}`);
      if (clipper) ctx.out(`The browser extension clips into it through 127.0.0.1:${clipper.port}.`);
      else if (clipperState.problem) ctx.out(`The browser extension cannot reach it: ${clipperState.problem}`);
      ctx.out('Press Ctrl+C to stop.');
    }
    await new Promise<void>((resolve) => {
      const stop = () => {
        void Promise.all([server.close(), clipper?.close(), backup]).then(() => {
          core.close();
          resolve();
        });
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
};

/** The extension tries the fixed ports; `--clipper-port N` listens on N alone, and 0 not at all. */
function clipperPortsOf(flag: unknown): readonly number[] {
  if (flag === undefined) return CLIPPER_PORTS;
  const port = Number(flag);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new CliError('--clipper-port takes a number from 1 to 65535, or 0 to let no browser extension in.', 2);
  }
  return port === 0 ? [] : [port];
}
