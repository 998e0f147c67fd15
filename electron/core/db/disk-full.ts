/**
 * A full disk reaches us as ENOSPC from Node's file calls, or as SQLITE_FULL ("database or disk is
 * full") from SQLite. Either way the write that failed is taken back whole (a transaction rolls
 * back, a temporary file is removed), so the message can say plainly what happened and that
 * nothing already saved was lost.
 */
export function isDiskFull(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  return (
    e?.code === 'ENOSPC' ||
    e?.code === 'SQLITE_FULL' ||
    e?.code === 'EDQUOT' ||
    /disk is full|no space left on device/i.test(String(e?.message ?? ''))
  );
}

/** The message for a failed write: a full disk said plainly, anything else as it came. */
export function describeWriteError(err: unknown, what: string, where: string): string {
  if (isDiskFull(err))
    return `The disk holding ${where} is full, so ${what} stopped. Nothing already saved was lost and no half-written file was left; free some space and try again.`;
  return (err as Error)?.message ?? String(err);
}
