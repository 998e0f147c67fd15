import type { PageMeta } from './page-meta.js';

/** A request to the HTML worker and its answer. */
export interface HtmlJob {
  id: number;
  html: string;
  meta: PageMeta;
}

export type HtmlJobResult = { id: number; text: string; isolated: boolean } | { id: number; error: string };
