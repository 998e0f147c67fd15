import { countWords } from './script.js';

/**
 * An editor's note on the story itself rather than its news: that an earlier version of it was
 * wrong, or that it is being updated. Such notes speak of `this article`, which a story's own
 * sentences never do, so the wording alone tells them, labelled (`Hinweis: …`) or not.
 */

// `An earlier version of this article misstated …`, `In einer früheren Fassung dieses Artikels hieß es …`,
// `Dans une précédente version de cet article …`, `В предыдущей версии статьи …`, `本文此前版本…有误`.
const EARLIER_VERSION = new RegExp(
  [
    String.raw`(?:an? |the )?(?:earlier|previous|original) version of this (?:article|story|report|piece|post|column)`,
    String.raw`this (?:article|story|report|piece|post) (?:has been|was) (?:corrected|amended)`,
    String.raw`in einer (?:früheren|vorherigen|älteren|ersten) (?:fassung|version) (?:dieses|des) (?:artikels|textes|beitrags|berichts)`,
    String.raw`(?:dieser|der) (?:artikel|text|beitrag) wurde (?:nachträglich )?(?:korrigiert|berichtigt)`,
    String.raw`(?:une|la) (?:précédente|première|ancienne) version de (?:cet|l['’]) ?article`,
    String.raw`une version (?:précédente|antérieure) de (?:cet|l['’]) ?article`,
    String.raw`cet article a été (?:corrigé|rectifié)`,
    String.raw`в (?:предыдущей|первоначальной|ранней|прежней|первой) версии (?:этой |этого |данной |данного )?(?:статьи|материала|заметки|текста|новости)`,
    String.raw`(?:у|в) (?:попередній|першій|початковій) версії (?:цієї |цього |даної |даного )?(?:статті|матеріалу|новини|тексту|замітки)`,
  ]
    .map((part) => `(?<!\\p{L})${part}(?!\\p{L})`)
    .concat(String.raw`(?:本文|此文|该文|原文)(?:此前|之前|早前|原)?(?:版本|稿件?)[^。]{0,20}(?:有误|错误|更正)`)
    .join('|'),
  'iu',
);
const EARLIER_VERSION_WORDS = 80;

// `This story is being updated`, `Новость дополняется`, `Der Artikel wird laufend aktualisiert`.
const BEING_UPDATED = new RegExp(
  String.raw`^(?:this (?:is a )?(?:developing|breaking) (?:news )?story|this (?:story|article|post|report) (?:has been|will be|is being) updated|(?:dieser |der )?(?:artikel|beitrag|text) (?:wird (?:laufend |fortlaufend )?aktualisiert|wurde aktualisiert)|cet article (?:sera|a été|est) (?:régulièrement )?(?:mis à jour|actualisé)|(?:article|information) en cours d['’]actualisation|(?:новость|материал|статья|информация) (?:дополняется|обновляется|будет дополн\p{L}+)|(?:новина|матеріал|стаття|інформація) (?:доповнюється|оновлюється|буде доповн\p{L}+))(?!\p{L})|^(?:本文|此文|本消息)?(?:将)?持续更新中?[。.]?$`,
  'iu',
);
const BEING_UPDATED_WORDS = 20;

/** Whether a line is an editor's note that the story was corrected or is being updated. */
export function isEditorNote(text: string): boolean {
  const line = text.trim();
  if (BEING_UPDATED.test(line)) return countWords(line) <= BEING_UPDATED_WORDS;
  return EARLIER_VERSION.test(line) && countWords(line) <= EARLIER_VERSION_WORDS;
}
