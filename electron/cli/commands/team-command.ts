import { userInfo } from 'node:os';
import type { Command, CommandContext } from '../command.js';
import { CliError } from '../cli-error.js';
import { isRole, ROLES, type Role } from '../../shared/api/roles.js';
import {
  addUser,
  appendAudit,
  countUsers,
  listAudit,
  listUsers,
  migratePostgres,
  removeUser,
  setPassword,
  setRole,
} from '../../core/index.js';
import { databaseUrl, singleFlag, withTeamDatabase } from '../team-database.js';
import { serveTeam } from './team-serve.js';

const USAGE = [
  'cuttings team init --database URL --admin NAME --password-stdin [--upgrade]',
  'cuttings team user add NAME --role admin|editor|reader --password-stdin | user password NAME --password-stdin',
  '                  | user remove NAME | user role NAME ROLE | user list',
  'cuttings team audit [--since DATE] [--user NAME] [--json]',
  'cuttings team serve --database URL --listen HOST:PORT [--plain-http] [--trust-proxy] [--session-hours N] [--login-rate N]',
].join('\n       ');

/** The password, read whole from standard input (a script's pipe, never a prompt); one trailing newline is dropped. */
async function passwordFromStdin(ctx: CommandContext): Promise<string> {
  if (ctx.flags['password-stdin'] !== true) {
    throw new CliError(
      'Give --password-stdin and the password on standard input, e.g. printf \'%s\' "$PASSWORD" | cuttings team ... --password-stdin. Passwords are never taken as arguments, which other users can see.',
      2,
    );
  }
  if (process.stdin.isTTY) {
    throw new CliError(
      '--password-stdin reads the password from a pipe or a file: printf \'%s\' "$PASSWORD" | cuttings team ..., or < password-file.',
      2,
    );
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

const NOTE = [
  'The library (clips, tags, highlights, collections, comparisons, indexes, settings, the Trash, dossiers,',
  'imports and exports) and its accounts, roles, sessions and audit log are kept in PostgreSQL (--database',
  'URL, or $CUTTINGS_TEAM_DATABASE); back it up with pg_dump, which replaces the app’s backups there.',
  'docs/team-server.md says how to set it all up.',
].join('\n');

function role(value: string | undefined): Role {
  if (!isRole(value)) throw new CliError(`"${value ?? ''}" is not a role. Give one of ${ROLES.join(', ')}.`, 2);
  return value;
}

/** The audit log's name for changes made at the command line: whoever ran it, on this machine. */
const commandLineUser = () => `cli:${userInfo().username}`;

async function init(ctx: CommandContext): Promise<void> {
  const url = databaseUrl(ctx);
  const upgrade = ctx.flags.upgrade === true;
  const admin = singleFlag(ctx, 'admin');
  if (!upgrade && !admin)
    throw new CliError('Name the first administrator with --admin NAME (and give their password with --password-stdin).', 2);
  const password = upgrade ? '' : await passwordFromStdin(ctx);
  await withTeamDatabase(url, async (pool) => {
    const report = await migratePostgres(pool);
    if (upgrade) {
      ctx.out(
        ctx.json
          ? JSON.stringify(report)
          : report.applied.length
            ? `Team library upgraded to schema ${report.version} (applied ${report.applied.join(', ')}).`
            : `Team library is up to date (schema ${report.version}).`,
      );
      return;
    }
    if ((await countUsers(pool)) > 0) {
      throw new CliError(
        'This team database is initialised already. Add people with `cuttings team user add`, or upgrade its schema with `cuttings team init --upgrade`.',
      );
    }
    const user = await addUser(pool, admin!, 'admin', password);
    await appendAudit(pool, { user: commandLineUser(), method: 'team.init', ids: [user.id], summary: `first admin: ${user.name}` });
    ctx.out(
      ctx.json
        ? JSON.stringify({ version: report.version, admin: user.name })
        : `Team library initialised (schema ${report.version}); ${user.name} is its admin. Start it with \`cuttings team serve\`.`,
    );
  });
}

async function user(ctx: CommandContext): Promise<void> {
  const [, verb, name, roleName] = ctx.args;
  const url = databaseUrl(ctx);
  if (verb === 'list') {
    return withTeamDatabase(url, async (pool) => {
      const users = await listUsers(pool);
      if (ctx.json) return ctx.out(JSON.stringify(users, null, 2));
      if (!users.length) return ctx.out('No users yet. Run `cuttings team init` first.');
      for (const u of users) ctx.out(`${u.name}\t${u.role}`);
    });
  }
  if (!name || !['add', 'password', 'remove', 'role'].includes(verb ?? '')) throw new CliError(`Usage: ${USAGE}`, 2);
  if (verb === 'add') {
    const newRole = role(singleFlag(ctx, 'role'));
    const password = await passwordFromStdin(ctx);
    return withTeamDatabase(url, async (pool) => {
      const added = await addUser(pool, name, newRole, password);
      await appendAudit(pool, {
        user: commandLineUser(),
        method: 'team.user.add',
        ids: [added.id],
        summary: `added ${added.name} as ${added.role}`,
      });
      ctx.out(ctx.json ? JSON.stringify(added) : `Added ${added.name} as ${added.role}.`);
    });
  }
  if (verb === 'password') {
    const password = await passwordFromStdin(ctx);
    return withTeamDatabase(url, async (pool) => {
      const changed = await setPassword(pool, name, password);
      await appendAudit(pool, {
        user: commandLineUser(),
        method: 'team.user.password',
        ids: [changed.id],
        summary: `new password for ${changed.name}; their sessions ended`,
      });
      ctx.out(
        ctx.json
          ? JSON.stringify(changed)
          : `${changed.name} has a new password and can sign in with it now; any lock is lifted, and their other sessions have ended.`,
      );
    });
  }
  if (verb === 'remove') {
    return withTeamDatabase(url, async (pool) => {
      const removed = await removeUser(pool, name);
      await appendAudit(pool, {
        user: commandLineUser(),
        method: 'team.user.remove',
        ids: [removed.id],
        summary: `removed ${removed.name} (${removed.role})`,
      });
      ctx.out(
        ctx.json
          ? JSON.stringify(removed)
          : `Removed ${removed.name}; their sessions have ended, and their history stays in the audit log.`,
      );
    });
  }
  const newRole = role(roleName);
  return withTeamDatabase(url, async (pool) => {
    const { user: changed, was } = await setRole(pool, name, newRole);
    await appendAudit(pool, {
      user: commandLineUser(),
      method: 'team.user.role',
      ids: [changed.id],
      summary: `${changed.name}: ${was} → ${changed.role}`,
    });
    ctx.out(
      ctx.json ? JSON.stringify(changed) : `${changed.name} is now ${changed.role === 'admin' ? 'an' : 'a'} ${changed.role} (was ${was}).`,
    );
  });
}

function sinceDate(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime()))
    throw new CliError(`--since takes a date such as 2026-03-01 or 2026-03-01T09:00:00Z; "${value}" is not one.`, 2);
  return date;
}

async function audit(ctx: CommandContext): Promise<void> {
  const since = sinceDate(singleFlag(ctx, 'since'));
  const who = singleFlag(ctx, 'user');
  await withTeamDatabase(databaseUrl(ctx), async (pool) => {
    const entries = await listAudit(pool, { since, user: who });
    if (ctx.json) return ctx.out(JSON.stringify(entries, null, 2));
    if (!entries.length) return ctx.out('Nothing in the audit log matches. Leave out --since or --user to see more.');
    for (const e of entries) {
      const ids = e.ids.length ? ` [${e.ids.slice(0, 10).join(', ')}${e.ids.length > 10 ? ', …' : ''}]` : '';
      const title = e.clipTitle ? `  “${e.clipTitle}”` : '';
      ctx.out(`${e.at.replace('T', ' ').slice(0, 19)}  ${e.user}  ${e.method}${ids}${title}  ${e.summary}`);
    }
  });
}

export const teamCommand: Command = {
  name: 'team',
  usage: USAGE,
  summary: 'a team library on PostgreSQL: its clips, accounts and roles, the audit log and the server',
  valueFlags: ['database', 'admin', 'role', 'since', 'user', 'listen', 'session-hours', 'login-rate'],
  async run(ctx) {
    const [verb] = ctx.args;
    if (verb === 'help' || ctx.flags.help === true) return ctx.out(`Usage: ${USAGE}\n\n${NOTE}`);
    if (verb === 'init') return init(ctx);
    if (verb === 'user') return user(ctx);
    if (verb === 'audit') return audit(ctx);
    if (verb === 'serve') return serveTeam(ctx, databaseUrl(ctx));
    throw new CliError(`Usage: ${USAGE}\n\n${NOTE}`, 2);
  },
};
