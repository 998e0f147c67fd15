/**
 * Nouns that introduce a name written in quote marks (`the "X" trawler`, `парохода «X»`), so the
 * marks hold a title, not someone's words. Russian and Ukrainian entries are stems.
 */
export const NAMING_NOUNS = new Set(
  'ship vessel boat groupe liste collectif trawler tanker ferry steamer steamship yacht frigate cruiser destroyer submarine icebreaker tug liner freighter operation exercise newspaper magazine journal book novel film movie documentary album song series show programme program newsletter podcast festival campaign project company hotel restaurant bridge station stop street square bar cafe club brand app website band party plan law act bill airline carrier firm association foundation charity cooperative'.split(
    ' ',
  ),
);

export const NAMING_STEMS =
  /^(?:(?:авиа|авіа)?компан|ассоциаци|асоціаці|unternehmen|verein|verband|stiftung|genossenschaft|entreprise|fondation|судн|пароход|теплоход|корабл|ледокол|танкер|паром|яхт|траулер|газет|журнал|книг|роман|фильм|сериал|альбом|песн|программ|передач|фестивал|акци|операци|проект|компани|комплекс|холдинг|агрохолдинг|завод|фабрик|предприяти|підприємств|концерн|гостиниц|ресторан|мост|станци|улиц|площад|клуб|партии|парти|закон|бренд|сайт|судна|schiff|zeitung|buch|film|firma|projekt|aktion|sendung|navire|bateau|journal|livre|projet|société|opération|émission)/iu;
