/** Argument names that hold the ids of what a call changed. */
const ID_KEYS = new Set(['id', 'ids', 'clipId', 'clipIds', 'collectionId', 'parentId', 'comparisonId']);
/** Arguments too large or too private for the log: the text itself stays in the library. */
const CONTENT_KEYS = new Set(['text', 'html', 'paste', 'body', 'raw', 'note', 'files', 'base64', 'patch', 'moved', 'removed', 'undo']);
/**
 * Arguments that say nothing more to a reader of the log: the version an edit was made against,
 * and the reviewed fields of a new clip, which is the clip the entry opens.
 */
const HIDDEN_KEYS = new Set(['version', 'draft']);
const MAX_VALUE_CHARS = 80;

function numbersIn(value: unknown): number[] {
  if (typeof value === 'number' && Number.isInteger(value)) return [value];
  if (Array.isArray(value)) return value.filter((v): v is number => typeof v === 'number' && Number.isInteger(v));
  return [];
}

function shortValue(value: unknown): string | null {
  if (typeof value === 'string') return JSON.stringify(value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return shortValue(value.join(', '));
  // A set of fields (an edit's) is named by the fields it changed, not their values.
  if (value && typeof value === 'object' && !Array.isArray(value)) return Object.keys(value).join(', ') || null;
  return null;
}

/**
 * What the audit log says about one write: the ids it touched (from its arguments, and the new
 * clip's or row's id or the clips changed from its answer) and its other small arguments. Long text, pastes and files
 * are named by size only, so the log says who did what without copying the library into it.
 */
export function describeWrite(args: unknown, value: unknown): { ids: number[]; summary: string } {
  const ids = new Set<number>();
  const parts: string[] = [];
  for (const [key, arg] of Object.entries(args && typeof args === 'object' ? args : {})) {
    if (HIDDEN_KEYS.has(key)) continue;
    if (ID_KEYS.has(key)) {
      numbersIn(arg).forEach((n) => ids.add(n));
      continue;
    }
    if (CONTENT_KEYS.has(key)) {
      if (Array.isArray(arg)) parts.push(`${key}: ${arg.length} item(s)`);
      else if (typeof arg === 'string') parts.push(`${key}: ${arg.length} characters`);
      else if (arg !== undefined && arg !== null) parts.push(`${key}: given`);
      continue;
    }
    const shown = shortValue(arg);
    if (shown !== null) parts.push(`${key}: ${shown}`);
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    if ('id' in value) numbersIn(value.id).forEach((n) => ids.add(n));
    // A change that finds its clips itself (a name renamed across the library) answers with them.
    if ('clipIds' in value) numbersIn(value.clipIds).forEach((n) => ids.add(n));
  }
  const list = [...ids].slice(0, 10_000);
  return { ids: list, summary: parts.join('; ') };
}
