/** The fields a list can be sorted by, each either way. */
export const SORT_FIELDS = ['date', 'clipped', 'source', 'title'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortDirection = 'asc' | 'desc';

/** A field and a direction, e.g. 'date-desc': newest article first. */
export type FieldSort = `${SortField}-${SortDirection}`;

export const FIELD_SORTS = SORT_FIELDS.flatMap((field) => [`${field}-desc`, `${field}-asc`] as const) as readonly FieldSort[];

/** How a search's matches are ordered: best match first, or by a field. */
export type SearchSort = 'relevance' | FieldSort;
export const SEARCH_SORTS = ['relevance', ...FIELD_SORTS] as const satisfies readonly SearchSort[];

/** How a list view's clips are ordered: by a field, or (a regular collection) in its hand-set order. */
export type ListSort = 'collection' | FieldSort;
export const LIST_SORTS = ['collection', ...FIELD_SORTS] as const satisfies readonly ListSort[];

/** Any order a list pane can show: select all and Shift-ranges take the same one as the rows. */
export type ViewSort = ListSort | SearchSort;
export const VIEW_SORTS = ['relevance', 'collection', ...FIELD_SORTS] as const satisfies readonly ViewSort[];

/** All clips, a tag and the Trash open newest clipped first, as they always have. */
export const DEFAULT_LIST_SORT: FieldSort = 'clipped-desc';

/** The direction each field starts in when picked: dates newest first, names from A. */
export const NATURAL_DIRECTION: Record<SortField, SortDirection> = { date: 'desc', clipped: 'desc', source: 'asc', title: 'asc' };

export function fieldSort(field: SortField, direction: SortDirection): FieldSort {
  return `${field}-${direction}`;
}

export function splitFieldSort(sort: FieldSort): { field: SortField; direction: SortDirection } {
  const [field, direction] = sort.split('-') as [SortField, SortDirection];
  return { field, direction };
}

export function isFieldSort(sort: string): sort is FieldSort {
  return (FIELD_SORTS as readonly string[]).includes(sort);
}
