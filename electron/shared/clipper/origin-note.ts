import { SITE_DOMAIN_ENDINGS } from '../text/name-key.js';
import { MONTHS, WEEKDAYS } from './lexicon/months.js';
import { findFullDates, formatDate } from './date.js';

/**
 * The notes a paste closes on that say where the story comes from: that another outlet ran it
 * first (`This article first appeared on Example Weekly`), that a newsletter sent it (`You are
 * receiving this because you subscribed to Example Daily`), or that an outlet's app shared it
 * (`Shared from the Example Daily app`). Each names the outlet after a set phrase, in the
 * clipper's languages; none is the story's own text.
 */

// A note is one short sentence.
const MAX_NOTE_CHARS = 240;
const MAX_NAME_WORDS = 6;

// Ran first elsewhere: `This article was originally published in`, `Originally published by the`,
// `This story first appeared on`, `is republished from … under a Creative Commons license`; a
// story `reprinted on` another site ran there after.
const EN_REPRINT = String.raw`(?:(?:this|the|a version of this|an earlier version of this) (?:article|story|post|piece|report|column|essay|interview|feature|op-ed)\s+)?(?:was\s+|is\s+|has been\s+)?(?:(?:(?:originally|first|initially)\s+(?:published|posted|appeared|ran|printed)|(?:published|posted|appeared|ran)\s+(?:originally|first|initially))\s+(?:in|on|by|at)|(?:republished|reprinted|reproduced)(?:\s+here)?(?:\s+with permission)?\s+from)`;
// `Cet article a été publié initialement dans`, `… a d'abord été publié dans`, `Article paru d'abord sur`, `republié à partir de`.
const FR_REPRINT = String.raw`(?:(?:cet|l['’]) ?article|cette (?:chronique|tribune|enquête)|ce (?:texte|reportage|billet|papier))?\s*(?:a été\s+|est\s+|a\s+(?=\S+\s+été\s))?(?:(?:initialement|d['’]abord|originellement|à l['’]origine|précédemment)\s+(?:été\s+)?(?:publiée?|parue?|mise? en ligne)|(?:publiée?|parue?|mise? en ligne)\s+(?:initialement|d['’]abord|originellement|à l['’]origine|précédemment)|republiée?\s+(?:à partir|avec l['’]autorisation))\s+(?:de|dans|sur|par)`;
// `Dieser Artikel erschien zuerst in der`, `Der Beitrag ist ursprünglich bei … erschienen`, `Zuerst erschienen im`.
const DE_REPRINT = String.raw`(?:(?:dieser|der) (?:artikel|beitrag|text|bericht|kommentar|gastbeitrag)\s+)?(?:ist\s+|wurde\s+)?(?:erschien|erschienen|veröffentlicht)?\s*(?:zuerst|ursprünglich|erstmals)\s+(?:erschienen\s+|veröffentlicht\s+)?(?:in der|in dem|in|im|bei der|bei dem|bei|beim|auf)`;
// `Материал впервые опубликован в издании`, `Статья изначально вышла на сайте`.
const RU_REPRINT = String.raw`(?:материал|статья|текст|публикация|интервью|колонка)\s+(?:был[аио]?\s+)?(?:впервые|изначально|первоначально)\s+(?:опубликован[аоы]?|вышл[аио]|вышел|размещ[её]н[аоы]?)\s+(?:в|на)(?:\s+(?:издании|газете|журнале|сайте|портале|блоге))?`;
// `Матеріал вперше опубліковано у виданні`, `Стаття спочатку вийшла на сайті`.
const UK_REPRINT = String.raw`(?:матеріал|стаття|текст|публікація|інтерв['’]ю|колонка)\s+(?:було\s+|була\s+)?(?:вперше|спочатку|початково)\s+(?:опубліковано|опублікован[аоий]|вийшл[аио]|вийшов|розміщено)\s+(?:в|у|на)(?:\s+(?:виданні|газеті|журналі|сайті|порталі|блозі))?`;
const REPRINT = new RegExp(String.raw`^(?:${EN_REPRINT}|${FR_REPRINT}|${DE_REPRINT}|${RU_REPRINT}|${UK_REPRINT})\s+`, 'iu');
// `本文首发于东海日报`, `本文原载于《东海日报》`, `本文转载自东海日报`; a paper's own note needs no
// subject: `（原载《东海日报》2023年7月9日第6版）`.
const CJK_REPRINT =
  /^[（(]?(?:(?:本文|此文|该文|文章|原文)(?:首发|原载|原发|首刊|刊发|刊载|转载|转自)|原载|原刊|首发|首刊)(?:于|自|在)?\s*[:：]?\s*/u;

// Sent as a newsletter: `You are receiving this email because you subscribed to`.
const EN_SUBSCRIBED = String.raw`(?:you(?:['’]re| are) receiving this|you received this|this (?:e-?mail|newsletter|message) was sent to you)(?:\s+(?:e-?mail|newsletter|message))?,?\s+(?:because|as)\s+you(?:['’]ve| have)?\s+(?:subscribed|signed up|opted in|registered|are (?:a )?(?:subscriber|subscribed|signed up|registered))\s+(?:to|for|with|at|of)`;
// `Vous recevez cet e-mail car vous êtes abonné à`.
const FR_SUBSCRIBED = String.raw`vous recevez (?:cet?|cette) (?:e-?mail|courriel|message|newsletter|lettre)\s+(?:car|parce que|puisque)\s+vous (?:êtes|vous êtes) (?:abonnée?|inscrite?)s?\s+(?:à|au|aux)`;
// `Sie erhalten diesen Newsletter, weil Sie … abonniert haben`: the name stands before the verb.
const DE_SUBSCRIBED = String.raw`sie erhalten (?:diese[nr]?|den|die) (?:e-?mail|newsletter|nachricht),?\s+(?:weil|da)\s+sie(?:\s+sich)?(?:\s+(?:für|bei|zu))?(?:\s+(?:den|die|das|der|dem))?`;
// `Вы получили это письмо, потому что подписались на рассылку`.
const RU_SUBSCRIBED = String.raw`вы получили (?:это|данное) (?:письмо|сообщение),?\s+(?:потому что|так как|поскольку)\s+(?:вы\s+)?(?:подписан[аы]?|подписались|зарегистрировались)\s+на`;
// `Ви отримали цей лист, тому що підписалися на розсилку`.
const UK_SUBSCRIBED = String.raw`ви отримали (?:цей|цього) (?:лист|листа|повідомлення),?\s+(?:тому що|оскільки|бо)\s+(?:ви\s+)?(?:підписан[іа]|підписалися|зареєструвалися)\s+на`;
const SUBSCRIBED = new RegExp(
  String.raw`(?:^|\s)(?:${EN_SUBSCRIBED}|${FR_SUBSCRIBED}|${DE_SUBSCRIBED}|${RU_SUBSCRIBED}|${UK_SUBSCRIBED})\s+`,
  'iu',
);
// `您收到这封邮件是因为您订阅了`.
const CJK_SUBSCRIBED = /(?:您|你)(?:之所以)?收到(?:这封|此|本)(?:邮件|电子邮件|简报|通讯)[，,]?(?:是)?因为(?:您|你)(?:订阅|注册)了\s*/u;
// What the reader subscribed to, before the outlet's name: `the newsletter of`, `la newsletter du`, `рассылку`.
const NEWSLETTER_BEFORE_NAME =
  /^(?:(?:la|votre|une|the|a|our)\s+)?(?:newsletters?|lettre d['’]information|infolettre|e-?mails?|updates|alerts|рассылк[ауи]|новости|розсилк[ауи]|новини|newsletter)(?:\s+(?:of|from|by|de la|de l['’]|du|des|de|d['’]|von|der|des))?\s*/iu;

// Shared from an app, named before the app's word: `Shared from the Example Daily app`,
// `Gesendet von der Example-App`, `Sent via Example for iOS`.
const SHARED_VIA =
  /^(?:shared|sent|posted|gesendet|geteilt|verschickt)\s+(?:from|via|with|using|through|von|mit|über|aus)(?:\s+(?:the|der|dem|den|die))?\s+/iu;
const APP_WORD = /[\s-](?:app|application|mobile app|news app)\s*$/iu;
// … or after it: `Partagé depuis l'application Example`, `Geteilt über die App der Example`,
// `Отправлено из приложения Example`, `Надіслано із застосунку Example`.
const SHARED_FROM_APP = new RegExp(
  String.raw`^(?:(?:gesendet|geteilt|verschickt)\s+(?:von|mit|über|aus|via)\s+(?:der|dem|den|die)\s+app\s+(?:der|des|von)|(?:partagée?|envoyée?)\s+(?:depuis|via|avec|par)\s+(?:l['’]application|l['’]appli|l['’]app)(?:\s+(?:du|de la|de l['’]|des|de|d['’]))?|(?:отправлено|поделились|опубликовано)\s+(?:из|через|с помощью)\s+(?:мобильного\s+)?приложени[яе]|(?:надіслано|поширено|відправлено)\s+(?:із|з|зі|через)\s+(?:мобільного\s+)?(?:застосунку|додатка))\s+`,
  'iu',
);
// `来自东海日报客户端`, `分享自东海日报APP`.
const CJK_APP_SHARE = /^(?:来自|分享自|发自)\s*([\p{Script=Han}A-Za-z0-9·]{2,20}?)\s*(?:新闻)?(?:客户端|app)\s*$/iu;

// The name as a note writes it: in quotation marks, a run of capitalised words with a name's
// particles (`Le Réveil du Causse`), or a Chinese run closed by punctuation.
const QUOTED_NAME = /^[«"“„《]\s*([^«»"“”„《》]{2,60}?)\s*[»"”“》]/u;

// A prompt to install the outlet's app: `Download the Example app`, `Завантажте застосунок «Example»`,
// `Скачайте приложение «Example»`. The app's word after the name, or the name's quotation marks, close the name.
const DOWNLOAD_APP =
  /^(?:download|get|install|скачайте|загрузите|установите|завантажте|встановіть|téléchargez|installez)\s+(?:(?:the|our|наше|нашу|наш)\s+)?(?:((?:мобильное\s+)?приложение|(?:мобільний\s+)?застосунок|додаток|l['’]application|l['’]appli)\s+)?(.+?)(\s+(?:mobile\s+|news\s+)?app)?$/iu;

/** The outlet whose app a prompt asks to install, or null. */
function outletOfAppPrompt(line: string): string | null {
  const m = DOWNLOAD_APP.exec(line);
  return m && (m[3] || (m[1] && QUOTED_NAME.test(m[2]!))) ? nameOpening(m[2]!) : null;
}

const NAME_WORD = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.+-]*|\p{Ll}[\p{L}\p{N}-]*\.(?:com|net|org|co\.uk|de|fr|ru|ua|cn))[,.;:!?)]*$/u;
const PARTICLE = /^(?:of|the|and|for|de|du|des|la|le|les|l['’]\p{L}+|d['’]\p{L}+|et|der|die|das|am|im|für|und|и|і)$/iu;
const HAN_NAME = /^([\p{Script=Han}A-Za-z0-9·]{2,20}?)(?=[，,。；;）)、\s]|$)/u;
// What a note may name after the outlet, which is no part of its name.
const PRODUCT_WORD = /\s+(?:app|application|newsletters?|website|site|e-paper|edition)$/iu;

// A Russian or Ukrainian name unquoted is in sentence case, and closes the note: `… у виданні Поліський вісник.`
const CYRILLIC_NAME = /^(\p{Lu}\p{Script=Cyrillic}*(?:[\s-]\p{Script=Cyrillic}+){0,3})\s*[.!]?$/u;

/** Whether a word reads as part of a date, not of a name: `March`, `3`, `Monday`. */
function isDateWord(word: string): boolean {
  const w = word.toLowerCase();
  return MONTHS.has(w) || WEEKDAYS.has(w) || /^\d/u.test(w);
}

function nameOpening(text: string): string | null {
  const quoted = QUOTED_NAME.exec(text);
  if (quoted) return quoted[1]!.trim();
  if (/^\p{Script=Han}/u.test(text)) return HAN_NAME.exec(text)?.[1] ?? null;
  const cyrillic = CYRILLIC_NAME.exec(text.trim());
  if (cyrillic) return cyrillic[1]!;
  const words = text.split(/\s+/u);
  // `Originally published on March 3, 2024`: the note dates the story and names no outlet.
  if (isDateWord(words[0]!.replace(/[,.]$/u, ''))) return null;
  const taken: string[] = [];
  for (const word of words) {
    if (taken.length >= MAX_NAME_WORDS) break;
    const clean = word.replace(/[,.;:!?)]+$/u, '');
    if (NAME_WORD.test(word)) taken.push(clean);
    else if (taken.length && PARTICLE.test(clean)) taken.push(clean);
    else break;
    // A name ends where its punctuation does: `… Example Weekly, and is republished …`.
    if (clean !== word) break;
  }
  while (taken.length && PARTICLE.test(taken.at(-1)!)) taken.pop();
  const name = taken.join(' ').replace(PRODUCT_WORD, '');
  return name.length >= 2 && /\p{L}/u.test(name) ? name : null;
}

/** The outlet after a lower-case article (`the Example Chronicle`), which is no part of its name. */
function afterLowerArticle(text: string): string {
  return text.replace(/^(?:the|le|la|les|der|die|das|dem)\s+(?=\p{Lu})|^l['’](?=\p{Lu})/u, '');
}

/** The outlet a note says ran the story first, or null. */
export function outletOfReprintNote(text: string): string | null {
  const line = text.trim();
  if (line.length > MAX_NOTE_CHARS) return null;
  const cjk = CJK_REPRINT.exec(line);
  if (cjk) return nameOpening(line.slice(cjk[0].length));
  const m = REPRINT.exec(line);
  return m ? nameOpening(afterLowerArticle(line.slice(m[0].length))) : null;
}

/**
 * The date of first publication a reprint note gives (`（原载《东海日报》2023年7月9日第6版）`,
 * `First published in Example Weekly on 4 March 2026`), when one note gives exactly one date.
 */
export function reprintNoteDate(texts: readonly string[]): string | null {
  for (const text of texts) {
    if (outletOfReprintNote(text) === null) continue;
    const [date, ...more] = findFullDates(text);
    if (date?.year && more.length === 0) return formatDate(date.year, date.month, date.day);
  }
  return null;
}

/** The outlet a newsletter's footer says the reader subscribed to, or null. */
export function outletOfSubscription(text: string): string | null {
  const line = text.trim();
  if (line.length > MAX_NOTE_CHARS) return null;
  const cjk = CJK_SUBSCRIBED.exec(line);
  if (cjk) return nameOpening(line.slice(cjk.index + cjk[0].length));
  const m = SUBSCRIBED.exec(line);
  if (!m) return null;
  const rest = afterLowerArticle(line.slice(m.index + m[0].length));
  const named = nameOpening(afterLowerArticle(rest.replace(NEWSLETTER_BEFORE_NAME, '')));
  // `… subscribed to The Morning Brief from Example Daily`: the outlet sends the newsletter it names.
  const sender = / (?:from|by|de|von|от|від) (?:the )?(.+)$/iu.exec(rest)?.[1];
  return (sender ? nameOpening(sender) : null) ?? named;
}

/** The outlet whose app a share footer says the story was sent from, or null. */
export function outletOfAppShare(text: string): string | null {
  const line = text.trim().replace(/[.!]$/u, '');
  if (line.length > MAX_NOTE_CHARS) return null;
  const cjk = CJK_APP_SHARE.exec(line);
  if (cjk) return cjk[1]!;
  const after = SHARED_FROM_APP.exec(line);
  if (after) return nameOpening(line.slice(after[0].length));
  const prompted = outletOfAppPrompt(line);
  if (prompted) return prompted;
  // `Sent from my phone`, `Sent with Example Mail`: only the app's word after the name says it is an outlet's app.
  const via = SHARED_VIA.exec(line);
  const rest = via ? line.slice(via[0].length) : '';
  if (!APP_WORD.test(rest)) return null;
  const name = nameOpening(rest);
  return name && rest.replace(APP_WORD, '').trim().length <= name.length + 1 ? name : null;
}

// A site's terms for reusing its stories, which ask for a link to it by name:
// `При использовании материалов ссылка на «Example» обязательна`, `… з посиланням на сайт example.ua`.
const REUSE =
  /(?<!\p{L})(?:материал|матеріал|публикац|публікац|перепечат|передрук|цитирова|цитува|копирова|копіюва|material|content|reproduc|republish)/iu;
const LINK_TO =
  /(?<!\p{L})(?:(?:гипер|гіпер)?(?:ссылк|посиланн)\p{L}*|(?:hyper)?links?)\s+(?:на|to)\s+(?:(?:сайт|издание|интернет-издание|сетевое издание|портал|газету|первоисточник|источник|видання|інтернет-видання|джерело|першоджерело|the (?:website|site|source)|the)\s+)?/iu;
const ADDRESS = new RegExp(String.raw`^(?:https?:\/\/)?(?:www\.)?([\p{L}\p{N}-]+\.(?:${SITE_DOMAIN_ENDINGS}))(?![\p{L}\p{N}])`, 'u');

/** The outlet a site's terms for reusing its stories ask a link to, by its name or by its address; or null. */
export function outletOfReuseTerms(text: string): { name: string; address: boolean } | null {
  const line = text.trim();
  if (line.length > MAX_NOTE_CHARS * 2 || !REUSE.test(line)) return null;
  const m = LINK_TO.exec(line);
  if (!m) return null;
  const rest = line.slice(m.index + m[0].length);
  const address = ADDRESS.exec(rest);
  if (address) return { name: address[1]!, address: true };
  const name = QUOTED_NAME.test(rest) || /^[A-Z]/u.test(rest) ? nameOpening(rest) : null;
  return name ? { name, address: false } : null;
}

/** Whether a line is such a note: page furniture, whatever its outlet. */
export function isOriginNote(text: string): boolean {
  return outletOfReprintNote(text) !== null || outletOfSubscription(text) !== null || outletOfAppShare(text) !== null;
}
