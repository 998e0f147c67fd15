import type { FieldFilter, QueryNode } from '../../shared/search/query-parser.js';
import { spellingsOf } from '../../shared/text/name-key.js';
import { sql, type Query } from '../db/sql.js';

/**
 * The spellings a name filter (`person:`, `place:`, `org:`, `said:`) stands for. The name key
 * (accents, case and spacing aside) is one JavaScript rule, so rather than teach it to each
 * engine's SQL, a search reads the distinct names of the kinds its filters ask for, keeps those
 * with the wanted key, and the filter binds them as a list: the same rule the indexes group by.
 */
export type NameField = 'person' | 'place' | 'org' | 'said';

const nameFields: ReadonlySet<string> = new Set<NameField>(['person', 'place', 'org', 'said']);

/** The entity kind each entity filter names. */
export const entityKind = { person: 'person', place: 'place', org: 'organization' } as const;

const isNameField = (field: string): field is NameField => nameFields.has(field);

/**
 * Every distinct name of one kind. Each reads an index (entities' unique (kind, name), quotes'
 * speaker), never the clips, so its cost grows with the names a library holds, not its clips.
 */
export function distinctNames(field: NameField): Query {
  return field === 'said'
    ? sql`SELECT DISTINCT speaker FROM quotes WHERE speaker IS NOT NULL`
    : sql`SELECT name FROM entities WHERE kind = ${entityKind[field]}`;
}

/** The kinds of name the query's filters ask for, each once. */
export function nameFieldsIn(root: QueryNode | null): NameField[] {
  const found = new Set<NameField>();
  const walk = (node: QueryNode): void => {
    if (node.kind === 'filter') {
      if (isNameField(node.filter.field)) found.add(node.filter.field);
    } else if (node.kind === 'not') walk(node.child);
    else if (node.kind === 'and' || node.kind === 'or') node.children.forEach(walk);
  };
  if (root) walk(root);
  return [...found];
}

/** The spellings each name filter of one search finds, over the names read for it. */
export class NameSpellings {
  readonly #names: ReadonlyMap<NameField, readonly string[]>;

  constructor(names: Iterable<readonly [NameField, readonly string[]]>) {
    this.#names = new Map(names);
  }

  of(filter: FieldFilter & { field: NameField }): string[] {
    const names = this.#names.get(filter.field);
    if (!names) throw new Error(`The ${filter.field} names were not read for this search.`);
    return spellingsOf(names, filter.value);
  }
}
