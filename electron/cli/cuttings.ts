import { parseArgs } from 'node:util';
import { terminalSafe } from './terminal-text.js';
import { ApiError } from '../shared/api/errors.js';
import type { Method } from '../shared/api/contract.js';
import { resolveLibraryPath, saveDownloadTo, type CoreService } from '../core/index.js';
import { openCore } from './open-core.js';
import { CliError } from './cli-error.js';
import type { Command, CommandContext } from './command.js';
import { addCommand, listCommand, parseCommand, searchCommand, showCommand } from './commands/clip-commands.js';
import { serveCommand } from './commands/serve-command.js';
import { teamCommand } from './commands/team-command.js';
import { compareCommand } from './commands/compare-command.js';
import { collectionCommand, tagCommand, untagCommand } from './commands/organise-commands.js';
import { backupCommand, importCommand, restoreCommand } from './commands/library-commands.js';
import { dossierCommand } from './commands/dossier-command.js';
import { exportCommand } from './commands/export-command.js';
import { editCommand, historyCommand } from './commands/edit-commands.js';
import { deleteCommand, trashCommand } from './commands/trash-commands.js';
import { rereadCommand } from './commands/reread-command.js';

const commands: Command[] = [
  parseCommand,
  addCommand,
  importCommand,
  listCommand,
  showCommand,
  editCommand,
  historyCommand,
  rereadCommand,
  searchCommand,
  tagCommand,
  untagCommand,
  deleteCommand,
  trashCommand,
  collectionCommand,
  compareCommand,
  dossierCommand,
  exportCommand,
  backupCommand,
  restoreCommand,
  serveCommand,
  teamCommand,
];

function help(): string {
  return [
    'Cuttings: a private, offline news-clipping library.',
    '',
    'Usage:',
    ...commands.flatMap((c) => [`  ${c.usage}`, `      ${c.summary}`]),
    '',
    'Every command takes --library PATH (else $CUTTINGS_LIBRARY, else the app’s library),',
    'and --json to print JSON only.',
  ].join('\n');
}

/** Commands that only read a paste still open the library, to report duplicates of saved clips. */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log(help());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) throw new CliError(`There is no command “${name}”.\n\n${help()}`, 2);

  const valueFlags = ['library', ...(command.valueFlags ?? [])];
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: false,
      options: Object.fromEntries([
        ...valueFlags.map((f) => [f, { type: 'string' as const, multiple: true }]),
        ['json', { type: 'boolean' as const }],
      ]),
    });
  } catch (err) {
    throw new CliError(`${(err as Error).message}\nUsage: ${command.usage}`, 2);
  }
  // Flag names are typed by the user: no prototype, so "--__proto__" or "--constructor" is a flag like any other.
  const flags: CommandContext['flags'] = Object.create(null);
  for (const [key, value] of Object.entries(parsed.values)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) flags[key] = value.length === 1 ? String(value[0]) : value.map(String);
    else flags[key] = value;
  }
  for (const f of valueFlags) {
    if (flags[f] === true) throw new CliError(`--${f} needs a value.\nUsage: ${command.usage}`, 2);
  }
  if (flags.help === true) {
    console.log(`Usage: ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  const libraryFlag = flags.library;
  if (Array.isArray(libraryFlag)) throw new CliError('Give --library once.', 2);

  let core: CoreService | null = null;
  const openedCore = () => (core ??= openCore(ctx.libraryPath));
  const ctx: CommandContext = {
    args: parsed.positionals,
    flags,
    json: flags.json === true,
    libraryPath: resolveLibraryPath(typeof libraryFlag === 'string' ? libraryFlag : undefined),
    async call(method: Method, args: unknown) {
      const result = await openedCore().dispatch(method, args);
      if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.changed);
      return result.value as never;
    },
    subscribe: (listener) => openedCore().subscribe(listener),
    async saveDownload(ready, path) {
      const download = openedCore().takeDownload(ready.downloadId);
      if (!download) throw new CliError('The export was made but is no longer held. Run the command again.');
      return saveDownloadTo(download, path);
    },
    out: (text) => process.stdout.write(terminalSafe(text) + '\n'),
  };
  try {
    await command.run(ctx);
  } finally {
    (core as CoreService | null)?.close();
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    // A command that finished but reported failures (an import with files it could not read) has set its own code.
    process.exitCode ??= code;
  },
  (err: unknown) => {
    if (err instanceof CliError || err instanceof ApiError) {
      process.stderr.write(`cuttings: ${terminalSafe(err.message)}\n`);
      process.exitCode = err instanceof CliError ? err.exitCode : 1;
    } else {
      process.stderr.write(`cuttings: unexpected error: ${terminalSafe((err as Error)?.stack ?? String(err))}\n`);
      process.exitCode = 70;
    }
  },
);
