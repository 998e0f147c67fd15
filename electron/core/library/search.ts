import type { LibraryDatabase } from '../db/library-database.js';
import { sqliteConnection } from '../db/sqlite-database.js';
import type { SearchResult, SearchSort } from '../../shared/models/clip.js';
import { searchClipIds, searchClips } from './search-fts.js';
import type { SearchOptions } from './search-results.js';
import { tsvectorSearch, tsvectorSearchIds } from './search-tsvector.js';

export type { SearchOptions } from './search-results.js';

/**
 * Search, the one place the two engines answer with different SQL: a SQLite library through its
 * FTS5 index (search-fts.ts), a PostgreSQL library through the clips' tsvector documents
 * (search-tsvector.ts). Both read the query with the same parser and give the same clips;
 * relevance ranks title matches first on both, though the scores differ.
 */
export async function searchLibrary(db: LibraryDatabase, query: string, opts: SearchOptions): Promise<SearchResult> {
  return db.dialect === 'sqlite' ? searchClips(sqliteConnection(db), query, opts) : tsvectorSearch(db, query, opts);
}

/** Every match's id in the order the list shows them, for "select all". */
export async function searchLibraryIds(db: LibraryDatabase, query: string, sort: SearchSort): Promise<number[]> {
  return db.dialect === 'sqlite' ? searchClipIds(sqliteConnection(db), query, sort) : tsvectorSearchIds(db, query, sort);
}
