import { SECTION_WORDS } from './lexicon/section-words.js';
import { ANY_STOPWORD } from './lexicon/stopwords.js';
import { countWords } from './script.js';
import { readRelativeTime } from './relative-date.js';

/**
 * Whether a header line can be the headline. Section labels (`OPINION`, `Analysis`) are too
 * short, and a line that ends in a colon or comma introduces something rather than heads it.
 */
export function isHeadlineLike(text: string): boolean {
  if (text.length > 300 || /[:,;：，]$/u.test(text) || isRelativeStamp(text) || greets(text)) return false;
  const words = countWords(text);
  const cjk = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (cjk >= 6) return !isRunTogetherMenu(text);
  return words >= 3 && words <= 40 && !isRunTogetherMenu(text) && !isTableRow(text) && !LIST_BULLET.test(text);
}

// `Yesterday 21:14 via Example app`, `昨天 21:14 来自 微博`: a post's day and hour, then its client.
const DAY_AND_HOUR =
  /^(?:yesterday|today|gestern|heute|hier|aujourd['’]hui|вчера|сегодня|вчора|сьогодні|昨天|今天|前天)\s*,?\s*(?:at|um|à|в|о)?\s*\d{1,2}[:.h]\d{2}(?!\d)/iu;

// A note greets the one it is sent to (`Hallo Katrin, schau mal …`, `Привіт, Олено!`); a headline greets no one.
const GREETING =
  /^(?:hi|hello|hey|dear|hallo|liebe[rs]?|bonjour|salut|coucou|привет|здравствуйте|привіт|вітаю|добрый день|добрий день)[,!]?\s+\p{Lu}\p{Ll}+\s*[,!]/u;
const greets = (text: string) => GREETING.test(text.charAt(0).toLowerCase() + text.slice(1));

/** `Обновлено 2 часа назад`, `Il y a 3 heures`: a page's stamp of when it changed, never a headline. */
function isRelativeStamp(text: string): boolean {
  return readRelativeTime(text) !== null || DAY_AND_HOUR.test(text.trim());
}

// A headline opens on its first word; a list's item or a footnote opens on its mark.
const LIST_BULLET = /^[*•▪►»]/u;

/** `12 Jane Doe 2,045 3 1`: a row of a table copied as one line, more figures than words. */
function isTableRow(text: string): boolean {
  const figures = text.match(/(?<![\p{L}\p{N}])[\p{N}.,:%+-]*\p{N}(?![\p{L}\p{N}])/gu)?.length ?? 0;
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  return figures > words;
}

// A Cyrillic headline capitalises its first word and its names; a menu copied as one line
// (`Новости Культура Афиша`) capitalises every item.
const CYRILLIC_MENU = /^\p{Lu}[\p{Script=Cyrillic}'’-]*(?:\s+\p{Lu}[\p{Script=Cyrillic}'’-]*){2,}$/u;
// Chinese menus of two-character items run together with nothing between them: `首页财经体育汽车`.
// A headline of such length has a verb's or a number's shape; a menu is only its items, each a
// common section word.
const CJK_MENU_ITEMS =
  /^(?:首页|要闻|新闻|本地|民生|交通|教育|房产|财经|体育|娱乐|科技|汽车|图片|视频|专题|旅游|国内|国际|社会|军事|健康|文化|时政|评论|直播|热点|推荐|更多|登录|注册){3,}$/u;

// A Chinese menu copied with spaces between its items (`首页 本地 旅游 社会`), or one that opens
// on the home page's link, which no headline does.
const CJK_SPACED_MENU = /^\p{Script=Han}{2,4}(?:\s+\p{Script=Han}{2,4}){3,}$/u;
const CJK_HOME_MENU = /^首页[\p{Script=Han}A-Za-z]{4,28}$/u;

// A Latin menu copied as one line (`Aktuelles Lokales Sport Termine Kontakt`) capitalises every
// item, uses no function word, and names sections; a headline in title case names none.
const LATIN_MENU_WORDS = 4;
const LATIN_MENU_SECTIONS = 2;

function isLatinMenu(text: string): boolean {
  const words = text.split(/\s+/u);
  return (
    words.length >= LATIN_MENU_WORDS &&
    words.every((w) => /^\p{Lu}[\p{Ll}'’&-]*$/u.test(w) && !ANY_STOPWORD.has(w.toLowerCase())) &&
    words.filter((w) => SECTION_WORDS.has(w.toLowerCase())).length >= LATIN_MENU_SECTIONS
  );
}

/** A site's menu whose items the copy ran together into one line, which looks like a short headline. */
function isRunTogetherMenu(text: string): boolean {
  return (
    CYRILLIC_MENU.test(text) || CJK_MENU_ITEMS.test(text) || CJK_SPACED_MENU.test(text) || CJK_HOME_MENU.test(text) || isLatinMenu(text)
  );
}

// A section a page files the story under, set before the headline with a bar: `Opinion | …`.
const SECTION_BEFORE_BAR =
  /^(?:opinion|analysis|comment|commentary|editorial|column|exclusive|explainer|interview|review|live|watch|video|podcast|meinung|kommentar|analyse|tribune|éditorial|chronique|opinión|análisis|мнение|колонка|думка)\s*\|\s*(?=\S)/iu;

/** The headline without the section label a page sets before it with a bar. */
export function withoutSectionLabel(title: string): string {
  return title.replace(SECTION_BEFORE_BAR, '');
}
