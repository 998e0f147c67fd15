import { CLIPS_TYPE, readIds } from '../ui/drag-drop.js';

/** Puts clips on a drag: their ids for the sidebar and the list, words for anywhere else. */
export function carryClips(event: DragEvent, ids: number[]) {
  const data = event.dataTransfer;
  if (!data) return;
  data.setData(CLIPS_TYPE, JSON.stringify(ids));
  data.setData('text/plain', ids.length === 1 ? `clip ${ids[0]}` : `${ids.length} clips`);
  data.effectAllowed = 'copyMove';
  if (ids.length > 1) showCount(data, ids.length);
}

/** Several clips travel as a badge with their number, not the picture of the one row grabbed. */
function showCount(data: DataTransfer, count: number) {
  const badge = document.createElement('div');
  badge.className = 'drag-count';
  badge.textContent = `${count.toLocaleString()} clips`;
  document.body.append(badge);
  data.setDragImage(badge, -10, -10);
  // The browser takes its picture of the badge as the drag starts; it is not needed after that.
  setTimeout(() => badge.remove());
}

/** Where a clip dragged over the row at `index` would land: above it in its top half, else below. */
export function dropSlot(event: DragEvent, index: number): number {
  const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
  return event.clientY - box.top < box.height / 2 ? index : index + 1;
}

/** The dropped clip and the index it moves to, counted once it has left its old place; null for other drops. */
export function droppedMove(event: DragEvent, slot: number, indexOf: (id: number) => number): { id: number; index: number } | null {
  const [id] = readIds(event, CLIPS_TYPE);
  if (id === undefined) return null;
  const from = indexOf(id);
  return { id, index: from !== -1 && from < slot ? slot - 1 : slot };
}
