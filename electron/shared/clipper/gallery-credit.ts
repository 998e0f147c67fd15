// A Chinese caption's bracketed credit to its photographer: `…彩虹。（新华社记者 赵东升 摄）`.
const CJK_PHOTO_CREDIT = /[（(][^（）()]*?(?:记者|摄影)\s*(\p{Script=Han}{2,4})\s*摄[）)]$/u;
// A picture story credits one photographer under each of its pictures; a story's own photo or two does not make one.
const GALLERY_PICTURES = 3;

/**
 * The photographer of a Chinese picture story, whose captions are its text and who is its only
 * credited author: the one name credited under at least three of its pictures; else null.
 */
export function galleryPhotographer(texts: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const name = CJK_PHOTO_CREDIT.exec(text)?.[1];
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const credited = [...counts].filter(([, n]) => n >= GALLERY_PICTURES);
  return credited.length === 1 ? credited[0]![0] : null;
}
