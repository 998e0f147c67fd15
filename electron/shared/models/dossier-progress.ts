/** Where a dossier export is, for progress bars: what its `job.progress` events carry. */
export type DossierProgress =
  | { stage: 'building'; clips: number }
  | { stage: 'starting' }
  | { stage: 'layout'; pages: number }
  | { stage: 'printing'; pages: number }
  | { stage: 'writing' };
