/** Error codes that cross every transport. The UI picks its wording by code; `message` is for people. */
export type ApiErrorCode =
  | 'bad_input'
  | 'not_found'
  | 'unknown_method'
  | 'unauthorized'
  /** Signed in, but the account's role does not allow the method (a team library). */
  | 'forbidden'
  /** Too many tries in a short time (a team server's login); wait and try again. */
  | 'rate_limited'
  | 'conflict'
  | 'library_unavailable'
  /** The library is open read-only (its file or folder cannot be written): nothing can change it. */
  | 'read_only'
  | 'too_large'
  /** The method exists, but this kind of library does not offer it yet (a team library on PostgreSQL). */
  | 'not_available'
  | 'cancelled'
  | 'internal';

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Thrown by the core; transports turn it into `{ ok: false, error }`. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message };
  }
}

/** The one answer for a clip id that names no clip, whichever method was given it. */
export function noSuchClip(id: number): ApiError {
  return new ApiError('not_found', `There is no clip ${id}. It may have been deleted for good; choose another clip.`);
}
