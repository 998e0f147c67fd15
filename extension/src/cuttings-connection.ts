import {
  CLIPPER_KEY_HEADER,
  CLIPPER_PORTS,
  CLIPPER_ROUTES,
  type BrowserClipPayload,
  type ClipReply,
  type HelloReply,
  type PairReply,
  type PairStatusReply,
} from '../../electron/shared/models/browser-clipper-protocol.js';
import { forget, load, save } from './storage.js';

/** How long a port may take to answer before the next is tried: Cuttings on this computer answers at once. */
const HELLO_TIMEOUT_MS = 1_500;
const SEND_TIMEOUT_MS = 60_000;

type Reply<T> = { ok: true; value: T } | { ok: false; status: number; message: string };

/** One call to Cuttings; a network failure (nothing listening) is status 0. */
async function post<T>(port: number, path: string, body: unknown, key: string | undefined, timeoutMs: number): Promise<Reply<T>> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { [CLIPPER_KEY_HEADER]: key } : {}) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
      credentials: 'omit',
    });
    const envelope = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
    return envelope.ok ? envelope : { ok: false, status: response.status, message: envelope.error.message };
  } catch (err) {
    return { ok: false, status: 0, message: (err as Error).message };
  }
}

/** Where Cuttings answers, and whether it knows this browser's key; null when it is not running. */
async function findCuttings(): Promise<{ port: number; paired: boolean } | null> {
  const { key, port } = await load();
  for (const candidate of port ? [port] : CLIPPER_PORTS) {
    const hello = await post<HelloReply>(candidate, CLIPPER_ROUTES.hello, {}, key, HELLO_TIMEOUT_MS);
    if (hello.ok && hello.value.app === 'Cuttings') return { port: candidate, paired: hello.value.paired };
  }
  return null;
}

export type Connection =
  | { state: 'no-permission' }
  | { state: 'not-running' }
  | { state: 'not-paired'; port: number; why?: 'refused' | 'revoked' }
  | { state: 'pairing'; port: number; code: string }
  | { state: 'paired'; port: number };

/** The one host the extension needs: Cuttings on this computer. */
export const HOST_PERMISSION = { origins: ['http://127.0.0.1/*'] };

/**
 * Where this browser stands with Cuttings, settling a pairing request the user has answered
 * meanwhile (the key is taken the one time Cuttings gives it).
 */
export async function connection(): Promise<Connection> {
  // Firefox lets the user withhold a host permission; without it every call fails as if Cuttings were closed.
  if (!(await chrome.permissions.contains(HOST_PERMISSION))) return { state: 'no-permission' };
  const found = await findCuttings();
  if (!found) return { state: 'not-running' };
  if (found.paired) return { state: 'paired', port: found.port };
  const stored = await load();
  if (stored.key) {
    // Cuttings no longer knows the key: the user revoked this browser in Settings.
    await forget('key');
    await save({ unpaired: 'revoked' });
    return { state: 'not-paired', port: found.port, why: 'revoked' };
  }
  if (stored.pairing) {
    const answer = await post<PairStatusReply>(
      found.port,
      CLIPPER_ROUTES.pairStatus,
      { pairingId: stored.pairing.pairingId },
      undefined,
      HELLO_TIMEOUT_MS,
    );
    if (answer.ok && answer.value.status === 'waiting') return { state: 'pairing', port: found.port, code: stored.pairing.code };
    await forget('pairing');
    if (answer.ok && answer.value.status === 'allowed') {
      await save({ key: answer.value.key });
      await forget('unpaired');
      return { state: 'paired', port: found.port };
    }
    if (answer.ok && answer.value.status === 'refused') await save({ unpaired: 'refused' });
  }
  const { unpaired } = await load();
  return { state: 'not-paired', port: found.port, ...(unpaired ? { why: unpaired } : {}) };
}

/** The name Cuttings lists this browser under in Settings. */
function browserName(): string {
  const ua = navigator.userAgent;
  const browser = /Firefox\//u.test(ua) ? 'Firefox' : /Edg\//u.test(ua) ? 'Edge' : /Chrome\//u.test(ua) ? 'Chrome' : 'Browser';
  const system = /Windows/u.test(ua) ? 'Windows' : /Mac OS X/u.test(ua) ? 'macOS' : /Linux|X11/u.test(ua) ? 'Linux' : 'this computer';
  return `${browser} on ${system}`;
}

/** Asks Cuttings to pair this browser; Cuttings shows the same code and asks the user to confirm it. */
export async function requestPairing(): Promise<Connection> {
  const current = await connection();
  if (current.state !== 'not-paired') return current;
  const asked = await post<PairReply>(current.port, CLIPPER_ROUTES.pair, { name: browserName() }, undefined, HELLO_TIMEOUT_MS);
  if (!asked.ok) {
    await save({ problem: asked.message });
    return current;
  }
  await save({ pairing: { pairingId: asked.value.pairingId, code: asked.value.code } });
  await forget('unpaired', 'problem');
  return { state: 'pairing', port: current.port, code: asked.value.code };
}

/**
 * Sends the clips waiting in the outbox, oldest first, while Cuttings takes them. A clip Cuttings
 * cannot read is set aside with its reason (it would block the rest); one refused for want of a
 * pairing stays for later.
 */
export function deliverOutbox(): Promise<Connection> {
  // One delivery at a time, or a clip could be sent twice; a clip kept meanwhile is sent by the running one.
  delivering ??= sendOutbox().finally(() => (delivering = null));
  return delivering;
}

let delivering: Promise<Connection> | null = null;

async function sendOutbox(): Promise<Connection> {
  const current = await connection();
  if (current.state !== 'paired') return current;
  for (;;) {
    const { outbox = [], key } = await load();
    const clip = outbox[0];
    if (!clip) return current;
    const sent = await post<ClipReply>(current.port, CLIPPER_ROUTES.clip, clip, key, SEND_TIMEOUT_MS);
    if (!sent.ok && (sent.status === 0 || sent.status === 401 || sent.status === 409)) {
      await save({ problem: sent.message });
      return sent.status === 401 ? connection() : current;
    }
    await save({
      outbox: (await load()).outbox?.slice(1) ?? [],
      ...(sent.ok ? {} : { problem: `“${clip.title}” was not clipped: ${sent.message}` }),
    });
    if (sent.ok) await forget('problem');
  }
}

/** Keeps a clip in the outbox (so nothing is lost) and delivers what Cuttings will take now. */
export async function keepAndDeliver(clip: BrowserClipPayload): Promise<{ connection: Connection; waiting: number }> {
  const { outbox = [] } = await load();
  await save({ outbox: [...outbox, clip] });
  const after = await deliverOutbox();
  return { connection: after, waiting: (await load()).outbox?.length ?? 0 };
}
