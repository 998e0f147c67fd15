/** Items handled between two turns of the event loop: a few milliseconds of work at most. */
const ITEMS_PER_TURN = 4;

const turn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * `each` over the items, letting the event loop run after every few, so a transaction under way
 * meanwhile gets its answers and sends its next statement instead of waiting for the whole lot.
 */
export async function mapBetweenTurns<Item, Result>(items: readonly Item[], each: (item: Item) => Result): Promise<Result[]> {
  const results: Result[] = [];
  for (const item of items) {
    results.push(each(item));
    if (results.length % ITEMS_PER_TURN === 0) await turn();
  }
  return results;
}

/**
 * Writes batches in order, each after the one before has been written, and makes each batch ready
 * (`prepare`, work of this process) while the one before is being written: the database works on
 * one batch while this process makes the next. A failed write stops the rest and is thrown; no
 * write is left running when this returns or throws.
 */
export async function writeOverlapped<Batch, Ready>(
  batches: AsyncIterable<Batch> | Iterable<Batch>,
  prepare: (batch: Batch) => Promise<Ready>,
  write: (ready: Ready) => Promise<void>,
): Promise<void> {
  let writing: Promise<void> = Promise.resolve();
  try {
    for await (const batch of batches) {
      const ready = await prepare(batch);
      await writing;
      writing = write(ready);
      // Awaited before the next write or at the end; until then its failure is not unhandled.
      writing.catch(() => undefined);
    }
  } catch (err) {
    await writing.catch(() => undefined);
    throw err;
  }
  await writing;
}
