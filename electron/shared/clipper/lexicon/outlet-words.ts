/** Words that name a newspaper, an agency or a broadcaster in English: `Example Herald`, `Daily Example`. */
export const OUTLET_WORD =
  /\b(?:News|Times|Post|Herald|Journal|Guardian|Telegraph|Press|Agency|Radio|TV|Television|Gazette|Tribune|Daily|Weekly|Review|Ledger|Chronicle|Observer|Independent|Mail|Express|Standard|Mirror|Record|Courier|Monitor|Bulletin|Wire|Magazine|Media|Today|Brief|Briefing|Digest|Dispatch|Newsletter|Echo|Examiner|Sentinel|Advertiser|Inquirer|Enquirer)\b/u;

/**
 * The same in the clipper's other languages; German outlets end their compounds in them
 * (`Abendpost`, `Stadtanzeiger`), so those are matched as word endings.
 */
export const OTHER_OUTLET_WORD =
  /(?<!\p{L})(?:Zeitung|Nachrichten|Presse|Allgemeine|Anzeiger|Rundschau|Kurier|Bote|Tagblatt|Tageblatt|Courrier|Écho|Nouvelles|Quotidien|Dépêche|Monde|Matin|Télégramme|Républicain|Diario|Periódico|Noticias|Prensa|Газета|Новости|Известия|Ведомости|Вестник|Правда|Курьер|Портал|Неделя|Новини|Вісті|Вісник|Кур['’]єр|Тиждень|Вечерн(?:ий|яя|ие)|Вечірн(?:ій|я|і))(?!\p{L})|\p{L}(?:post|zeitung|blatt|kurier|anzeiger|rundschau|bote)(?!\p{L})|日报|晚报|新闻|时报/iu;

/** A Chinese outlet's name ends on what it is: `…日报`, `…新闻网`, `…电视台`, `…通讯社`. */
export const CJK_OUTLET_ENDING = /(?:报|报社|周刊|杂志社?|新闻网|新闻|网|网站|在线|电视台|广播电台|电台|通讯社)$/u;

/**
 * A publication named by what it is, then its name in quotation marks, as a masthead or a
 * breadcrumb's first crumb prints it: `Журнал «Example»`, `газета «Example»`, `Magazin „Example“`.
 */
export const KIND_THEN_QUOTED_NAME =
  /^(?:журнал|газета|издание|еженедельник|альманах|часопис|тижневик|видання|magazine|zeitschrift|zeitung|magazin|revue|hebdomadaire|mensuel|quotidien|杂志|周刊)\s*[«"„“《]([^«»"“”„《》]{2,40})[»"“”》]/iu;

/** Whether a name holds a word outlets use, in any of the clipper's languages. */
export function hasOutletWord(text: string): boolean {
  return OUTLET_WORD.test(text) || OTHER_OUTLET_WORD.test(text) || CJK_OUTLET_ENDING.test(text);
}
