import type { Line } from './lines.js';
import { countWords } from './script.js';

// A site names itself at the head of its own menu items: `Outlet Video`, `Outlet Store`, `Outlet App`.
const MENU_ITEM_WORDS = 5;
const MIN_ITEMS = 3;
// Words that open menu items on any site, in the clipper's languages: not a name.
const GENERIC =
  /^(?:the|a|an|more|all|new|latest|now|top|best|most|our|your|my|how|what|why|who|when|where|this|these|get|sign|log|read|watch|listen|follow|home|news|video|videos|photos?|live|world|local|business|sports?|opinion|politics|tech|science|health|travel|life|arts?|culture|entertainment|weather|about|contact|privacy|terms|help|search|menu|subscribe|share|email|more from|see|view|view all|show|browse|download|other|related|trending|popular|daily|weekly|free|rss|feed|feeds|atom|privacy policy|der|die|das|le|la|les|un|une|des|plus|tous|toutes|alle|mehr|все|ещё|еще|новости|всі|більше|новини)$/iu;
/** A word that opens menu items on any site: `More`, `Latest`, `Video`. */
export function isGenericMenuWord(word: string): boolean {
  return GENERIC.test(word);
}

const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{N}&'’.-]*|\p{Lu}{2,}|[\p{L}\p{N}]+\.(?:com|co\.uk|net|org))$/u;
// A one-word name must look like one, not like an ordinary word: `ABC`, `ExampleNet`, `example.com`.
const MARKED_NAME = /^(?:(?=[\p{L}\p{N}]{2,14}$)\p{L}*\p{Lu}\p{L}*\p{Lu}[\p{L}\p{N}]*|[\p{L}\p{N}]+\.(?:com|co\.uk|net|org))$/u;

/** The leading one or two words of a menu item that could name its site. */
function leads(text: string): string[] {
  const words = text.split(/\s+/u);
  const out: string[] = [];
  if (words.length < 2) return out;
  if (MARKED_NAME.test(words[0]!)) out.push(words[0]!);
  if (words.length >= 3 && NAME_WORD.test(words[0]!) && NAME_WORD.test(words[1]!)) out.push(`${words[0]} ${words[1]}`);
  return out.filter((lead) => !GENERIC.test(lead) && !GENERIC.test(lead.split(' ')[0]!));
}

/**
 * The site's own name on a page pasted whole, from its furniture: the name most of its menu items
 * start with (at least three of them). Null when no name stands out.
 */
export function siteNameFromMenus(lines: readonly Line[], isFurniture: (i: number) => boolean): string | null {
  const counts = new Map<string, Set<string>>();
  lines.forEach((line, i) => {
    if (!isFurniture(i) || countWords(line.text) > MENU_ITEM_WORDS) return;
    for (const lead of leads(line.text)) {
      const seen = counts.get(lead) ?? new Set<string>();
      seen.add(line.text.toLowerCase());
      counts.set(lead, seen);
    }
  });
  let best: string | null = null;
  let bestCount = MIN_ITEMS - 1;
  for (const [lead, items] of counts) {
    // A two-word name that heads as many items as its first word is the fuller name.
    if (items.size > bestCount || (items.size === bestCount && best !== null && lead.startsWith(best + ' '))) {
      best = lead;
      bestCount = items.size;
    }
  }
  return best;
}
