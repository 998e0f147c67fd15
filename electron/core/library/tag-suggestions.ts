import type { Clip } from '../../shared/models/clip.js';
import type { Tag } from '../../shared/models/organise.js';

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

/**
 * Tags worth offering for a clip: existing tags whose last segment names one of the clip's
 * people, places or organisations (so "region/europe/ukraine" is offered for a clip naming
 * Ukraine), then the clip's places as new tags under "place/".
 */
export function suggestTags(clip: Clip, existing: readonly Tag[]): string[] {
  const named = new Set([...clip.people, ...clip.places, ...clip.organizations].map(slug));
  const suggestions = existing.filter((t) => named.has(slug(t.name.split('/').pop() ?? ''))).map((t) => t.name);
  const taken = new Set(suggestions.map((s) => slug(s.split('/').pop() ?? '')));
  for (const place of clip.places) if (!taken.has(slug(place))) suggestions.push(`place/${place}`);
  return suggestions.slice(0, 12);
}
