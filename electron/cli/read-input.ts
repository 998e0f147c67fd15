import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Paste } from '../core/clipper/draft-from-paste.js';
import { CliError } from './cli-error.js';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** FILE or `-` (standard input) as a paste; .html files are read as HTML. */
export async function readPaste(file: string | undefined): Promise<Paste> {
  if (!file) throw new CliError('Give a file to read, or - to read standard input.', 2);
  if (file === '-') return { text: await readStdin() };
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`There is no file at ${file}.`);
    if (code === 'EISDIR') throw new CliError(`${file} is a folder; give a file (use \`cuttings import\` for folders).`);
    throw new CliError(`Cannot read ${file}: ${(err as Error).message}`);
  }
  return HTML_EXTENSIONS.has(extname(file).toLowerCase()) ? { text: '', html: content } : { text: content };
}
