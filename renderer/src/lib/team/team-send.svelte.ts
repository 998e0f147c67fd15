import { jobProgress } from '../../../../electron/shared/events/job-progress.js';
import { api, describeError } from '../api/api.js';
import type { TeamSendSummary } from '../../../../electron/shared/models/team-link.js';
import { library } from '../list/library.svelte.js';
import { clipCount } from '../ui/clip-count.js';
import { prompt } from '../ui/prompt.svelte.js';
import { toasts } from '../ui/toasts.svelte.js';
import { teamLinks, type TeamLink } from './team-links.svelte.js';
import { switchLibrary } from './switch-library.js';

const titled = (title: string | null) => (title ? `“${title}”` : 'an untitled clip');

/** The summary of a send in a sentence or three: what went, what was there already, what failed and why. */
export function describeSend(summary: TeamSendSummary, asked: number): string {
  const sent = summary.clips.filter((c) => c.outcome === 'sent');
  const there = summary.clips.filter((c) => c.outcome === 'duplicate');
  const failed = summary.clips.filter((c) => c.outcome === 'failed');
  const parts = [`Sent ${clipCount(sent.length)} to the team library ${summary.server}.`];
  if (there.length === 1) parts.push(`${titled(there[0]!.title)} was there already.`);
  else if (there.length) parts.push(`${clipCount(there.length)} were there already.`);
  if (failed.length) parts.push(`${clipCount(failed.length)} could not be sent: ${failed[0]!.message}`);
  if (summary.stopped) parts.push(`${clipCount(asked - summary.clips.length)} were not sent.`);
  parts.push(...summary.notices);
  return parts.join(' ');
}

/** Sending picked clips of the personal library to a team library, with progress and a summary. */
class TeamSendStore {
  #busy = $state(false);

  get busy() {
    return this.#busy;
  }

  /** The team library to send to: the only one signed in to, or the one the user picks. */
  async #target(): Promise<TeamLink | null> {
    await teamLinks.load();
    const signedIn = teamLinks.links.filter((l) => l.signedIn);
    if (signedIn.length === 0) {
      toasts.show('Sign in to a team library first: Open team library… asks for its address, your name and password.');
      teamLinks.openSignIn();
      return null;
    }
    if (signedIn.length === 1) return signedIn[0]!;
    const id = await prompt.ask({
      title: 'Send to which team library?',
      label: 'Team library',
      choices: signedIn.map((l) => ({ value: l.id, label: `${l.name} (${l.member})` })),
      confirm: 'Send',
    });
    return signedIn.find((l) => l.id === id) ?? null;
  }

  async send(clipIds: number[]) {
    if (this.#busy || clipIds.length === 0) return;
    const link = await this.#target();
    if (!link) return;
    if (link.role === 'reader') {
      toasts.show(
        `You are a reader in the team library ${link.name}: readers may read and search there, but not add clips. Ask one of its administrators for the editor role.`,
      );
      return;
    }
    this.#busy = true;
    const jobId = crypto.randomUUID();
    const stop = { label: 'Stop', run: () => void api.call('teams.sendCancel', { jobId }) };
    toasts.show(`Sending ${clipCount(clipIds.length)} to ${link.name}…`, stop);
    const stopFollowing = api.events.subscribe(
      jobProgress('teamSend', jobId, (progress) =>
        toasts.show(`Sending ${progress.done.toLocaleString()} of ${clipCount(progress.total)} to ${link.name}…`, stop),
      ),
    );
    try {
      const summary = await api.call('teams.send', { id: link.id, clipIds, jobId });
      const first = summary.clips.flatMap((c) => (c.outcome === 'failed' ? [] : [c]))[0];
      toasts.show(
        describeSend(summary, clipIds.length),
        first ? { label: 'Show', run: () => this.#reveal(link.id, first.teamClipId) } : null,
      );
    } catch (err) {
      toasts.show(describeError(err));
    } finally {
      stopFollowing();
      this.#busy = false;
    }
  }

  /** Shows the team library with a sent clip open. */
  async #reveal(linkId: string, teamClipId: number) {
    await switchLibrary(linkId);
    await library.reveal(teamClipId);
  }
}

export const teamSend = new TeamSendStore();
