import { Worker } from 'node:worker_threads';
import type { PasteJob, PasteJobAnswer, PasteJobResult, PasteRequest } from './paste-job.js';
import { workerBundle } from '../worker-bundle.js';

/** Loading the worker's libraries has its own allowance, so a worker that never starts cannot hold a paste either. */
const STARTUP_TIME_MS = 30_000;

/**
 * A worker left idle this long ends, and gives back the memory its libraries and the last page's
 * DOM hold (a large page leaves a hundred megabytes); the next paste starts another, which takes a
 * fraction of a second. Pastes in a row keep the one worker.
 */
const IDLE_END_MS = 60_000;

function workerPath(): string {
  const path = workerBundle('clipper/paste-worker', import.meta.url);
  if (!path) throw new Error('The paste reader is missing from this build. Run `npm run build` and try again.');
  return path;
}

/**
 * One worker for the pastes read off the core's thread, started on the first and kept while
 * pastes follow (unreferenced while idle, so it never keeps the process alive). A job's time runs
 * from when the worker has loaded its libraries and takes the job; a job that runs out of time
 * ends the worker, failing the jobs it held, and the next paste starts another.
 */
export class PasteWorker {
  #worker: Worker | null = null;
  #ready: Promise<boolean> = Promise.resolve(false);
  #nextId = 1;
  #pending = new Map<number, { resolve: (answer: PasteJobAnswer | null) => void; timer: NodeJS.Timeout }>();
  #idle: NodeJS.Timeout | undefined;
  #idleEndMs: number;

  constructor(idleEndMs = IDLE_END_MS) {
    this.#idleEndMs = idleEndMs;
  }

  /** From now on the worker stays up when idle: for a server, which reads pastes all day. */
  stayUp(): void {
    this.#idleEndMs = Infinity;
    clearTimeout(this.#idle);
  }

  /** True while a worker is started: between a paste and the end of the idle time after it. */
  get running(): boolean {
    return this.#worker !== null;
  }

  /** The worker's answer to the job, or null when it failed, ran out of time or could not start. */
  async run(request: PasteRequest, timeMs: number): Promise<PasteJobAnswer | null> {
    clearTimeout(this.#idle);
    const worker = this.#start();
    const id = this.#nextId++;
    const startup = setTimeout(() => this.#stop(worker), STARTUP_TIME_MS);
    const result = new Promise<PasteJobAnswer | null>((resolve) => this.#pending.set(id, { resolve, timer: startup }));
    worker.ref();
    if (!(await this.#ready) || this.#worker !== worker || !this.#pending.has(id)) {
      this.#settle(id, null);
      return result;
    }
    clearTimeout(startup);
    this.#pending.get(id)!.timer = setTimeout(() => this.#stop(worker), timeMs);
    worker.postMessage({ ...request, id } satisfies PasteJob);
    return result;
  }

  #settle(id: number, answer: PasteJobAnswer | null) {
    const job = this.#pending.get(id);
    if (!job) return;
    clearTimeout(job.timer);
    this.#pending.delete(id);
    if (!this.#pending.size) this.#rest();
    job.resolve(answer);
  }

  /** No job left: the worker may no longer hold the process open, and ends if no paste follows. */
  #rest() {
    const worker = this.#worker;
    if (!worker) return;
    worker.unref();
    clearTimeout(this.#idle);
    if (this.#idleEndMs === Infinity) return;
    this.#idle = setTimeout(() => this.#stop(worker), this.#idleEndMs);
    this.#idle.unref();
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(workerPath(), { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    this.#ready = new Promise((resolve) => {
      worker.once('message', (first: PasteJobResult | 'ready') => resolve(first === 'ready'));
      worker.once('exit', () => resolve(false));
    });
    worker.on('message', (result: PasteJobResult | 'ready') => {
      if (result === 'ready') return;
      const { id, ...answer } = result;
      this.#settle(id, 'error' in answer ? null : answer);
    });
    // A worker that dies (out of memory) fails only its own jobs.
    worker.on('error', () => this.#stop(worker));
    worker.on('exit', () => this.#stop(worker));
    worker.unref();
    this.#worker = worker;
    return worker;
  }

  #stop(worker: Worker) {
    if (this.#worker !== worker) return;
    this.#worker = null;
    void worker.terminate();
    for (const id of [...this.#pending.keys()]) this.#settle(id, null);
  }
}

/** The core's one paste worker. */
export const pasteWorker = new PasteWorker();
