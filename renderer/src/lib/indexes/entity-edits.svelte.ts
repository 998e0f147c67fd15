import { jobProgress } from '../../../../electron/shared/events/job-progress.js';
import type { EntityEditResult, EntityEditUndo, EntityUndoResult } from '../../../../electron/shared/models/entity-edit.js';
import { kindWord } from '../../../../electron/shared/organise/entity-names.js';
import { api, describeError } from '../api/api.js';
import type { EntityKind } from '../api/models.js';
import { reader } from '../clip/reader.svelte.js';
import { clipCount } from '../ui/clip-count.js';
import { toasts } from '../ui/toasts.svelte.js';
import { undoStack } from '../ui/undo.svelte.js';
import { indexes } from './indexes.svelte.js';

/** Below this many clips a change is over before a progress notice could be read. */
const PROGRESS_FROM_CLIPS = 25;

/** The sentence a finished change ends with, e.g. "in 12 clips". */
const inClips = (n: number) => `in ${clipCount(n)}`;

/**
 * A name of the people, places or organisations indexes changed in every clip naming it, from the
 * index's menu: each change is one request the core makes in one transaction, shows its progress
 * when it is long, and offers Undo (the button and Ctrl+Z), which puts back every clip that has
 * not changed again since.
 */
class EntityEditStore {
  #busy = $state(false);

  /** A change is running: the menus wait for it, so two never cross. */
  get busy() {
    return this.#busy;
  }

  rename(kind: EntityKind, name: string, newName: string, count: number) {
    return this.#change(
      count,
      `Renaming “${name}”`,
      'Could not rename',
      (jobId) => api.call('indexes.renameEntity', { kind, name, newName, jobId }),
      (result) =>
        result.merged
          ? `Merged “${name}” into “${newName.trim()}” ${inClips(result.clipIds.length)}.`
          : `Renamed “${name}” to “${newName.trim()}” ${inClips(result.clipIds.length)}.`,
    );
  }

  changeKind(kind: EntityKind, name: string, newKind: EntityKind, count: number) {
    const to = kindWord(newKind, true);
    return this.#change(
      count,
      `Making “${name}” ${to}`,
      `Could not make it ${to}`,
      (jobId) => api.call('indexes.renameEntity', { kind, name, newName: name, newKind, jobId }),
      (result) => `“${name}” is ${to} now ${inClips(result.clipIds.length)}${result.merged ? ', merged with the one already there' : ''}.`,
    );
  }

  remove(kind: EntityKind, name: string, count: number) {
    return this.#change(
      count,
      `Removing “${name}”`,
      'Could not remove it',
      (jobId) => api.call('indexes.removeEntity', { kind, name, jobId }),
      (result) => `Removed “${name}” from ${clipCount(result.clipIds.length)}.`,
    );
  }

  async #change(
    count: number,
    doing: string,
    failure: string,
    run: (jobId: string) => Promise<EntityEditResult>,
    done: (result: EntityEditResult) => string,
  ) {
    if (this.#busy) return;
    this.#busy = true;
    try {
      const result = await this.#following(count, doing, run);
      undoStack.offer(done(result), () => this.#undo(result.undo));
    } catch (err) {
      toasts.show(`${failure}: ${describeError(err)}`);
    } finally {
      this.#busy = false;
      await this.#showChanges();
    }
  }

  async #undo(undo: EntityEditUndo[]) {
    this.#busy = true;
    try {
      const result = await this.#following(undo.length, 'Putting the clips back', (jobId) =>
        api.call('indexes.undoEntityEdit', { undo, jobId }),
      );
      toasts.show(describeUndo(result));
    } catch (err) {
      toasts.show(`Could not undo: ${describeError(err)}`);
    } finally {
      this.#busy = false;
      await this.#showChanges();
    }
  }

  /** Runs a change under a job id; with many clips, its progress fills a notice while it runs. */
  async #following<T>(count: number, doing: string, run: (jobId: string) => Promise<T>): Promise<T> {
    const jobId = crypto.randomUUID();
    if (count < PROGRESS_FROM_CLIPS) return run(jobId);
    toasts.show(`${doing} ${inClips(count)}…`);
    const stop = api.events.subscribe(
      jobProgress('entityEdit', jobId, (p) => toasts.show(`${doing}: ${p.done.toLocaleString()} of ${clipCount(p.total)}…`)),
    );
    try {
      return await run(jobId);
    } finally {
      // A report still on its way must not cover what the change did.
      stop();
    }
  }

  /** The index and the open clip show the names as they are now at once; the list follows on library.edited. */
  async #showChanges() {
    indexes.reload();
    await reader.refreshQuietly();
  }
}

/** What an undo did, in a sentence or two: a clip changed since is named, as it was left alone. */
export function describeUndo(result: EntityUndoResult): string {
  const back = result.clipIds.length;
  const parts = [back === 0 ? 'No clip was put back.' : `Put back ${clipCount(back)} as ${back === 1 ? 'it was' : 'they were'}.`];
  if (result.changedSince.length) {
    const which = result.changedSince.length === 1 ? `clip ${result.changedSince[0]}` : clipCount(result.changedSince.length);
    parts.push(
      `Left ${which} as ${result.changedSince.length === 1 ? 'it is' : 'they are'}: changed again since, so correct ${result.changedSince.length === 1 ? 'its' : 'their'} names by hand.`,
    );
  }
  if (result.missing.length) parts.push(`${clipCount(result.missing.length)} had gone from the library.`);
  return parts.join(' ');
}

export const entityEdits = new EntityEditStore();
