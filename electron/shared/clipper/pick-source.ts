import type { Line } from './lines.js';
import type { Role } from './layout.js';
import { siteNameFromMenus } from './page-brand.js';
import { siteNamesFromSelfReferences } from './page-site-name.js';
import { isCompanyName, withoutLegalForm, sourceFromCaption, sourceFromFooter, sourceFromTag } from './source.js';

// Picture agencies credited beside a photographer's name: they supplied a photo, not the story.
const PICTURE_AGENCY =
  /\b(?:getty|shutterstock|alamy|istock|imago|picture alliance|sipa|zuma|afp photo|ap photo|epa|pa images|eyevine)\b/iu;

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
  wholePage = false,
): string | null {
  if (agency) return agency;
  const meta = lines.filter((_, i) => roles[i] !== 'content' && roles[i] !== 'title');
  for (const l of meta) {
    const tagged = sourceFromTag(l.text);
    if (tagged) return tagged;
  }
  const outlet = bylineOutlets.find((o) => !PICTURE_AGENCY.test(o));
  if (outlet) return outlet;
  const isFurniture = (i: number) => roles[i] === 'cruft';
  // On a page pasted whole, the name the site calls itself by outranks a copyright line's, unless
  // the site calls itself that too.
  const named = wholePage ? siteNamesFromSelfReferences(lines, isFurniture) : null;
  let owner: string | null = null;
  for (const l of [...meta].reverse()) {
    const footer = sourceFromFooter(l.text);
    if (footer && !isCompanyName(footer) && (!named?.best || named.count(footer) > 0)) return footer;
    owner ??= footer;
  }
  if (named?.best) return named.best;
  // A page's copyright names the company that owns the site; the site names itself in its menus.
  const site = wholePage ? siteNameFromMenus(lines, isFurniture) : null;
  if (site) return site;
  if (owner) return withoutLegalForm(owner);
  for (const l of meta) {
    const caption = sourceFromCaption(l.text);
    if (caption) return caption;
  }
  return null;
}
