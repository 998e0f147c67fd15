import { api, describeError } from '../api/api.js';
import type { DossierExport, DossierSpec } from '../api/models.js';

export type ExportPhase = 'idle' | 'exporting' | 'done' | 'cancelled' | 'failed';

/** One PDF export at a time: its job id (so it can be cancelled), and how it ended. */
class DossierExportStore {
  #phase = $state<ExportPhase>('idle');
  #result = $state<DossierExport | null>(null);
  #error = $state<string | null>(null);
  #jobId: string | null = null;

  get phase() {
    return this.#phase;
  }

  get result() {
    return this.#result;
  }

  get error() {
    return this.#error;
  }

  async start(clipIds: number[], spec: DossierSpec, outPath: string) {
    if (this.#phase === 'exporting') return;
    const jobId = crypto.randomUUID();
    this.#jobId = jobId;
    this.#phase = 'exporting';
    this.#result = null;
    this.#error = null;
    try {
      const result = await api.call('dossier.export', { clipIds, spec, outPath: outPath.trim(), format: 'pdf', jobId });
      if (this.#jobId !== jobId) return;
      this.#result = result;
      this.#phase = 'done';
    } catch (err) {
      if (this.#jobId !== jobId) return;
      this.#error = describeError(err);
      this.#phase = 'failed';
    } finally {
      if (this.#jobId === jobId) this.#jobId = null;
    }
  }

  /** Stops the running export; the core writes nothing, so there is nothing to clean up. */
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
