/**
 * The core as the CLI, the HTTP server and the Electron shell see it: the service, and the few
 * things that work on a library file before or without a service (opening, recovery, backups).
 * Nothing outside electron/core imports anything else from it.
 */
export type { BrowserClipper } from './browser-clipper/browser-clipper.js';
export { createCoreService, type CoreOptions, type CoreService } from './core-service.js';
export { resolveLibraryPath } from './library-location.js';
export { nativeBindingPath } from './db/native-binding.js';
export { needsUpdate, updateLibraryApart } from './db/update-library.js';
export { LibraryRefusedError } from './db/open-library.js';
export type { MigrationProgress } from './db/migrations/migration.js';
export { recoveryHint } from './db/recovery-hint.js';
export { syncedFolderOf, syncedFolderWarning } from './db/synced-folder.js';
export { backupLibrary, restoreLibrary } from './db/backup.js';
export { backupFolder, listBackups } from './db/auto-backup.js';
export { draftFromPaste, readEveryPasteInWorker, type Paste, type PasteReading } from './clipper/draft-from-paste.js';
export { warmPasteReading } from './clipper/warm-up.js';
export { pasteFromFile } from './import/paste-from-file.js';
export { findImportFiles } from './import/find-import-files.js';
export type { LibraryImportSummary } from './transfer/import-library.js';
export { saveDownloadTo, type Download } from './transfer/downloads.js';
export { checkWritable } from './dossier/atomic-write.js';
export {
  layoutTimeout,
  printUntilCancelled,
  RenderCancelled,
  waitForLayout,
  type LayoutState,
  type PdfRenderer,
  type PdfRenderOptions,
} from './dossier/pdf-renderer.js';
export { openTeamPool, explainDatabaseError, describeAddress, TeamDatabaseError } from './team/accounts/team-database.js';
export { migratePostgres, pendingPostgresMigrations, type MigrationReport } from './db/pg-migrations/migrate.js';
export {
  addUser,
  countUsers,
  findUser,
  listUsers,
  removeUser,
  setPassword,
  setRole,
  AccountError,
  type TeamUser,
} from './team/accounts/users.js';
export { MIN_PASSWORD_LENGTH, passwordProblem } from './team/accounts/passwords.js';
export { checkLogin, DEFAULT_LOCKOUT, type LockoutPolicy, type LoginResult } from './team/accounts/login.js';
export {
  openSession,
  sessionUser,
  closeSession,
  deleteExpiredSessions,
  DEFAULT_SESSION_MS,
  type SessionUser,
} from './team/accounts/sessions.js';
export { appendAudit, listAudit, type AuditEntry, type AuditFilter } from './team/accounts/audit.js';
export { createTeamCore, notInTeamLibrary, type TeamCore } from './team/team-core.js';
export { databaseUnreachable, postgresLibrary } from './db/postgres-database.js';
