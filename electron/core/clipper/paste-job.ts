import type { ParseOptions } from '../../shared/clipper/parse-clip.js';
import type { ClipDraft } from '../../shared/models/clip-draft.js';
import type { PageMeta } from './page-meta.js';

/** A request to the paste worker: pasted HTML to cut its article from, or a long text to read as a clip. */
export type PasteRequest = { kind: 'html'; html: string; meta: PageMeta } | { kind: 'text'; text: string; options: ParseOptions };

/** A request as sent, numbered to match its answer. */
export type PasteJob = PasteRequest & { id: number };

/** What the worker answers a job with: what the job asked for, or why it could not. */
export type PasteJobAnswer = { kind: 'html'; text: string; isolated: boolean } | { kind: 'text'; draft: ClipDraft };

export type PasteJobResult = ({ id: number } & PasteJobAnswer) | { id: number; error: string };
