import type { CoreEvent, JobKind, JobProgressByKind } from '../models/core-events.js';

/**
 * A listener for the core's event stream that passes on the progress reports of one job only:
 * the one of this kind the caller started under `jobId`.
 */
export function jobProgress<K extends JobKind>(
  kind: K,
  jobId: string,
  onProgress: (progress: JobProgressByKind[K]) => void,
): (event: CoreEvent) => void {
  return (event) => {
    if (event.type === 'job.progress' && event.kind === kind && event.jobId === jobId) onProgress(event.progress as JobProgressByKind[K]);
  };
}
