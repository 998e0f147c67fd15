import { randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { ApiError } from '../../shared/api/errors.js';
import { pageDocument } from '../../shared/clipper/page-document.js';
import type { BrowserClipPayload, PairReply, PairStatusReply } from '../../shared/models/browser-clipper-protocol.js';
import type { BrowserClipperState, PairingRequest, ReceivedClip } from '../../shared/models/browser-clipper.js';
import type { CoreEvent } from '../../shared/models/core-events.js';
import { PairedBrowsers } from './paired-browsers.js';

/** Clips kept for the review step at once; a browser sending more is told to wait. */
const MAX_WAITING_CLIPS = 50;
/** Pairing requests waiting for an answer at once: a few browsers, never a flood of dialogs. */
const MAX_WAITING_REQUESTS = 3;
/** An unanswered request, or an answer the extension never fetched, is forgotten after this. */
const REQUEST_LIFETIME_MS = 10 * 60 * 1000;

interface PendingPairing extends PairingRequest {
  secret: string;
  askedAt: number;
  answer: 'waiting' | 'refused' | { key: string };
}

function sameSecret(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * The browser extension's side of Cuttings: pairing requests the user answers, the browsers
 * paired, and clips received, waiting for the review step. It holds no library data, so it lives
 * across library switches; the listener (HTTP on 127.0.0.1) and the API both work on it.
 */
export class BrowserClipper {
  readonly #browsers: PairedBrowsers;
  readonly #emit: (event: CoreEvent) => void;
  #pairings: PendingPairing[] = [];
  #clips: ReceivedClip[] = [];
  #port: number | null = null;
  #problem: string | null = null;

  constructor(userData: string, emit: (event: CoreEvent) => void) {
    this.#browsers = new PairedBrowsers(userData);
    this.#emit = emit;
  }

  /** Where the listener opened, or why it could not; shown in Settings. */
  setListening(port: number | null, problem: string | null = null): void {
    this.#port = port;
    this.#problem = problem;
    this.#changed('browsers');
  }

  isPaired(key: string | undefined): boolean {
    return key !== undefined && this.#browsers.find(key) !== null;
  }

  requestPairing(name: string, now = Date.now()): PairReply {
    this.#forgetOld(now);
    if (this.#pairings.filter((p) => p.answer === 'waiting').length >= MAX_WAITING_REQUESTS) {
      throw new ApiError('conflict', 'Cuttings already has pairing requests waiting. Answer them in Cuttings, then try again.');
    }
    const pairing: PendingPairing = {
      id: randomUUID(),
      name,
      code: String(randomInt(0, 10_000)).padStart(4, '0'),
      secret: randomBytes(24).toString('hex'),
      askedAt: now,
      answer: 'waiting',
    };
    this.#pairings.push(pairing);
    this.#changed('pairing');
    return { pairingId: pairing.secret, code: pairing.code };
  }

  /** The answer to a request; an allowed one hands over its key once and is then forgotten. */
  pairingStatus(secret: string, now = Date.now()): PairStatusReply {
    this.#forgetOld(now);
    const pairing = this.#pairings.find((p) => sameSecret(p.secret, secret));
    if (!pairing) return { status: 'unknown' };
    if (pairing.answer === 'waiting') return { status: 'waiting' };
    this.#pairings = this.#pairings.filter((p) => p !== pairing);
    return pairing.answer === 'refused' ? { status: 'refused' } : { status: 'allowed', key: pairing.answer.key };
  }

  /** The user's answer in the app's dialog. */
  answerPairing(id: string, allow: boolean): void {
    const pairing = this.#pairings.find((p) => p.id === id && p.answer === 'waiting');
    if (!pairing) throw new ApiError('not_found', 'That pairing request is no longer waiting. Ask again from the browser extension.');
    pairing.answer = allow ? { key: this.#browsers.add(pairing.name) } : 'refused';
    this.#changed('browsers');
  }

  revoke(id: string): void {
    if (!this.#browsers.revoke(id))
      throw new ApiError('not_found', 'That browser is not paired any more. Reopen Settings to see the list.');
    this.#changed('browsers');
  }

  /** Keeps a clip from a paired browser for the review step. */
  receiveClip(key: string | undefined, clip: BrowserClipPayload): void {
    if (!this.isPaired(key)) {
      throw new ApiError('unauthorized', 'This browser is not paired with Cuttings. Open the extension and pair it again.');
    }
    if (this.#clips.length >= MAX_WAITING_CLIPS) {
      throw new ApiError('conflict', 'Cuttings has many clips waiting for review. Review them in Cuttings, then clip again.');
    }
    this.#clips.push({ text: clip.text, html: pageDocument(clip), url: clip.url });
    this.#changed('clip');
  }

  /** The oldest clip waiting for review, taken out of the queue; null when none waits. */
  takeClip(): ReceivedClip | null {
    const clip = this.#clips.shift() ?? null;
    if (clip) this.#changed('browsers');
    return clip;
  }

  state(now = Date.now()): BrowserClipperState {
    this.#forgetOld(now);
    return {
      port: this.#port,
      problem: this.#problem,
      requests: this.#pairings.filter((p) => p.answer === 'waiting').map(({ id, name, code }) => ({ id, name, code })),
      browsers: this.#browsers.list(),
      waitingClips: this.#clips.length,
    };
  }

  #forgetOld(now: number): void {
    this.#pairings = this.#pairings.filter((p) => now - p.askedAt < REQUEST_LIFETIME_MS);
  }

  #changed(reason: 'clip' | 'pairing' | 'browsers'): void {
    this.#emit({ type: 'extension.changed', reason });
  }
}
