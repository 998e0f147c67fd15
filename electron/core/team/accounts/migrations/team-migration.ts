/** One step of a team database's schema, run inside the migration's transaction (PostgreSQL's DDL is transactional). */
export interface TeamMigration {
  version: number;
  name: string;
  up: string;
}
