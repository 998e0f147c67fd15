import { randomUUID } from 'node:crypto';
import type { CommandContext } from './command.js';
import { jobProgress } from '../shared/events/job-progress.js';
import type { JobKind, JobProgressByKind } from '../shared/models/core-events.js';

interface FollowedJob<K extends JobKind> {
  kind: K;
  /** The method that stops a job of this kind, cleanly: nothing half-written is left. */
  cancel: 'dossier.cancel' | 'clips.rereadCancel';
  onProgress: (progress: JobProgressByKind[K]) => void;
}

/**
 * Runs a long core job under a fresh id, passing its progress on while it runs; Ctrl-C asks the
 * core to stop it rather than killing the process mid-write.
 */
export async function followJob<K extends JobKind, T>(
  ctx: CommandContext,
  job: FollowedJob<K>,
  run: (jobId: string) => Promise<T>,
): Promise<T> {
  const jobId = randomUUID();
  const stopListening = ctx.subscribe(jobProgress(job.kind, jobId, job.onProgress));
  const cancel = () => void ctx.call(job.cancel, { jobId });
  process.once('SIGINT', cancel);
  try {
    return await run(jobId);
  } finally {
    stopListening();
    process.off('SIGINT', cancel);
  }
}
