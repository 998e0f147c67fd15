import type { z } from 'zod';
import { cliOnlyMethods, contract, isMethod, type ApiHandlers, type Method } from '../shared/api/contract.js';
import { ApiError, type ApiResult } from '../shared/api/errors.js';
import { isWrite } from '../shared/api/roles.js';
import type { CoreEvent } from '../shared/models/core-events.js';

/** Runs a validated call: the core puts it through its library gate, a team core runs it as it is. */
export type CallRunner = (method: Method, call: () => unknown) => Promise<unknown>;

/**
 * One call from any transport: the method looked up, its input validated at the boundary, the
 * handler run by `runCall`, and any failure turned into the contract's `{ ok: false, error }`.
 * `missing` answers a method the handlers do not implement. The handlers are asked for when the
 * call runs, not when it arrives: a call held while the library switches runs on the new one.
 */
export async function dispatchCall(
  handlers: () => Partial<ApiHandlers>,
  method: unknown,
  args: unknown,
  runCall: CallRunner,
  options: { missing?: (method: Method) => ApiError; explain?: (err: unknown) => unknown } = {},
): Promise<ApiResult<unknown>> {
  if (!isMethod(method)) {
    return fail(new ApiError('unknown_method', `There is no API method called ${JSON.stringify(method)}.`));
  }
  try {
    if (!handlers()[method]) throw options.missing?.(method) ?? new ApiError('unknown_method', `${method} is not implemented here.`);
    const parsed = contract[method].input.safeParse(args ?? {});
    if (!parsed.success) throw new ApiError('bad_input', describeZodError(method, parsed.error));
    return { ok: true, value: await runCall(method, () => (handlers()[method] as (a: unknown) => unknown)(parsed.data)) };
  } catch (err) {
    return fail(options.explain ? options.explain(err) : err);
  }
}

type Dispatch = (method: unknown, args: unknown) => Promise<ApiResult<unknown>>;

/**
 * The same dispatch, announcing every write that succeeded (library.edited), so every window on
 * the library (another tab, a teammate, the extension) reads back what it shows.
 */
export function announcingWrites(dispatch: Dispatch, emit: (event: CoreEvent) => void): Dispatch {
  return async (method, args) => {
    const result = await dispatch(method, args);
    if (result.ok && isMethod(method) && isWrite(method)) emit({ type: 'library.edited', method });
    return result;
  };
}

/** What a page may not call: methods that write to a path it names. Null when the page may call it. */
export function refusedToPage(method: unknown): ApiResult<unknown> | null {
  if (!isMethod(method) || !cliOnlyMethods.has(method)) return null;
  return fail(
    new ApiError(
      'unauthorized',
      `${method} writes to a path on this computer, so only the cuttings command may call it. Download the file instead.`,
    ),
  );
}

function describeZodError(method: Method, error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return `The input to ${method} is not valid.`;
  const where = first.path.length ? first.path.join('.') : 'input';
  if (first.code === 'too_big') return `The ${where} given to ${method} is too large: ${first.message}.`;
  return `The ${where} given to ${method} is not valid: ${first.message}.`;
}

export function fail(err: unknown): { ok: false; error: { code: ApiError['code']; message: string } } {
  if (err instanceof ApiError) return { ok: false, error: err.toBody() };
  const message = err instanceof Error ? err.message : String(err);
  return { ok: false, error: { code: 'internal', message: `Something went wrong inside Cuttings: ${message}` } };
}
