import type { Clip } from '../models/clip.js';
import type { DossierOrder } from '../models/dossier-formats.js';

/**
 * The clips in the order the dossier prints them. By date, undated clips go last either way (a
 * reader looks for them at the end, not mixed into the run of dates), and clips of the same day
 * keep the order they were given, so a hand-set order still breaks ties.
 */
export function orderClips<T extends Pick<Clip, 'date'>>(clips: readonly T[], order: DossierOrder | undefined): T[] {
  // A spec from before clip order existed has none: it keeps the order given.
  if (order !== 'date-asc' && order !== 'date-desc') return [...clips];
  const sign = order === 'date-asc' ? 1 : -1;
  const dated = clips.filter((c) => c.date);
  const undated = clips.filter((c) => !c.date);
  // Array.prototype.sort is stable, so equal dates keep their given order.
  return [...dated.sort((a, b) => sign * a.date!.localeCompare(b.date!)), ...undated];
}
