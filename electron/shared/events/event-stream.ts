/** A minimal typed broadcast: listeners are called in order; one that throws does not stop the others. */
export interface EventStream<T> {
  emit(event: T): void;
  /** Returns a function that stops listening. */
  subscribe(listener: (event: T) => void): () => void;
}

export function createEventStream<T>(onListenerError: (err: unknown) => void = () => undefined): EventStream<T> {
  const listeners = new Set<(event: T) => void>();
  return {
    emit(event) {
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (err) {
          onListenerError(err);
        }
      }
    },
    subscribe(listener) {
      const own = (event: T) => listener(event);
      listeners.add(own);
      return () => void listeners.delete(own);
    },
  };
}
