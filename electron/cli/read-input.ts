import { type Paste, pasteFromFile } from '../core/index.js';
import { CliError } from './cli-error.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** FILE or `-` (standard input) as a paste; .html files are read as HTML, .eml as an e-mail. */
export async function readPaste(file: string | undefined): Promise<Paste> {
  if (!file) throw new CliError('Give a file to read, or - to read standard input.', 2);
  if (file === '-') return { text: await readStdin() };
  try {
    return pasteFromFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`There is no file at ${file}.`);
    if (code === 'EISDIR') throw new CliError(`${file} is a folder; give a file (use \`cuttings import\` for folders).`);
    throw new CliError(`Cannot read ${file}: ${(err as Error).message}`);
  }
}
