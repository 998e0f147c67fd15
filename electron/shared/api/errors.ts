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
  /**
   * A save named the version of a clip or collection it last read, and someone has changed it
   * since: nothing was written. The error's `changed` says who and when.
   */
  | 'stale_version'
  | 'library_unavailable'
  /** The library is open read-only (its file or folder cannot be written): nothing can change it. */
  | 'read_only'
  | 'too_large'
  /** The method exists, but this kind of library does not offer it yet (a team library on PostgreSQL). */
  | 'not_available'
  | 'cancelled'
  | 'internal';

/** Who last changed a row and when: null `by` when the library does not know (a personal library). */
export interface RowChange {
  by: string | null;
  /** ISO 8601. */
  at: string;
}

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
  /** With `stale_version`: the change that the refused save would have overwritten. */
  changed?: RowChange;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Thrown by the core; transports turn it into `{ ok: false, error }`. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly changed?: RowChange,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ApiErrorBody {
    return this.changed ? { code: this.code, message: this.message, changed: this.changed } : { code: this.code, message: this.message };
  }
}

/** The one answer for a clip id that names no clip, whichever method was given it. */
export function noSuchClip(id: number): ApiError {
  return new ApiError('not_found', `There is no clip ${id}. It may have been deleted for good; choose another clip.`);
}
