import { jobProgress } from '../../../../electron/shared/events/job-progress.js';
import { api, describeError } from '../api/api.js';
import { saveDownload } from '../api/download.js';
import type { DossierProgress, DossierSpec, DownloadFormat, DownloadReady } from '../api/models.js';
import { ApiError } from '../../../../electron/shared/api/errors.js';
import type { DossierSection } from '../../../../electron/shared/organise/collection-sections.js';

export type ExportPhase = 'idle' | 'exporting' | 'done' | 'cancelled' | 'failed';

/** The clips of an export: the ids in print order, or a collection (the JSON export carries the collection itself). */
export type ExportSource = { clipIds: number[]; comparisonIds?: number[]; sections?: DossierSection[] } | { collection: string };

/** One export at a time: its job id (so it can be cancelled), its format, and how it ended. */
class DossierExportStore {
  #phase = $state<ExportPhase>('idle');
  #format = $state<DownloadFormat>('pdf');
  #result = $state<DownloadReady | null>(null);
  #error = $state<string | null>(null);
  #progress = $state<DossierProgress | null>(null);
  #jobId: string | null = null;

  get phase() {
    return this.#phase;
  }

  /** The format chosen in the builder; bindable. */
  get format() {
    return this.#format;
  }

  set format(format: DownloadFormat) {
    this.#format = format;
  }

  /** The last file saved: its name, size and pages. */
  get result() {
    return this.#result;
  }

  get error() {
    return this.#error;
  }

  /** The running export's last reported stage, null until it reports one. */
  get progress() {
    return this.#progress;
  }

  /** True when the file was made and handed to the user to save. */
  async start(source: ExportSource, spec: DossierSpec): Promise<boolean> {
    if (this.#phase === 'exporting') return false;
    const jobId = crypto.randomUUID();
    this.#jobId = jobId;
    this.#phase = 'exporting';
    this.#result = null;
    this.#error = null;
    this.#progress = null;
    const stopFollowing = api.events.subscribe(
      jobProgress('dossier', jobId, (progress) => {
        if (this.#jobId === jobId) this.#progress = progress;
      }),
    );
    try {
      const ready = await api.call('dossier.download', { ...source, spec, format: this.#format, jobId });
      if (this.#jobId !== jobId) return false;
      const { saved } = await saveDownload(ready);
      if (this.#jobId !== jobId) return false;
      this.#result = ready;
      this.#phase = saved ? 'done' : 'cancelled';
      return saved;
    } catch (err) {
      if (this.#jobId !== jobId) return false;
      const cancelled = err instanceof ApiError && err.code === 'cancelled';
      this.#error = cancelled ? null : describeError(err);
      this.#phase = cancelled ? 'cancelled' : 'failed';
      return false;
    } finally {
      stopFollowing();
      if (this.#jobId === jobId) this.#jobId = null;
    }
  }

  /** Stops the running export; nothing is saved, so there is nothing to clean up. */
  async cancel() {
    const jobId = this.#jobId;
    if (!jobId) return;
    this.#jobId = null;
    this.#phase = 'cancelled';
    try {
      await api.call('dossier.cancel', { jobId });
    } catch (err) {
      this.#error = describeError(err);
    }
  }

  /** Forgets how the last export ended, e.g. when the builder opens again. */
  reset() {
    if (this.#phase !== 'exporting') {
      this.#phase = 'idle';
      this.#result = null;
      this.#error = null;
    }
  }
}

export const dossierExport = new DossierExportStore();
