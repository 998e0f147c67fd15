import { EventEmitter } from 'node:events';
import type { DossierProgress } from '../../shared/models/dossier-progress.js';

export type { DossierProgress };

export interface DossierProgressEvent {
  jobId: string;
  progress: DossierProgress;
}

/**
 * Exports in progress, by the job id the caller chose, so `dossier.cancel` can stop one and
 * progress can be followed. The API has no event channel yet: the CLI (in-process) listens here,
 * and a transport can forward these events once the contract carries them.
 */
const running = new Map<string, AbortController>();
/** The last progress of each running job, for clients that ask (`dossier.progress`) over IPC or HTTP. */
const latest = new Map<string, DossierProgress>();
export const dossierEvents = new EventEmitter<{ progress: [DossierProgressEvent] }>();

export function startJob(jobId: string | undefined): { signal: AbortSignal; report: (p: DossierProgress) => void; finish: () => void } {
  const controller = new AbortController();
  if (jobId) running.set(jobId, controller);
  return {
    signal: controller.signal,
    report: (progress) => {
      if (!jobId) return;
      latest.set(jobId, progress);
      dossierEvents.emit('progress', { jobId, progress });
    },
    finish: () => {
      if (jobId && running.get(jobId) === controller) {
        running.delete(jobId);
        latest.delete(jobId);
      }
    },
  };
}

export function cancelJob(jobId: string): boolean {
  const controller = running.get(jobId);
  controller?.abort();
  return controller !== undefined;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs exports one at a time: each drives its own Chromium, and two at once would double the
 * memory (DESIGN.md budgets about 1 GB for one) on machines with a couple of cores.
 */
export function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export function jobProgress(jobId: string): { running: boolean; progress: DossierProgress | null } {
  return { running: running.has(jobId), progress: latest.get(jobId) ?? null };
}
