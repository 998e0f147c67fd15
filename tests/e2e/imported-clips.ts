import { randomUUID } from 'node:crypto';
import { EXPORT_CHUNK_CHARS } from '../../electron/shared/api/limits.js';
import type { LibraryImportResult } from '../../electron/shared/models/library-import.js';
import { exportedClip, exportText } from '../support/export-file.js';
import type { Server } from './fixtures.js';

/**
 * Adds clips, oldest first, as a Cuttings export the Import dialog sends: the file in pieces, then
 * one import. A test that needs thousands of clips for the list to hold gets them in seconds, where
 * clipping each text as a paste would take minutes.
 */
export async function importClips(server: Server, clips: { title: string; paragraphs: string[] }[]): Promise<void> {
  const text = exportText({ clips: clips.map((clip, i) => exportedClip(i + 1, clip.title, clip.paragraphs)) });
  const uploadId = `e2e-${randomUUID()}`;
  for (let at = 0; at < text.length; at += EXPORT_CHUNK_CHARS) {
    await server.call('import.exportChunk', { uploadId, text: text.slice(at, at + EXPORT_CHUNK_CHARS) });
  }
  const { summary } = await server.call<LibraryImportResult>('import.exportRun', { uploadId, name: 'clips.json' });
  if (summary.clips.added !== clips.length) throw new Error(`The import added ${summary.clips.added} of ${clips.length} clips.`);
}
