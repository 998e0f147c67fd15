import type { DossierSpec } from '../../shared/models/dossier.js';
import { formatDate, formatDateRange, plural } from './format.js';

/** The cover's facts, label and value (null where the dossier has none), shared by every format so they say the same. */
export function coverFacts(
  spec: Pick<DossierSpec, 'author' | 'organisation'>,
  clips: readonly { clip: { source: string | null; date: string | null } }[],
  comparisons: number,
  issued: string,
): [string, string | null][] {
  const outlets = new Set(clips.map((c) => c.clip.source).filter(Boolean)).size;
  return [
    ['Prepared by', spec.author || null],
    ['Organisation', spec.organisation || null],
    ['Date', formatDate(issued)],
    [
      'Contents',
      `${plural(clips.length, 'clip')}${outlets ? ` from ${plural(outlets, 'outlet')}` : ''}${comparisons ? `; ${plural(comparisons, 'comparison')}` : ''}`,
    ],
    ['Coverage', formatDateRange(clips.flatMap((c) => (c.clip.date ? [c.clip.date] : [])))],
  ];
}
