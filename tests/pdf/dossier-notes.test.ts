import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreService, type CoreService } from '../../electron/core/core-service.js';
import type { SavedClip } from '../../electron/shared/models/clip.js';
import { tempLibrary } from '../support/temp-library.js';
import { pdfPages, squash } from './pdf-tools.js';

/** A note as a user types it in the notes box, Markdown and all, with a paste of hostile markup in it. */
const NOTES = [
  'Call the **harbour master** before _Friday_.',
  '',
  '- check the tonnage figure',
  '- ask about the `night shift`',
  '',
  '# Follow-up',
  '',
  '<script>alert(1)</script> and [a bad link](javascript:alert(2)) and <img src=x onerror=alert(3)>',
].join('\n');

describe('notes in dossiers', () => {
  const lib = tempLibrary('cuttings-notes-');
  let core: CoreService;
  let id: number;

  async function call<T>(method: string, args: unknown): Promise<T> {
    const r = await core.dispatch(method, args);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as T;
  }
  const exportAs = async (format: 'pdf' | 'html' | 'md') => {
    const outPath = join(lib.dir, `notes.${format}`);
    await call('dossier.export', {
      clipIds: [id],
      outPath,
      format,
      spec: { title: 'Harbour brief', parts: { cover: false, contents: false, overview: false, indexes: false } },
    });
    return outPath;
  };

  beforeAll(async () => {
    core = createCoreService(lib.path);
    const text = 'Night cargo at the made-up port of Vellmar doubled this year, the harbour office said on Tuesday.';
    id = (await call<SavedClip>('clips.create', { text, draft: { title: 'Night cargo doubles' } })).id;
    await call('clips.update', { id, fields: { notes: NOTES } });
  });
  afterAll(() => {
    core.close();
    lib.remove();
  });

  it('prints notes as formatted text in the PDF: no asterisks, underscores, hashes or list dashes', async () => {
    const text = squash(pdfPages(await exportAs('pdf')).join('\n'));
    expect(text).toContain('Call the harbour master before Friday.');
    expect(text).toMatch(/check the tonnage figure\s*•?\s*ask about the night shift/);
    expect(text).toContain('Follow-up');
    expect(text).not.toMatch(/\*\*|_Friday_|# Follow-up|- check/);
    expect(text).toContain('<script>alert(1)</script>');
  }, 60_000);

  it('renders notes as sanitised HTML in the HTML dossier', async () => {
    const doc = new JSDOM(readFileSync(await exportAs('html'), 'utf8')).window.document;
    const notes = doc.querySelector('.user-notes')!;
    expect(notes.querySelector('strong')?.textContent).toBe('harbour master');
    expect(notes.querySelector('em')?.textContent).toBe('Friday');
    expect([...notes.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'check the tonnage figure',
      'ask about the night shift',
    ]);
    expect(notes.querySelector('code')?.textContent).toBe('night shift');
    expect(notes.querySelector('h1, h2, h3, h4, h5, h6')?.textContent).toBe('Follow-up');
    expect(notes.querySelectorAll('script, img, [onerror]')).toHaveLength(0);
    expect(notes.querySelector('a[href^="javascript"]')).toBeNull();
    expect(notes.textContent).toContain('<script>alert(1)</script>');
  });

  it('keeps notes as readable Markdown in the Markdown dossier, with raw HTML and headings defused', async () => {
    const md = readFileSync(await exportAs('md'), 'utf8');
    expect(md).toContain('Call the **harbour master** before _Friday_.');
    expect(md).toContain('- check the tonnage figure');
    expect(md).toContain('#### Follow-up');
    expect(md).not.toMatch(/^# Follow-up/m);
    expect(md).toContain('\\<script>alert(1)\\</script>');
  });
});
