import type { Line } from './lines.js';
import type { Role } from './layout.js';
import { sourceFromCaption, sourceFromFooter, sourceFromTag } from './source.js';

/**
 * The outlet, from the strongest evidence the paste has: the wire marker, a `Source:` tag, the
 * byline's outlet, a copyright footer or disclaimer, and last a photo credit. An outlet the story
 * merely quotes is never looked at: only metadata and cruft lines are read.
 */
export function pickSource(
  agency: string | null,
  lines: readonly Line[],
  roles: readonly Role[],
  bylineOutlets: readonly string[],
): string | null {
  if (agency) return agency;
  const meta = lines.filter((_, i) => roles[i] !== 'content' && roles[i] !== 'title');
  for (const l of meta) {
    const tagged = sourceFromTag(l.text);
    if (tagged) return tagged;
  }
  if (bylineOutlets[0]) return bylineOutlets[0];
  for (const l of [...meta].reverse()) {
    const footer = sourceFromFooter(l.text);
    if (footer) return footer;
  }
  for (const l of meta) {
    const caption = sourceFromCaption(l.text);
    if (caption) return caption;
  }
  return null;
}
