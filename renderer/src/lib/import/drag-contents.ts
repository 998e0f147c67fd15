/** What a drag from outside the window carries, as far as can be known before the drop. */
export type DragContents = { kind: 'files'; count: number; maybeFolders: boolean } | { kind: 'text' } | null;

export function dragContents(data: DataTransfer | null): DragContents {
  if (!data) return null;
  if (data.types.includes('Files')) {
    const files = Array.from(data.items).filter((item) => item.kind === 'file');
    // A folder, like a file of an unknown kind, has no type; which it is shows only at the drop.
    return { kind: 'files', count: files.length, maybeFolders: files.some((item) => item.type === '') };
  }
  if (data.types.includes('text/plain') || data.types.includes('text/html')) return { kind: 'text' };
  return null;
}

/** "Drop to import 12 files": the overlay's words for a drag. */
export function dropPrompt(contents: Exclude<DragContents, null>): string {
  if (contents.kind === 'text') return 'Drop to clip this text';
  const n = contents.count;
  if (contents.maybeFolders)
    return n === 1 ? 'Drop to import this file or folder' : `Drop to import ${n.toLocaleString()} files or folders`;
  return `Drop to import ${n.toLocaleString()} ${n === 1 ? 'file' : 'files'}`;
}
