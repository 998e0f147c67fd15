/**
 * The label a page sets over the story's summary in points, in the six languages the clipper
 * reads: `Key points`, `Das Wichtigste in Kürze`, `L'essentiel`, `Главное`, `Головне`, `要点`.
 */
export const KEY_POINTS_LABEL =
  /^(?:key (?:points|facts|events|takeaways)|what we know(?: so far)?|at a glance|the latest|in brief|das wichtigste(?: in kürze)?|auf einen blick|kurz und knapp|l['’]essentiel|ce qu['’]il faut savoir|en bref|à retenir|главное|коротко|коротко о главном|головне|коротко про головне|要点|重点|摘要|看点)\s*[:：]?$/iu;
