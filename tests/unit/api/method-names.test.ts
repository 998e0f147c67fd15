import { describe, expect, expectTypeOf, it } from 'vitest';
import { methodNames, type Method } from '../../../electron/shared/api/contract.js';
import { isMethodName, METHOD_NAMES, type MethodName } from '../../../electron/shared/api/method-names.js';

describe('the preload’s list of method names', () => {
  it('is exactly the contract’s methods, each once', () => {
    // Checked by tsc (npm run typecheck): a name missing from either side, or misspelt, fails to compile.
    expectTypeOf<MethodName>().toEqualTypeOf<Method>();
    expect([...METHOD_NAMES].sort()).toEqual([...methodNames].sort());
  });

  it('knows no name outside the contract, nor one of an object’s own properties', () => {
    for (const name of ['shell.openExternal', '__proto__', 'constructor', 'toString', '', 'clips', 'clips.parse '])
      expect(isMethodName(name), name).toBe(false);
    expect(isMethodName('clips.parse')).toBe(true);
  });
});
