import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreService, type CoreService } from '../../electron/core/core-service.js';
import type { DownloadReady } from '../../electron/shared/models/download.js';
import { tempLibrary } from '../support/temp-library.js';

/**
 * A Markdown dossier is pasted into wikis, notes apps and e-mail, many of which render raw HTML
 * and follow any link. Nothing from the library may become either: collection descriptions
 * (printed as the introduction) and tag names can come from an imported export, written by anyone.
 */
const permissive = new MarkdownIt({ html: true, linkify: false });
// As lax as the laxest renderer: every link target is kept.
permissive.validateLink = () => true;

const HOSTILE_DESCRIPTION = [
  'Read [the statement](javascript:alert(1)) and [this](  java&#115;cript:alert(2) "t") first.',
  '',
  '<img src=x onerror="alert(3)"> <script>alert(4)</script>',
  '',
  '[also][ref] and <javascript:alert(5)> and [fine](https://example.org/brief) and [mail](mailto:desk@example.org)',
  '',
  '[ref]: javascript:alert(6)',
  '   [ref2]: data:text/html,<script>alert(7)</script>',
  '',
  '![pixel](javascript:alert(8))',
].join('\n');

let lib: ReturnType<typeof tempLibrary>;
let core: CoreService;
beforeAll(() => {
  lib = tempLibrary('cuttings-md-dossier-');
  core = createCoreService(lib.path, { userDataFolder: lib.dir });
});
afterAll(() => {
  core.close();
  lib.remove();
});

async function call<T>(method: string, args: unknown): Promise<T> {
  const r = await core.dispatch(method, args);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

async function markdownOf(collection: string): Promise<string> {
  const ready = await call<DownloadReady>('dossier.download', { collection, format: 'md', spec: {} });
  const download = core.takeDownload(ready.downloadId)!;
  const chunks: Buffer[] = [];
  for await (const chunk of download.stream()) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

describe('the Markdown dossier', () => {
  it('prints a collection description with raw HTML and unsafe links as text, keeping web and mail links', async () => {
    const clip = await call<{ id: number }>('clips.create', {
      text: 'Harbour brief\n\nThe harbour wall talks resumed on Monday, the port authority said.',
    });
    await call('collections.create', { name: 'Hostile', description: HOSTILE_DESCRIPTION });
    const { id } = await call<{ id: number }>('collections.find', { name: 'Hostile' });
    await call('collections.addClips', { id, clipIds: [clip.id] });
    await call('tags.apply', { clipIds: [clip.id], names: ['x` <img src=y onerror=alert(9)> `', 'plain'] });

    const markdown = await markdownOf('Hostile');
    const html = permissive.render(markdown);
    expect(html).not.toMatch(/<(img|script)\b/i);
    expect(html).not.toMatch(/(href|src)="\s*(javascript|data|vbscript):/i);
    expect(html).toContain('<a href="https://example.org/brief">fine</a>');
    expect(html).toContain('<a href="mailto:desk@example.org">mail</a>');
    expect(html).toContain('the statement');
    expect(html).toMatch(/Tags: .*plain/);
  });
});
