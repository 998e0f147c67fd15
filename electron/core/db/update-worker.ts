import { parentPort, workerData } from 'node:worker_threads';
import { openLibrary } from './open-library.js';
import type { UpdateJob, UpdateMessage } from './update-library.js';

// Opening the library runs its migrations; the thread that asked is told how far they have got.
const { path, binding } = workerData as UpdateJob;
const tell = (message: UpdateMessage) => parentPort?.postMessage(message);
try {
  openLibrary(path, { ...binding, onMigrationProgress: (progress) => tell({ progress }) }).close();
  tell({ done: true });
} catch (err) {
  tell({ error: (err as Error).message });
}
