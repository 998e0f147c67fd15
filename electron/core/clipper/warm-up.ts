import { draftFromPaste } from './draft-from-paste.js';
import { pasteWorker } from './paste-thread.js';

/**
 * A small invented page that takes a paste's whole way through: the page's markup, its article
 * cut from the furniture, a byline, a dated dateline, a quote with its speaker, names.
 */
const SAMPLE_PARAGRAPHS = [
  'LISBON, March 3, 2025 — Ferry crews walked out on Monday over rotas, the union said, leaving commuters on both banks of the river to find another way across.',
  '“We asked for talks in January and nobody answered,” said Marta Reis, who chairs the crews’ branch of the transport union.',
  'The operator said it regretted the strike and would meet the union on Wednesday at the Ministry of Infrastructure.',
];
const SAMPLE_PAGE = `<!doctype html><html lang="en"><head><title>Ferry crews strike over rotas | The Harbour Daily</title>
<meta property="og:site_name" content="The Harbour Daily"><link rel="canonical" href="https://news.example.org/2025/03/03/ferry-strike"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Ferry crews strike over rotas</h1><p class="byline">By Ana Costa</p><time datetime="2025-03-03">March 3, 2025</time>
${SAMPLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Tram fares rise</a></li></ul></aside><footer><p>© 2025 The Harbour Daily</p></footer></body></html>`;
const SAMPLE_TEXT = ['Ferry crews strike over rotas', 'By Ana Costa', ...SAMPLE_PARAGRAPHS].join('\n\n');

let warming: Promise<void> | null = null;

/**
 * Reads the sample once, so the first real paste does not pay for loading the clipper's data,
 * starting the paste worker and compiling their code (seconds, where a warm reading takes a
 * fraction of one). Called when a paste is likely soon: the app coming to the front, a server
 * starting. Does nothing while a warm-up runs or the worker is still up; a failure here is the
 * real paste's to report.
 */
export function warmPasteReading(): Promise<void> {
  if (warming || pasteWorker.running) return warming ?? Promise.resolve();
  warming = (async () => {
    await draftFromPaste({ text: '', html: SAMPLE_PAGE });
    await pasteWorker.run({ kind: 'text', text: SAMPLE_TEXT, options: {} }, 30_000);
  })()
    .catch(() => undefined)
    .finally(() => (warming = null));
  return warming;
}
