/** A tag path written the one way: trimmed segments, single slashes, no empty parts. */
export function normaliseTagName(name: string): string {
  return name
    .split('/')
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .join('/');
}

/** "region/europe/ukraine" → ["region", "region/europe", "region/europe/ukraine"]. */
export function tagAncestry(name: string): string[] {
  const parts = name.split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** True when `name` is `ancestor` or lies below it. */
export function isWithinTag(name: string, ancestor: string): boolean {
  const a = name.toLowerCase();
  const b = ancestor.toLowerCase();
  return a === b || a.startsWith(`${b}/`);
}

/** "region/europe/ukraine" → "ukraine": the part of a tag's path that tells it from its siblings. */
export function tagLeaf(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}
