import { api, describeError } from '../api/api.js';
import type { BrowserClipperState, PairingRequest } from '../api/models.js';
import { pasteReview } from '../new-clip/paste-review.svelte.js';
import { toasts } from '../ui/toasts.svelte.js';
import { team } from '../team/team.svelte.js';

/**
 * The browser extension as the window sees it: pairing requests to answer, the paired browsers
 * (Settings), and clips that arrived, opened one at a time in the review step used for pastes.
 */
class BrowserClipperStore {
  #state = $state<BrowserClipperState | null>(null);
  #elsewhere = $state<string | null>(null);
  #opening = false;

  get state() {
    return this.#state;
  }

  /** On a page a team server serves: the server's words on where the clipper is paired instead. */
  get elsewhere() {
    return this.#elsewhere;
  }

  /** The oldest pairing request waiting for the user's answer. */
  get request(): PairingRequest | null {
    return this.#state?.requests[0] ?? null;
  }

  /** Follows the core's events from now on; returns a function that stops. */
  start(): () => void {
    const stop = api.events.subscribe((event) => {
      if (event.type === 'extension.changed') void this.refresh();
    });
    void this.refresh();
    return stop;
  }

  async refresh() {
    try {
      this.#state = await api.call('extension.state', {});
    } catch (err) {
      // A team server pairs no browser; elsewhere a library being moved or restored answers later,
      // and the next event reads the state again.
      if (team.onTeamServer) this.#elsewhere = describeError(err);
      return;
    }
    await this.openWaitingClip();
  }

  /** The next clip from the browser in the review step, unless the user is reviewing something already. */
  async openWaitingClip() {
    if (!this.#state?.waitingClips || pasteReview.isOpen || this.#opening) return;
    this.#opening = true;
    try {
      const clip = await api.call('extension.takeClip', {});
      if (clip) await pasteReview.openWithPaste(clip.text, clip.html, clip.url);
    } catch (err) {
      toasts.show(`The clip from your browser could not be opened: ${describeError(err)}`);
    } finally {
      this.#opening = false;
    }
  }

  async answer(request: PairingRequest, allow: boolean) {
    try {
      this.#state = await api.call('extension.answerPairing', { id: request.id, allow });
      toasts.show(allow ? `${request.name} is paired: its clips open here for review.` : `${request.name} was not paired.`);
    } catch (err) {
      toasts.show(describeError(err));
      await this.refresh();
    }
  }

  async revoke(id: string, name: string) {
    try {
      this.#state = await api.call('extension.revoke', { id });
      toasts.show(`${name} is no longer paired: Cuttings refuses its clips until you pair it again.`);
    } catch (err) {
      toasts.show(describeError(err));
    }
  }
}

export const browserClipper = new BrowserClipperStore();
