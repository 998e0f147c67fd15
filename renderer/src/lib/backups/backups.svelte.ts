import { ApiError } from '../../../../electron/shared/api/errors.js';
import { jobProgress } from '../../../../electron/shared/events/job-progress.js';
import { api, describeError } from '../api/api.js';
import type { BackupEntry, BackupsOverview, MoveProgress } from '../api/models.js';
import { formatMoment } from '../ui/dates.js';
import { library } from '../list/library.svelte.js';
import { clipCount } from '../ui/clip-count.js';
import { prompt } from '../ui/prompt.svelte.js';
import { reader } from '../clip/reader.svelte.js';
import { selection } from '../list/selection.svelte.js';
import { toasts } from '../ui/toasts.svelte.js';
import { undoStack } from '../ui/undo.svelte.js';

export type BackupSchedule = 'daily' | 'weekly' | 'off';
type Task = 'backup' | 'restore' | 'move' | 'settings';

/**
 * The "Library & backups" dialog: where the library is, its backups and their schedule, restore
 * and move. Open it from anywhere (the sidebar, the desktop menu) with `backupsDialog.open()`.
 */
class BackupsDialogStore {
  #isOpen = $state(false);
  #overview = $state<BackupsOverview | null>(null);
  #schedule = $state<BackupSchedule>('daily');
  #keep = $state(10);
  #task = $state<Task | null>(null);
  #error = $state<string | null>(null);
  #moveProgress = $state<MoveProgress | null>(null);
  #moveJob: string | null = null;

  get isOpen() {
    return this.#isOpen;
  }

  get overview() {
    return this.#overview;
  }

  get schedule() {
    return this.#schedule;
  }

  get keep() {
    return this.#keep;
  }

  /** What is being done right now, so the dialog can say so and hold other buttons. */
  get task() {
    return this.#task;
  }

  get error() {
    return this.#error;
  }

  /** How far the running move has got; null before the first report. */
  get moveProgress() {
    return this.#moveProgress;
  }

  async open() {
    this.#isOpen = true;
    this.#error = null;
    await this.reload();
  }

  close() {
    if (this.#task === 'restore' || this.#task === 'move') return;
    this.#isOpen = false;
  }

  async reload() {
    try {
      const [overview, settings] = await Promise.all([api.call('backups.list', {}), api.call('settings.get', {})]);
      this.#overview = overview;
      this.#schedule = settings.backupSchedule;
      this.#keep = settings.backupKeep;
    } catch (err) {
      this.#error = describeError(err);
    }
  }

  async backUpNow() {
    await this.#run('backup', async () => {
      const entry = await api.call('backups.create', {});
      await this.reload();
      toasts.show(`Backed up at ${formatMoment(entry.createdAt)}.`);
    });
  }

  async setSchedule(schedule: BackupSchedule) {
    await this.#run('settings', async () => {
      const settings = await api.call('settings.update', { patch: { backupSchedule: schedule } });
      this.#schedule = settings.backupSchedule;
    });
  }

  async setKeep(keep: number) {
    await this.#run('settings', async () => {
      const settings = await api.call('settings.update', { patch: { backupKeep: keep } });
      this.#keep = settings.backupKeep;
    });
  }

  /** Asks first; the core keeps the library as it is now in the list before replacing it. */
  async restore(backup: Pick<BackupEntry, 'path' | 'createdAt'> | { path: string; createdAt: null }) {
    const when = backup.createdAt ? `the backup of ${formatMoment(backup.createdAt)}` : backup.path;
    const answer = await prompt.ask({
      title: 'Restore this backup?',
      detail: `Your library will be replaced by ${when}. Cuttings first keeps the library as it is now, listed here as “Before restore”, so you can go back to it.`,
      confirm: 'Restore',
      danger: true,
    });
    if (answer === null) return;
    await this.#run('restore', async () => {
      const result = await api.call('backups.restore', { path: backup.path });
      await this.#showNewLibrary();
      toasts.show(`Restored ${clipCount(result.clips)}. The library as it was is kept as “Before restore”.`);
    });
  }

  /** Resolves true when the library now lives at `to`. */
  async move(to: string): Promise<boolean> {
    const jobId = crypto.randomUUID();
    this.#moveJob = jobId;
    this.#moveProgress = null;
    const stopFollowing = api.events.subscribe(
      jobProgress('move', jobId, (progress) => {
        if (this.#moveJob === jobId) this.#moveProgress = progress;
      }),
    );
    try {
      return await this.#run('move', async () => {
        const result = await api.call('library.move', { to, jobId });
        await this.#showNewLibrary();
        toasts.show(
          result.remembered
            ? `The library now lives at ${result.path}. The old file was left where it was.`
            : `Working from ${result.path} now. The next start opens ${result.previousPath} again, as it was opened by its path.`,
        );
      });
    } finally {
      stopFollowing();
      this.#moveJob = null;
      this.#moveProgress = null;
    }
  }

  async cancelMove() {
    if (this.#moveJob) await api.call('library.moveCancel', { jobId: this.#moveJob });
  }

  /** Everything on screen came from the library before: drop it and read the new one. */
  async #showNewLibrary() {
    undoStack.clear();
    selection.clear();
    await reader.select(null);
    await library.showView({ kind: 'all' });
    await this.reload();
  }

  async #run(task: Task, work: () => Promise<void>): Promise<boolean> {
    this.#task = task;
    this.#error = null;
    try {
      await work();
      return true;
    } catch (err) {
      // A cancelled task is what the user asked for, not a failure to explain.
      if (err instanceof ApiError && err.code === 'cancelled') toasts.show(err.message);
      else this.#error = describeError(err);
      return false;
    } finally {
      this.#task = null;
    }
  }
}

export const backupsDialog = new BackupsDialogStore();
