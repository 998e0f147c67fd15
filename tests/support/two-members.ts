import { afterAll, beforeAll } from 'vitest';
import type { ApiErrorBody } from '../../electron/shared/api/errors.js';
import type { Invoke, TransportUnderTest } from './transports.js';

/** Two people working on one library, for the suites about changes that cross. */
export interface TwoMembers {
  ana: Invoke;
  bo: Invoke;
  /** A call that names no member. */
  nobody: Invoke;
  /** On a team library the two are signed-in members; on a library file they are its windows, unnamed. */
  team(): boolean;
}

/**
 * Connects before the suite's tests (and before the suite's own `beforeAll`s registered after this
 * call) and closes after them. Ana and Bo call through the transport as two members where the
 * library has members, and as the library file's windows where it has none.
 */
export function twoMembers(connect: () => Promise<TransportUnderTest>): TwoMembers {
  let t: TransportUnderTest | undefined;
  beforeAll(async () => {
    t = await connect();
  });
  afterAll(async () => t?.close());
  const as = (member: string | null): Invoke => {
    return (method, args) => {
      if (!t) throw new Error(`${method} was called before the library was connected.`);
      return ((member !== null && t.invokeAs?.(member)) || t.invoke)(method, args);
    };
  };
  return { ana: as('Ana Ruiz'), bo: as('Bo Lind'), nobody: as(null), team: () => t?.invokeAs !== undefined };
}

/** The method's value; a failure throws with its code and message, so the test names what went wrong. */
export async function answered<T>(invoke: Invoke, method: string, args: unknown): Promise<T> {
  const r = await invoke(method, args);
  if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

/** The error the method was refused with; throws when it succeeded instead. */
export async function refused(invoke: Invoke, method: string, args: unknown): Promise<ApiErrorBody> {
  const r = await invoke(method, args);
  if (r.ok) throw new Error(`${method} should have been refused`);
  return r.error;
}
