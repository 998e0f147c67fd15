/** Private drag types, so a drop can tell clips from collections and ignore text dragged in from elsewhere. */
export const CLIPS_TYPE = 'application/x-cuttings-clips';
export const COLLECTION_TYPE = 'application/x-cuttings-collection';

/** Where over a row a collection is dropped: the top and bottom quarters place it beside, the middle inside. */
export type DropPlace = 'before' | 'inside' | 'after';

export function dropPlace(event: DragEvent, element: HTMLElement): DropPlace {
  const box = element.getBoundingClientRect();
  const y = (event.clientY - box.top) / box.height;
  return y < 0.25 ? 'before' : y > 0.75 ? 'after' : 'inside';
}

export function readIds(event: DragEvent, type: string): number[] {
  const data = event.dataTransfer?.getData(type);
  if (!data) return [];
  try {
    const parsed: unknown = JSON.parse(data);
    return Array.isArray(parsed) ? parsed.filter((n): n is number => Number.isInteger(n)) : [];
  } catch {
    return [];
  }
}

export const carries = (event: DragEvent, type: string) => event.dataTransfer?.types.includes(type) ?? false;
