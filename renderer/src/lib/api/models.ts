// The renderer's one doorway to the core's types, so components need not know where they live.
export type { Clip, ClipSummary, SearchHit } from '../../../../electron/shared/models/clip.js';
export type { ClipDraft, DraftQuote, DuplicateRef } from '../../../../electron/shared/models/clip-draft.js';
