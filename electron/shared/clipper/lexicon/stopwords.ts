/** The commonest function words of the Latin-script languages the clipper tells apart. */
export const STOPWORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(
    'the of and to in is that for it was on with as by at from his her they have has had were said which this be are not but who will would their been'.split(
      ' ',
    ),
  ),
  de: new Set(
    'der die das und ist nicht ein eine den dem des mit sich auf für von zu im auch es sie wir hat wird wurde sind bei nach aus einem einer noch wie'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'le la les et des est une un du dans que pour qui pas sur au avec par ce il elle sont ont été aux cette mais son ses leur selon'.split(
      ' ',
    ),
  ),
  es: new Set('el la los las y de del que en un una por con para es se su al lo como más pero sus fue ha han este esta según'.split(' ')),
  it: new Set(
    'il lo la gli le e di del della che in un una per con non è sono ha hanno al dei delle nel alla come ma anche questo secondo'.split(
      ' ',
    ),
  ),
  pt: new Set('o a os as e de do da dos das que em um uma para com não é são foi por mais mas como ao no na seu sua segundo'.split(' ')),
  nl: new Set('de het een en van in is dat op te met voor niet zijn aan er door ook als bij naar maar werd wordt heeft'.split(' ')),
};

/** The function words of all those languages together. */
export const ANY_STOPWORD: ReadonlySet<string> = new Set(Object.values(STOPWORDS).flatMap((words) => [...words]));

/** A preposition of the clipper's six languages closing the text: a name after it is no verb's subject. */
export const PREPOSITION_AT_END =
  /(?:^|\s)(?:in|on|at|to|for|with|by|from|of|about|after|before|в|во|на|с|со|к|ко|по|у|о|об|от|из|при|для|после|перед|з|із|зі|до|від|під|про|після|für|mit|bei|von|zu|aus|nach|im|am|vom|zum|zur|gegenüber|à|au|aux|en|dans|pour|avec|de|du|des|chez|sur|par|selon)\s+$/iu;

/**
 * An article or a conjunction of the clipper's six languages closing the text: the phrase it opens
 * goes on past it, so no headline or sentence stops there.
 */
export const CONNECTIVE_AT_END =
  /(?:^|\s)(?:the|an|and|or|but|der|die|das|den|dem|des|ein|eine|einen|einem|einer|und|oder|aber|le|la|les|un|une|et|ou|mais|и|а|но|или|і|й|та|або|але)\s+$/iu;
