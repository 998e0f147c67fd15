import { CliError } from './cli-error.js';

/** A clip's number from the command line, as `cuttings list` prints it. */
export function parseClipId(value: string | undefined): number {
  if (!value) throw new CliError('Give the clip’s number, as shown by `cuttings list`.', 2);
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new CliError(`“${value}” is not a clip number; \`cuttings list\` shows them.`, 2);
  return id;
}
