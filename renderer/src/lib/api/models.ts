// The renderer's one doorway to the core's types, so components need not know where they live.
export type {
  Clip,
  ClipSummary,
  FacetCount,
  SearchFacets,
  SearchHit,
  SearchResult,
  SearchSort,
} from '../../../../electron/shared/models/clip.js';
export type { ClipDraft, DraftQuote, DuplicateRef } from '../../../../electron/shared/models/clip-draft.js';
export type {
  Comparison,
  ComparisonRow,
  DiffPart,
  RelatedClip,
  RowKind,
  SharedQuote,
} from '../../../../electron/shared/models/comparison.js';
export type { AddedComparison, RemovedComparison, SavedComparison } from '../../../../electron/shared/models/saved-comparison.js';
export type { ApiInput } from '../../../../electron/shared/api/contract.js';
export type { DossierExport, DossierSpec, SavedDossier } from '../../../../electron/shared/models/dossier.js';
export type { DossierProgress } from '../../../../electron/shared/models/dossier-progress.js';
export type { DownloadReady, DownloadSaved } from '../../../../electron/shared/models/download.js';
export type { DownloadFormat } from '../../../../electron/shared/models/dossier-formats.js';
export type { DossierOrder } from '../../../../electron/shared/models/dossier-formats.js';
export type {
  Collection,
  CollectionPlace,
  DeletedCollection,
  DeletedTag,
  EntityCount,
  EntityKind,
  Highlight,
  HighlightColor,
  HighlightEntry,
  HighlightPage,
  MovedTag,
  QuoteEntry,
  Tag,
  TaggedClips,
  TagTotal,
  TimelineBucket,
} from '../../../../electron/shared/models/organise.js';
export { HIGHLIGHT_COLORS, MOST_HIGHLIGHTS_A_PAGE } from '../../../../electron/shared/models/organise.js';
export { isTagColor, TAG_COLORS } from '../../../../electron/shared/organise/tag-colors.js';
export type { BackupEntry, BackupsOverview, MoveProgress, MoveResult, RestoreResult } from '../../../../electron/shared/models/backups.js';
export type { ReviewDraft, VersionRef } from '../../../../electron/shared/models/clip.js';
export type { ClipEdit, Correction, EditedClip, FieldChange } from '../../../../electron/shared/models/clip-edit.js';
export type { BrowserClipperState, PairedBrowser, PairingRequest } from '../../../../electron/shared/models/browser-clipper.js';
