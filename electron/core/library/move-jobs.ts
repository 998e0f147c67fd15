import type { MoveProgress } from '../../shared/models/backups.js';

/** Moves in progress by the job id the caller chose, so the UI can follow one and cancel it. */
const running = new Map<string, { controller: AbortController; progress: MoveProgress | null }>();

export function startMoveJob(jobId: string | undefined): { signal: AbortSignal; report: (p: MoveProgress) => void; finish: () => void } {
  const job = { controller: new AbortController(), progress: null as MoveProgress | null };
  if (jobId) running.set(jobId, job);
  return {
    signal: job.controller.signal,
    report: (progress) => {
      job.progress = progress;
    },
    finish: () => {
      if (jobId && running.get(jobId) === job) running.delete(jobId);
    },
  };
}

export function moveProgress(jobId: string): { running: boolean; progress: MoveProgress | null } {
  const job = running.get(jobId);
  return { running: job !== undefined, progress: job?.progress ?? null };
}

export function cancelMove(jobId: string): boolean {
  const job = running.get(jobId);
  job?.controller.abort();
  return job !== undefined;
}
