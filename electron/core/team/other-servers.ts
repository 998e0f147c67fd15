import type pg from 'pg';
import { pgDriver } from '../db/pg-driver.js';
import type { Method } from '../../shared/api/contract.js';
import { ACCOUNTS_CHANNEL } from './accounts/account-notice.js';
import { LIBRARY_CHANNEL, readNotice } from './library-notice.js';

export interface OtherServersOptions {
  /** How to connect to the library's database. */
  settings: pg.ClientConfig;
  /** This core's id, which its own notices carry: it has announced those writes already. */
  server: string;
  /**
   * Another server wrote `method`; or, with null, the connection was lost for a while and any
   * write made meanwhile went unheard.
   */
  onEdit: (method: Method | null) => void;
  /** A role, a member or a session changed, here or elsewhere; or, as above, a change may have gone unheard. */
  onAccounts: () => void;
  /** Where a lost connection and its recovery are told, a line each. */
  log: (line: string) => void;
  /** The pause before the nth try (from 0) to connect again. */
  retryMs?: (attempt: number) => number;
}

export interface OtherServers {
  /** Resolves once LISTEN first takes effect (from then on no other server's write goes unheard), or on close. */
  readonly listening: Promise<void>;
  /** Ends the connection and any wait to reconnect; resolves once nothing of it is left running. */
  close(): Promise<void>;
}

/** How the listening connection shows in pg_stat_activity, for an administrator wondering what it is. */
export const LISTENER_NAME = 'cuttings team server: hears other servers';

/** Soon after a blip, then no more than every ten seconds while PostgreSQL restarts or is away. */
const backoff = (attempt: number) => Math.min(250 * 2 ** attempt, 10_000);

/** A client made for one connection: its notices handed on, its loss (an error, or the end) as a promise of the reason. */
function listenerClient(options: OtherServersOptions): { client: pg.Client; lost: Promise<string> } {
  // Kept alive, so a server vanished without a word (a cut network) is noticed too.
  const { Client } = pgDriver();
  const client = new Client({ ...options.settings, keepAlive: true, application_name: LISTENER_NAME });
  // An error always ends the connection; waiting for `lost` is how it is handled, so it never crashes the process.
  const lost = new Promise<string>((resolve) => {
    client.on('error', (err) => resolve(err.message));
    client.on('end', () => resolve('the connection ended'));
  });
  client.on('notification', ({ channel, payload }) => {
    if (channel === ACCOUNTS_CHANNEL) options.onAccounts();
    if (channel !== LIBRARY_CHANNEL) return;
    const notice = readNotice(payload);
    if (notice && notice.server !== options.server) options.onEdit(notice.method);
  });
  return { client, lost };
}

/** Connects `client` and LISTENs on the library's channels; resolves with the failure, or null once listening. */
function listenOn(client: pg.Client): Promise<Error | null> {
  return client
    .connect()
    .then(() => client.query(`LISTEN ${LIBRARY_CHANNEL}; LISTEN ${ACCOUNTS_CHANNEL}`))
    .then(
      () => null,
      (err: unknown) => (err instanceof Error ? err : new Error(String(err))),
    );
}

/**
 * Hears the writes other team servers make to the same library, and changes to its accounts, over
 * one connection of its own that LISTENs on both channels (a pooled one would be handed to other
 * queries, and a LISTEN lasts as long as its session). When the connection is lost (PostgreSQL
 * restarting, the network), it connects again with growing pauses, telling the log once that it
 * lost it and once that it is back, and then reports one edit and one account change, for what
 * it may have missed meanwhile.
 */
export function hearOtherServers(options: OtherServersOptions): OtherServers {
  const retryMs = options.retryMs ?? backoff;
  let closed = false;
  let current: pg.Client | null = null;
  let firstListen!: () => void;
  const listening = new Promise<void>((resolve) => (firstListen = resolve));
  let stop!: () => void;
  const stopped = new Promise<null>((resolve) => (stop = () => resolve(null)));

  /** Waits `ms`, or less if the listener is closed meanwhile. */
  const pause = async (ms: number) => {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([new Promise((resolve) => (timer = setTimeout(resolve, ms))), stopped]);
    clearTimeout(timer);
  };

  const run = async () => {
    let downSince: number | null = null;
    const down = (line: string) => {
      if (downSince !== null) return;
      downSince = Date.now();
      options.log(line);
    };
    for (let attempt = 0; !closed;) {
      const { client, lost } = listenerClient(options);
      current = client;
      // A client ended while it connects never settles its connect(), so closing does not wait for it.
      const failure = await Promise.race([listenOn(client), stopped]);
      if (closed) break;
      if (failure) {
        await client.end().catch(() => undefined);
        down(
          `The team server cannot hear other servers' changes to this library yet (${failure.message}); it keeps trying in the background.`,
        );
        await pause(retryMs(attempt++));
        continue;
      }
      attempt = 0;
      firstListen();
      if (downSince !== null) {
        const seconds = Math.round((Date.now() - downSince) / 1000);
        downSince = null;
        options.log(
          `The team server hears other servers' changes to this library again, after ${seconds} s; the pages it serves read the library again for what they missed.`,
        );
        options.onEdit(null);
        options.onAccounts();
      }
      const why = await lost;
      await client.end().catch(() => undefined);
      if (closed) break;
      down(`The team server stopped hearing other servers' changes to this library (${why}); it reconnects in the background.`);
    }
  };
  const running = run();

  return {
    listening,
    close: async () => {
      closed = true;
      firstListen();
      stop();
      await current?.end().catch(() => undefined);
      await running;
    },
  };
}
