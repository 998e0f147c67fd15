import { afterAll, beforeAll } from 'vitest';
import { createCoreService, type CoreService } from '../../electron/core/core-service.js';
import { tempLibrary } from './temp-library.js';

/** Calls a core method as a transport would and returns its value; a refusal fails the test with the core's own words. */
export async function callCore<T>(core: CoreService, method: string, args: unknown): Promise<T> {
  const r = await core.dispatch(method, args);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

export interface TestCore {
  /** The running core, from the enclosing block's first test on. */
  readonly core: CoreService;
  /** The library's folder, where a test may write its files. */
  readonly dir: string;
  call<T>(method: string, args: unknown): Promise<T>;
}

/** A core over a fresh library file for the enclosing describe block (or file): opened before its tests, closed and removed after. */
export function useTestCore(prefix: string): TestCore {
  const lib = tempLibrary(prefix);
  let core: CoreService | undefined;
  beforeAll(() => {
    core = createCoreService(lib.path);
  });
  afterAll(() => {
    core?.close();
    lib.remove();
  });
  const opened = () => {
    if (!core) throw new Error('The test core opens in beforeAll: use it inside a test or a hook.');
    return core;
  };
  return {
    get core() {
      return opened();
    },
    dir: lib.dir,
    call: (method, args) => callCore(opened(), method, args),
  };
}
