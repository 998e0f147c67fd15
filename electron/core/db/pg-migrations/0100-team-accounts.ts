import type { PgMigration } from './migration.js';

/**
 * A team library's people: accounts with their role, the sessions they signed in with, and the
 * audit log of what they changed. Numbered after the library's own tables (0010–0070), which the
 * accounts do not depend on; it mirrors no SQLite step, as a personal library has no accounts.
 *
 * Session tokens are stored as their SHA-256 only, so a copy of the database (a backup, a
 * replica) opens no session. The audit log names people by name, not by a key to `team_users`,
 * so removing an account keeps its history; a trigger refuses to change or delete its entries.
 */
export const teamAccounts: PgMigration = {
  version: 100,
  name: 'team-accounts',
  up: `
    CREATE TABLE team_users (
      id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      name           text COLLATE "C" NOT NULL UNIQUE,
      role           text NOT NULL CHECK (role IN ('reader', 'editor', 'admin')),
      password_hash  text NOT NULL,
      failed_logins  integer NOT NULL DEFAULT 0,
      locked_until   timestamptz,
      created_at     timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE team_sessions (
      token_sha256  bytea PRIMARY KEY,
      user_id       bigint NOT NULL REFERENCES team_users (id) ON DELETE CASCADE,
      csrf_token    text NOT NULL,
      created_at    timestamptz NOT NULL DEFAULT now(),
      expires_at    timestamptz NOT NULL,
      last_seen_at  timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX team_sessions_user ON team_sessions (user_id);
    CREATE INDEX team_sessions_expiry ON team_sessions (expires_at);

    CREATE TABLE team_audit (
      id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at         timestamptz NOT NULL DEFAULT now(),
      user_name  text COLLATE "C" NOT NULL,
      method     text COLLATE "C" NOT NULL,
      ids        bigint[] NOT NULL DEFAULT '{}',
      summary    text NOT NULL
    );
    CREATE INDEX team_audit_at ON team_audit (at);
    CREATE INDEX team_audit_user_at ON team_audit (user_name, at);

    CREATE FUNCTION team_audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'The audit log is append-only: its entries cannot be changed or deleted.'
        USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER team_audit_append_only BEFORE UPDATE OR DELETE ON team_audit
      FOR EACH ROW EXECUTE FUNCTION team_audit_refuse_change();
    CREATE TRIGGER team_audit_no_truncate BEFORE TRUNCATE ON team_audit
      FOR EACH STATEMENT EXECUTE FUNCTION team_audit_refuse_change();
  `,
};
