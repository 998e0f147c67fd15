import { relative } from 'node:path';
import type { Command } from '../command.js';
import { CliError } from '../cli-error.js';
import { progressBar } from '../progress-bar.js';
import { findImportFiles, type LibraryImportSummary, backupLibrary, restoreLibrary } from '../../core/index.js';
import { openCore } from '../open-core.js';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function describeExportImport(file: string, s: LibraryImportSummary): string {
  return (
    `${file}: ${count(s.clips.added, 'new clip')}, ${count(s.clips.reused, 'clip')} already here; ` +
    `${count(s.collections.added, 'new collection')}, ${s.collections.merged} merged; ${count(s.tags, 'tag')}; ` +
    `${count(s.highlights, 'highlight')}; ${count(s.comparisons, 'comparison')}; ${count(s.dossiers, 'saved dossier')}.` +
    (s.refused.length
      ? ` ${count(s.refused.length, 'value')} the library would not take ${s.refused.length === 1 ? 'was' : 'were'} left out or corrected:`
      : '')
  );
}

export const importCommand: Command = {
  name: 'import',
  usage: 'cuttings import PATH... [--no-pdf-split] [--json]',
  summary:
    'clip .txt .md .html .eml .pdf files and folders, with a progress bar; a PDF with several articles gives a clip for each (--no-pdf-split keeps it as one); ' +
    'exports of other tools too: Evernote .enex, Joplin .jex and its Markdown export (a folder), wallabag JSON, Omnivore’s export (.zip or its folder), ' +
    'Readwise Reader and Readwise highlights .csv, Zotero CSL JSON, Zotero RDF (the .rdf, the folder holding it and its files/, or a zip of that folder); ' +
    'a Cuttings export (.json) is read whole',
  async run(ctx) {
    if (!ctx.args.length) throw new CliError('Give files or folders to import.', 2);
    const { files, missing, folders } = findImportFiles(ctx.args);
    if (missing.length) throw new CliError(`Not found: ${missing.join(', ')}`);
    if (!files.length) throw new CliError('No .txt, .md, .html, .eml, .pdf, .enex, .jex, .json, .csv, .zip or .rdf files there.');
    if (ctx.flags['pdf-split'] === true && ctx.flags['no-pdf-split'] === true)
      throw new CliError('Give either --pdf-split or --no-pdf-split.', 2);
    const core = openCore(ctx.libraryPath);
    const controller = new AbortController();
    const cancel = () => controller.abort();
    process.once('SIGINT', cancel);
    const bar = ctx.json ? null : progressBar('Importing');
    try {
      const summary = await core.importFiles(files, {
        signal: controller.signal,
        folders,
        pdfSplit: ctx.flags['no-pdf-split'] !== true,
        onProgress: (p) => bar?.update(p.done, p.total, p.file ? relative(process.cwd(), p.file) : ''),
      });
      bar?.finish();
      if (ctx.json) return ctx.out(JSON.stringify(summary, null, 2));
      ctx.out(
        `${summary.cancelled ? 'Stopped. ' : ''}Added ${summary.added} clip${summary.added === 1 ? '' : 's'}` +
          ` (${summary.versions.length} as new versions of saved clips); ${summary.duplicates.length} duplicate${summary.duplicates.length === 1 ? '' : 's'} skipped; ${summary.failed.length} failed.`,
      );
      for (const p of summary.parts)
        ctx.out(`  ${relative(process.cwd(), p.file) || p.file}: ${count(p.count, 'article')} found, each saved as a clip.`);
      for (const e of summary.exports) {
        ctx.out(`  ${describeExportImport(relative(process.cwd(), e.file) || e.file, e.summary)}`);
        for (const refused of e.summary.refused) ctx.out(`    refused: ${refused}`);
      }
      for (const w of summary.warnings) ctx.out(`  note: ${w.file}: ${w.warning}`);
      for (const f of summary.failed) ctx.out(`  failed: ${f.file}: ${f.reason}`);
      if (summary.failed.length) process.exitCode = 1;
    } finally {
      process.off('SIGINT', cancel);
      core.close();
    }
  },
};

export const backupCommand: Command = {
  name: 'backup',
  usage: 'cuttings backup FILE',
  summary: 'copy the library to FILE, safely while it is in use',
  async run(ctx) {
    const target = ctx.args[0];
    if (!target) throw new CliError('Give the file to write the backup to.', 2);
    const result = await backupLibrary(ctx.libraryPath, target);
    ctx.out(ctx.json ? JSON.stringify(result) : `Backed up ${result.clips} clips to ${result.path}.`);
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  usage: 'cuttings restore FILE',
  summary: 'replace the library with a backup (the current one is kept beside it)',
  async run(ctx) {
    const source = ctx.args[0];
    if (!source) throw new CliError('Give the backup file to restore.', 2);
    const result = restoreLibrary(source, ctx.libraryPath);
    ctx.out(
      ctx.json
        ? JSON.stringify(result)
        : `Restored ${result.clips} clips from ${source}.${result.keptCopy ? ` The library as it was is kept at ${result.keptCopy}.` : ''}`,
    );
  },
};
