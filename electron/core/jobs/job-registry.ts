import type { CoreEvent, JobKind, JobProgressByKind } from '../../shared/models/core-events.js';

export interface Job<K extends JobKind> {
  signal: AbortSignal;
  report(progress: JobProgressByKind[K]): void;
  finish(): void;
}

/**
 * Long tasks in progress, by the job id the caller chose: a cancel stops one, and each report
 * leaves the core as a `job.progress` event. A task started without an id runs the same way but
 * cannot be followed or cancelled.
 */
export class JobRegistry {
  readonly #running = new Map<string, AbortController>();
  readonly #emit: (event: CoreEvent) => void;

  constructor(emit: (event: CoreEvent) => void) {
    this.#emit = emit;
  }

  start<K extends JobKind>(kind: K, jobId: string | undefined): Job<K> {
    const controller = new AbortController();
    if (jobId) this.#running.set(jobId, controller);
    return {
      signal: controller.signal,
      report: (progress) => {
        if (jobId && !controller.signal.aborted) this.#emit({ type: 'job.progress', jobId, kind, progress } as CoreEvent);
      },
      finish: () => {
        if (jobId && this.#running.get(jobId) === controller) this.#running.delete(jobId);
      },
    };
  }

  /** True when a job with this id was running (it stops at its next check). */
  cancel(jobId: string): boolean {
    const controller = this.#running.get(jobId);
    controller?.abort();
    return controller !== undefined;
  }

  /** Stops every running job, when the core closes. */
  cancelAll(): void {
    for (const controller of this.#running.values()) controller.abort();
  }

  isRunning(jobId: string): boolean {
    return this.#running.has(jobId);
  }
}
