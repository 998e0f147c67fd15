/**
 * An outlet's short marker beside its full name: `lnd` for `Lausitzer Nachrichtendienst`, `EXT`
 * for `Example Times`. A wire's dateline carries the marker; the page names the outlet in full in
 * its footer, which is the name to give. A Chinese portal's marker (`中新网`) is the name it is
 * known by, and stays.
 */

// Words a name's initials pass over: `Agence de presse`, `Voice of Example`.
const PARTICLE = /^(?:of|the|and|for|de|du|des|la|le|les|et|der|die|das|für|und|и|і|та)$/u;
const LATIN_MARKER = /^\p{L}{2,6}$/u;

/** The marker's letters from here on are spelled by the words from `w` on, each word opening on its next letter. */
function spells(letters: string, words: readonly string[], w: number): boolean {
  if (w === words.length) return letters === '';
  const word = words[w]!;
  if (PARTICLE.test(word) && spells(letters, words, w + 1)) return true;
  return letters[0] === word[0] && withinWord(letters.slice(1), word, 1, words, w);
}

/** A compound's later parts may give letters too: `Nachrichten|dienst` → `nd`. */
function withinWord(letters: string, word: string, from: number, words: readonly string[], w: number): boolean {
  if (spells(letters, words, w + 1)) return true;
  for (let j = from; j < word.length && letters; j++) {
    if (word[j] === letters[0] && withinWord(letters.slice(1), word, j + 1, words, w)) return true;
  }
  return false;
}

/** Whether `marker` abbreviates `name`: its letters open the name's words in order, a compound's later parts giving more. */
export function abbreviates(marker: string, name: string): boolean {
  const short = marker.trim();
  if (!LATIN_MARKER.test(short)) return false;
  const words = name
    .trim()
    .toLowerCase()
    .split(/[\s-]+/u)
    .filter((w) => /^\p{L}/u.test(w));
  // One word is spelled by any of its letters; a name of two words or more is what initials stand for.
  if (words.filter((w) => !PARTICLE.test(w)).length < 2) return false;
  return spells(short.toLowerCase(), words, 0);
}
