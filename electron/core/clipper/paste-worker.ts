/**
 * The paste worker: reads pasted HTML and long pasted texts off the core's thread, so a page the
 * DOM libraries choke on, or a text of megabytes, costs the core nothing but a timer. Loaded on the
 * first such paste only.
 */
import { parentPort } from 'node:worker_threads';
import { readPaste } from '../../shared/clipper/read-paste.js';
import { articleFromDom } from './article-from-dom.js';
import type { PasteJob, PasteJobAnswer, PasteJobResult } from './paste-job.js';

function answer(job: PasteJob): PasteJobAnswer {
  if (job.kind === 'html') return { kind: 'html', ...articleFromDom(job.html, job.meta) };
  return { kind: 'text', draft: readPaste(job.text, job.options) };
}

parentPort?.on('message', (job: PasteJob) => {
  let reply: PasteJobResult;
  try {
    reply = { id: job.id, ...answer(job) };
  } catch (err) {
    reply = { id: job.id, error: (err as Error).message };
  }
  parentPort!.postMessage(reply);
});
// Its libraries are loaded: the core starts timing jobs from here.
parentPort?.postMessage('ready');
