import { describeError } from '../api/api.js';
import { reader } from '../clip/reader.svelte.js';
import { toasts } from '../ui/toasts.svelte.js';

/**
 * Runs a change to tags or collections. A failure is shown as a toast; after a success the
 * sidebar and list are reloaded (`reload`), and so is the open clip, which shows its tags and
 * collections. Returns whether the change was made.
 */
export async function runChange(failure: string, work: () => Promise<unknown>, reload: () => unknown): Promise<boolean> {
  try {
    await work();
  } catch (err) {
    toasts.show(`${failure}: ${describeError(err)}`);
    return false;
  }
  await Promise.all([reload(), reader.reload()]);
  return true;
}
