/**
 * The HTML worker: turns pasted HTML into article text off the core's thread, so a page the DOM
 * libraries choke on costs the core nothing but a timer. Loaded on the first HTML paste only.
 */
import { parentPort } from 'node:worker_threads';
import { articleFromDom } from './article-from-dom.js';
import type { HtmlJob, HtmlJobResult } from './html-job.js';

parentPort?.on('message', (job: HtmlJob) => {
  let reply: HtmlJobResult;
  try {
    reply = { id: job.id, ...articleFromDom(job.html, job.meta) };
  } catch (err) {
    reply = { id: job.id, error: (err as Error).message };
  }
  parentPort!.postMessage(reply);
});
// Its libraries are loaded: the core starts timing jobs from here.
parentPort?.postMessage('ready');
