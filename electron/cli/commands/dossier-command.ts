import type { Command, CommandContext } from '../command.js';
import { CliError } from '../cli-error.js';
import { fileSize } from '../../shared/text/file-size.js';
import { followJob } from '../follow-job.js';
import type { ApiInput } from '../../shared/api/contract.js';
import { DOSSIER_FORMATS, DOSSIER_ORDERS, type DossierFormat, type DossierOrder } from '../../shared/models/dossier-formats.js';
import type { DossierProgress } from '../../shared/models/dossier-progress.js';

const PARTS = ['cover', 'contents', 'introduction', 'overview', 'sections', 'indexes'] as const;

function single(ctx: CommandContext, flag: string): string | undefined {
  const value = ctx.flags[flag];
  if (value === undefined) return undefined;
  if (Array.isArray(value)) throw new CliError(`Give --${flag} once.`, 2);
  if (value === true) throw new CliError(`--${flag} needs a value.`, 2);
  return value as string;
}

function parseIds(text: string): number[] {
  const ids = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(Number);
  if (!ids.length || ids.some((n) => !Number.isInteger(n) || n <= 0)) {
    throw new CliError('--ids takes clip numbers separated by commas, e.g. --ids 12,15,31', 2);
  }
  return ids;
}

const isDossierFormat = (s: string): s is DossierFormat => (DOSSIER_FORMATS as readonly string[]).includes(s);
const isDossierOrder = (s: string): s is DossierOrder => (DOSSIER_ORDERS as readonly string[]).includes(s);

/** The format a file name asks for: .html or .htm, .md or .markdown, .docx, else PDF. */
function formatFromName(path: string): DossierFormat {
  if (/\.html?$/i.test(path)) return 'html';
  if (/\.(md|markdown)$/i.test(path)) return 'md';
  if (/\.docx$/i.test(path)) return 'docx';
  return 'pdf';
}

function describe(p: DossierProgress): string {
  switch (p.stage) {
    case 'building':
      return `Building the document from ${p.clips} clip${p.clips === 1 ? '' : 's'}…`;
    case 'starting':
      return 'Starting Chromium…';
    case 'layout':
      return `Laying out pages… ${p.pages}`;
    case 'printing':
      return `Printing ${p.pages} pages to PDF…`;
    case 'writing':
      return 'Writing the file…';
  }
}

/** One status line on stderr, rewritten in place on a terminal; whole lines when piped to a log. */
function progressLine(): { show: (p: DossierProgress) => void; end: () => void } {
  const tty = process.stderr.isTTY === true;
  let lastStage = '';
  let shown = false;
  return {
    show(p) {
      if (tty) {
        process.stderr.write(`\r\u001b[2K${describe(p)}`);
        shown = true;
      } else if (p.stage !== lastStage) {
        process.stderr.write(`${describe(p)}\n`);
      }
      lastStage = p.stage;
    },
    end() {
      if (shown) process.stderr.write('\r\u001b[2K');
    },
  };
}

export const dossierCommand: Command = {
  name: 'dossier',
  usage:
    'cuttings dossier --collection NAME | --ids ID,ID... --out FILE.pdf [--title T] [--format pdf|html|md|docx] [--order collection|date-asc|date-desc]',
  summary:
    'a PDF briefing dossier (HTML, Markdown or Word by --format or the file name); also --author --subtitle --organisation --marking --date --paper Letter --omit overview,…',
  valueFlags: [
    'collection',
    'ids',
    'out',
    'title',
    'format',
    'order',
    'subtitle',
    'author',
    'organisation',
    'marking',
    'date',
    'paper',
    'omit',
  ],
  async run(ctx) {
    const collection = single(ctx, 'collection');
    const idsFlag = single(ctx, 'ids');
    const out = single(ctx, 'out');
    if (!out) throw new CliError(`Say where to write the dossier with --out FILE.pdf.\nUsage: ${this.usage}`, 2);
    if (!collection === !idsFlag) throw new CliError(`Give either --collection NAME or --ids ID,ID...\nUsage: ${this.usage}`, 2);
    const format = single(ctx, 'format') ?? formatFromName(out);
    if (!isDossierFormat(format)) throw new CliError(`--format is ${DOSSIER_FORMATS.join(', ')}.`, 2);
    const order = single(ctx, 'order') ?? 'collection';
    if (!isDossierOrder(order)) throw new CliError(`--order is ${DOSSIER_ORDERS.join(', ')}.`, 2);
    const paper = single(ctx, 'paper') ?? 'A4';
    const paperSize = paper.toLowerCase() === 'letter' ? 'Letter' : paper.toUpperCase() === 'A4' ? 'A4' : null;
    if (!paperSize) throw new CliError('--paper is A4 or Letter.', 2);
    const omit = (single(ctx, 'omit') ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean);
    const unknown = omit.filter((p) => !(PARTS as readonly string[]).includes(p));
    if (unknown.length) throw new CliError(`--omit takes parts from: ${PARTS.join(', ')}.`, 2);

    const spec: ApiInput<'dossier.export'>['spec'] = {
      paperSize,
      order,
      parts: Object.fromEntries(PARTS.map((p) => [p, !omit.includes(p)])),
    };
    // A collection's dossier is titled after it, as the app's dossier builder titles it.
    if (collection) spec.title = collection;
    for (const field of ['title', 'subtitle', 'author', 'organisation', 'marking', 'date'] as const) {
      const value = single(ctx, field);
      if (value !== undefined) spec[field] = value;
    }

    const progress = ctx.json ? null : progressLine();
    // Ctrl-C cancels the export cleanly: Chromium is closed and no partial file is left.
    const job = { kind: 'dossier', cancel: 'dossier.cancel', onProgress: (p: DossierProgress) => progress?.show(p) } as const;
    try {
      const result = await followJob(ctx, job, (jobId) =>
        ctx.call('dossier.export', {
          ...(collection ? { collection } : { clipIds: parseIds(idsFlag!) }),
          spec,
          outPath: out,
          format,
          jobId,
        }),
      );
      progress?.end();
      if (ctx.json) return ctx.out(JSON.stringify(result, null, 2));
      const pages = result.pages === null ? '' : `${result.pages} pages, `;
      ctx.out(`Wrote ${result.path} (${pages}${fileSize(result.bytes)}, ${result.clips} clip${result.clips === 1 ? '' : 's'}).`);
    } finally {
      progress?.end();
    }
  },
};
