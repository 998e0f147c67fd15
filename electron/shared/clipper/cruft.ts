import {
  CAPTION_CREDIT,
  CONSENT_BOX,
  CONSENT_TERMS,
  COOKIE_WORD,
  FOOTER_MARKERS,
  LABELS,
  LINK_LIST_HEADINGS,
  LINK_LIST_LEAD,
  NEWSLETTER_BOX,
  PAYWALL,
  PREFIXES,
  PROMPTS,
  CHANNEL_PROMPT,
  READING_TIME_TEXT,
  SITE_NOTICE,
  LEGAL_LINK,
  LEGAL_PAGE,
  READER_ADDRESSED,
  SITE_SPEAKS,
} from './lexicon/cruft-phrases.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { pictureAgencyPattern } from './lexicon/picture-agencies.js';
import { countWords, endsSentence } from './script.js';
import { urlOfLine } from './page-url.js';
import { bracketedHanOutlet, isOutletSlogan } from './source.js';
import { isOriginNote } from './origin-note.js';
import { isEditorNote } from './editor-notes.js';
import { bareName } from './byline.js';
import { MAIL_HEADER_LINE, MAIL_SEPARATOR } from './mail-header.js';

// A label may stand in a Chinese page's brackets: `【延伸阅读】`, or point down to the rest of the story: `展开全文 ↓`.
const key = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s.:：!›»>→↓|]+$/u, '')
    .replace(/^[【［[]\s*([^【】［］[\]]+?)\s*[】］\]]$/u, '$1')
    .trim();

// A forwarder's note to the people it goes to, over the story: `Hi all, flagging this one. Dana`.
// A live blog greets its readers too (`Bonjour et bienvenue`), but never as a group of colleagues.
const FORWARD_NOTE =
  /^(?:(?:hi|hello|hey|dear)\s+(?:all|everyone|everybody|team|folks|colleagues|both)|fyi|hallo\s+(?:zusammen|alle|team)|liebe\s+kolleg\p{L}*|bonjour\s+(?:à\s+tou(?:te)?s|tout le monde|l['’]équipe)|(?:привет|добрый день),?\s+(?:всем|коллеги)|всем привет|коллеги|(?:привіт|вітаю|добрий день),?\s+(?:усім|всім|колеги)|всім привіт|колеги|各位)(?![\p{L}])\s*[,!:.，！：]/iu;
const FORWARD_NOTE_WORDS = 40;
// A signature's separator and a phone's sign-off close a mail.
const MAIL_CLOSE = /^(?:-- ?|sent from my \S.*)$/iu;
const SEPARATOR = /^[\p{P}\p{S}\s]{1,80}$/u;
const READING_TIME = new RegExp(`^${READING_TIME_TEXT}$`, 'iu');
// A post's tags and its view counter: `#floods #weather`, `👁 4.2K`, `1,2 тыс. просмотров`.
const HASHTAGS = /^(?:#[\p{L}\p{N}_]+[\s,]*)+$/u;
const VIEW_COUNT =
  /^(?:\p{Extended_Pictographic}\uFE0F?\s*[\d.,]+\s*[kmкм]?|[\d.,]+\s*(?:[kmкм万]|тыс\.?|тис\.?)?\s*(?:views|просмотр\p{L}*|перегляд\p{L}*|阅读|浏览)|(?:阅读|浏览|阅读量|浏览量)\s*[:：]?\s*[\d.,]+\s*[万千]?\+?)$/iu;
// A call to action after a post's emoji: `👉 Subscribe`, `✅ Підписатися на канал`.
const LEADING_SYMBOLS = /^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+/u;
// A portal's text tools: `字号：大 中 小 打印本页`, `【字体 大 中 小】 打印本页`.
const TEXT_TOOLS = /^【?(?:字号|字体)\s*[:：]?\s*[大中小\s]+】?(?:打印本页|打印|关闭窗口|\s)*$/u;
// A portal's reader buttons with their counts: `点赞 12 收藏 分享`.
const CJK_ACTION_BAR = /^(?:(?:点赞|赞|收藏|举报|分享|评论|转发|打印|纠错)\s*\d*\s*){2,}$/u;
// A count of comments, before or after its label: `Comments (12)`, `12 comments`, `3 commentaires`.
const COMMENT_WORD = String.raw`(?:comments?|kommentare?|commentaires?|réactions?|réagir|комментари[йиев]*|коментар[іів]*|评论)`;
const COMMENT_COUNT = new RegExp(String.raw`^(?:${COMMENT_WORD}\s*[:：(]?\s*\d*\)?|\d[\d.,]*\s*${COMMENT_WORD})$`, 'iu');
// The page saying readers may no longer comment: `Comments are closed for this live blog.`
const COMMENTS_CLOSED =
  /^(?:comments? (?:are|is|have been) (?:now )?(?:closed|disabled|turned off)|commenting (?:is|has been) (?:now )?(?:closed|disabled)|(?:die )?kommentarfunktion (?:ist|wurde) (?:hier )?(?:geschlossen|deaktiviert|abgeschaltet)|kommentare (?:sind|wurden) (?:geschlossen|deaktiviert)|les commentaires sont (?:fermés|clos|désactivés)|комментарии (?:закрыты|отключены)|коментарі (?:закрито|закриті|вимкнено)|评论已关闭)(?:\s+(?:for|on|für|zu|pour|sur|для|до)(?:\s+\S+){1,4})?[.!]?$/iu;
// An editor's note that the story was corrected or updated: `Correction: …`, `Rectificatif (9h40) : …`.
const CORRECTION_NOTE =
  /^(?:correction|clarification|editor['’]s note|note to readers|rectificatif|correctif|erratum|précision|korrektur|berichtigung|richtigstellung|anmerkung der redaktion|исправление|уточнение|поправка|виправлення|уточнення|更正|勘误)\s*(?:\([^()]{1,30}\))?\s*[:：]\s*\S/iu;
const CORRECTION_NOTE_WORDS = 80;
// Where the piece first ran, or that it speaks only for its author: `This article first appeared in
// the print edition`, `Der Beitrag erschien in der Printausgabe`, `n'engage que son auteur`.
const PUBLICATION_NOTE =
  /(?<!\p{L})(?:(?:first )?appeared (?:first )?in (?:the )?(?:print|sunday|weekend)(?!\p{L})|print edition|erschien (?:zuerst )?in der|printausgabe|édition (?:papier|imprimée)|n['’]engage(?:nt)? (?:pas|que)|gibt (?:die|ausschließlich die) meinung (?:des|der) (?:autors|autorin|verfasser)|(?:мнение|позиция|точка зрения) (?:автора|редакции) (?:\p{L}+ ){0,3}может не совпадать|(?:думка|позиція|точка зору) (?:автора|редакції) (?:\p{L}+ ){0,3}може не збігатися)/iu;
const PUBLICATION_NOTE_WORDS = 40;
// A freelance's credit on its own line under the byline: `Special to the Example Chronicle`.
const SPECIAL_TO_CREDIT = /^[Ss]pecial (?:to|for) (?:the )?\p{Lu}/u;
const SPECIAL_TO_CREDIT_WORDS = 8;
// `More recipes`, `Weitere Reiseberichte`: two words that send the reader to more of a section.
const MORE_OF_SECTION = /^(?:more|weitere|autres|ещё|еще|другие|більше|інші)\s+\p{L}+$/iu;
// `\b` knows only ASCII letters, so the words of other languages stand between lookarounds for any letter.
const NEWSLETTER = /\bnewsletters?\b|\bpodcast\b|(?<!\p{L})(?:рассылк|розсилк|infolettre)/iu;
const SIGN_UP =
  /\bsign up\b|\bsubscribe\b|\binbox\b|(?<!\p{L})(?:подпишитесь|подписывайтесь|подписаться|підпишіться|підписуйтесь|підписатися|abonnez|abonnieren|inscrivez|melden sie sich|anmelden)(?!\p{L})/iu;
// A caption under its label (`Image caption …`) is one however long it runs.
// A column's name over its headline: `Kolumne «Post aus dem Dorf»`, `Chronique : Vu du quai`.
const COLUMN_LABEL = /^(?:column|kolumne|chronique|колонка(?: автора)?|专栏)(?:\s*[:：]\s*[«"“„]?|\s+[«"“„])[^«»"“”„.!?]{2,50}[»"”“]?$/iu;
const COLUMN_LABEL_WORDS = 8;
const CAPTION_LABEL = /^(?:image caption|media caption|video caption|image copyright|image source|bildunterschrift|légende)\b/iu;
// A script's stand-in when scripts are off (`This slideshow requires JavaScript.`) and a blog's
// shortcode the site failed to render (`[button link="…"]Send us your review[/button]`).
const NO_SCRIPT =
  /\b(?:requires? javascript|enable javascript|javascript (?:is )?(?:disabled|required|must be enabled)|javascript aktivieren|activer (?:le )?javascript|включите javascript|увімкніть javascript)\b/iu;
const NO_SCRIPT_WORDS = 20;
const SHORTCODE = /\[\/[a-z_-]+\]|^\[[a-z_-]+(?:\s+[a-z_-]+=[^\]]*)+\]/iu;
// A link to another story tagged with what it holds: `Police clear the square [VIDEO]`, `… [PICS]|`.
const TAGGED_LINK = /\[\p{Lu}{3,}\]\s*\|?$/u;
const TAGGED_LINK_WORDS = 25;
// An author's note that closes the story with where to reach or follow them.
const AUTHOR_CONTACT =
  /\b(?:follow (?:him|her|them|me|us) on (?:twitter|x|facebook|instagram|linkedin|bluesky|threads)|follow (?:him|her|them|me) @|(?:may|can) be reached at|folgen sie (?:ihm|ihr) (?:auf|bei)|suivez-(?:le|la) sur|подписывайтесь на (?:него|неё|нее) в|стежте за (?:ним|нею) в)\b/iu;
const AUTHOR_CONTACT_WORDS = 60;
// Where readers write to the paper, under its editorial: `Letters to the editor: letters@example.com`,
// or in a prompt that may open on a question: `Do you have a view? Write to us at letters@example.com`.
const LETTERS_LEAD = String.raw`letters to the editor|letters|write to us|e-?mail us|send (?:us )?your (?:letters?|views|thoughts|comments)(?: to)?|leserbriefe|schreiben sie uns|courrier des lecteurs|écrivez-nous|письма в редакцию|(?:пишите|напишите) нам|листи до редакції|(?:пишіть|напишіть) нам|读者来信`;
const LETTERS_VIA = String.raw`(?:(?:at|to|an|unter|à|на|по адресу|за адресою)\s+(?:(?:e-?mail|почту|пошту|электронную почту|електронну пошту)\s+)?)?`;
const LETTERS_ADDRESS = new RegExp(
  String.raw`^(?:[^.!?]{3,60}\?\s+)?(?:${LETTERS_LEAD})\s*[:：]?\s*${LETTERS_VIA}(?:\S+@\S+\.\p{L}+|(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:\/\S*)?)\.?$`,
  'iu',
);
// A share button or a link to more of a list: `Share this on WhatsApp`, `View all (4)`, `Permalink`.
const BUTTON =
  /^(?:share (?:this |it )?(?:on|via|to|with) \S+(?: \S+)?|(?:view|see|show) all(?: \(\d+\))?|permalink|teilen (?:auf|via) \S+|partager sur \S+|compartir en \S+|compartilhe?r? no \S+|поделиться в \S+|поширити в \S+)$/iu;
// A programme's or site's own accounts: `Follow Radio North on Instagram, Facebook and YouTube.`
const FOLLOW_ACCOUNTS = /^follow (?:\S+ ){1,4}on (?:twitter|x|facebook|instagram|youtube|tiktok|linkedin|bluesky|threads|snapchat)\b/iu;
const FOLLOW_ACCOUNTS_WORDS = 20;
// A button that loads more of a page or leaves its mobile copy: `Show older posts`, `Voir plus
// d’articles`, `Полная версия сайта`.
const MORE_BUTTON =
  /^(?:(?:load|show|see|view) (?:more|earlier|older)(?: \p{L}+)?|voir plus(?: d(?:e |['’])\p{L}+)?|(?:mehr|weitere \p{L}+) (?:laden|anzeigen)|показать (?:ещё|еще|больше)(?: \p{L}+)?|показати (?:ще|більше)(?: \p{L}+)?|加载更多|查看更多|(?:full|desktop|classic) (?:version|site)(?: of the site)?|version (?:complète|classique) du site|(?:desktop|vollständige)-?version|полная версия(?: сайта)?|повна версія(?: сайту)?)$/iu;
const LEGAL_LINKS_WORDS = 10;
// One legal page's link stands alone (`Privacy`, `Terms and Conditions`); a line of more words
// names two of them, since news reports on privacy and terms too (`Regulator fines app over privacy breach`).
const LEGAL_LINK_ALONE_WORDS = 3;
const LEGAL_LINK_ROW = new RegExp(`${LEGAL_LINK.source}.*${LEGAL_LINK.source}`, 'iu');

// A share bar's count (`258 Shares`) and a gallery's counter (`1 of 6`).
const SHARE_COUNT = /^(?:\d[\d.,]*\s*[km]?\s+)?(?:shares?|partages|geteilt|поделились|поширень)$/iu;
const GALLERY_COUNTER = /^\d{1,3}\s*(?:of|von|sur|de|di|из|з)\s*\d{1,3}$/iu;
// A gallery's count of its pictures: `Gallery: 12 photos`, `Фотогалерея: 14 фото`, `图集：8张`.
// A link to a gallery closes on its count of pictures: `Gallery: the best of the parade (24 photos)`.
const GALLERY_LINK = /\(\d{1,3}\s*(?:photos?|pictures|images|fotos|bilder|фото|фотографи\p{L}*|світлин\p{L}*|张|图)\)$/iu;
const GALLERY_LINK_WORDS = 15;
const PICTURE_COUNT =
  /^(?:(?:photo )?gallery|photos|фотогалерея|галерея|фото|світлини|bildergalerie|galerie(?: photos?)?|diaporama|图集|组图)?\s*[:：]?\s*\d{1,3}\s*(?:photos?|pictures|images|фото|фотографи\p{L}*|світлин\p{L}*|bilder|fotos|張|张|图)$/iu;
// A caption's credit the copy glued to its last word or full stop (`… sought treatmentCredit: EPA`,
// `… in Ohio.Credit...Ann Reyes`), or one that ends it (`Jane Doe Submitted photo`), or stands
// alone (`Courtesy of Ann Reyes`). A Chinese caption closes on its photographer: `（记者 张伟 摄）`.
const GLUED_CREDIT = /[\p{Ll}.!?](?:Credit|Photo|Image|Picture|Source)(?:\s*:|\.{2,}|…)\s*\S/u;
// A caption's credit in capitals after its last sentence, photographer and agency: `… in 2024. ANN REYES / EXAMPLE PRESS`.
const CAPITALS_CREDIT =
  /[.!?]\s+\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){0,3}\s*\/\s*\p{Lu}[\p{Lu}'’-]*(?:\s+\p{Lu}[\p{Lu}'’-]*){0,3}$/u;
const CAPTION_WORDS_BEFORE_CREDIT = 60;
// A photographer on assignment, credited after the caption's sentence with the outlet he shot for,
// in capitals or not: `… in March. Ann Reyes for The Example Herald`, `… le 3 mai. ANN REYES POUR « L’EXEMPLE »`.
const CREDIT_FOR_OUTLET =
  /[.!?]["”’»]?\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+(?:for|FOR|pour|POUR|für|FÜR|для|ДЛЯ)\s+(?:[«"“„]\s*)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,4}\s*[»"”“]?$/u;
// The same in title case: `… opened in 1973. Ann Reyes/Example Today`.
// `… Photo Le Courrier du Lac/Jean Roux`: the picture word, the outlet, a slash and the photographer.
const PICTURE_OUTLET_SLASH =
  /[.!?]["”’»]?\s+(?:[Pp]hoto|[Ff]oto|[Фф]ото|[Сс]вітлина)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|du|la|le|der|die|des)\s+){0,2}\p{Lu}[\p{L}'’.-]*){0,5}\s*\/\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u;
const NAME_SLASH_CREDIT =
  /[.!?]["”’»]?\s+\p{Lu}[\p{Ll}'’.-]+(?:\s+\p{Lu}[\p{Ll}'’.-]+){1,2}\s*\/\s*\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3}$/u;
// The same with the photographer's name alone after a sentence's last word (not an abbreviation's
// capital, as in `… at the L.A. Auto Show`): `… comme ici jeudi après-midi. Lara Chappuis`.
const NAME_CLOSING_CAPTION = /(?<=\S(?:\s+\S+){3,}\p{Ll}{2}[.!?]["”’»]?\s+)\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u;
// The age rating Russian law has an advertisement's label carry: `Реклама 18+`.
const AGE_MARK = /\s+\d{1,2}\+$/u;
// A prompt to follow the site on a news aggregator: `Follow Example Post on Google News`.
const AGGREGATOR_PROMPT = /(?<!\p{L})(?:follow|suivre|folgen|подписывайтесь|підписуйтесь)(?!\p{L}).{0,80}\bgoogle (?:news|actualités)\b/iu;
const AGGREGATOR_PROMPT_WORDS = 35;
// A prompt to report a typo by selecting it, as Russian and Ukrainian sites print under a story.
const TYPO_PROMPT = /\bctrl\s*\+\s*enter\b/iu;
const TYPO_PROMPT_WORDS = 30;
const CJK_PHOTOGRAPHER = /[（(][^（）()]{2,40}\s?摄[）)]$/u;
// A Chinese caption closes on who gave the picture, or where it came from: `…湿地。（某局供图）`,
// `…拍照。（资料图）`, `…施工。某公司供图`.
const CJK_PICTURE_GIVER =
  /(?:[（(][^（）()]{2,40}(?:供图|供圖|(?:图片|照片)[^（）()]{0,20}提供)[）)]|[（(](?:资料图片?|資料圖|(?:图片来源|图源|图)\s*[:：/／][^（）()]{1,30})[）)]|。\s*[^。，,\s]{2,30}供[图圖])$/u;
// A Chinese caption closes on its photographer's credit without brackets: `…公交车。记者 王某 摄`.
const CJK_CAPTION_CREDIT = /(?:记者|通讯员|摄影记者|摄影|实习生)\s*\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4})*\s*摄$/u;
const CJK_CAPTION_CHARS = 160;
// `图为…。张伟 摄`: a caption says what the picture shows (`图为`) or closes on its photographer after its sentence.
const CJK_PICTURE_CAPTION = /^(?:图为|圖為|上图|下图|图：|圖：)|。\s*\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4})*\s*(?:摄|攝)$/u;
// Where a story's pictures came from, said in brackets: `（本文图片由受访者提供）`, `（图片来源：网络）`.
const CJK_PICTURE_SOURCE = /^[（(](?:本文)?(?:图片|照片|配图)(?:均)?(?:由|来自|来源[:：]?)[^（）()]{1,24}[）)]$/u;
// A Chinese site's notice that the story is its own and may not be copied: `本文版权归某报所有，未经授权不得转载。`
const CJK_REPRINT_BAN = /未经[^。]{0,12}(?:不得|禁止|严禁)(?:转载|轉載|使用|复制|複製)/u;
// `扫一扫，分享到朋友圈`, `原创 某某日报`: a WeChat post's share prompt and its label for its own posts.
const CJK_SHARE_PROMPT = /^(?:扫一扫|扫码|掃一掃)|分享到(?:朋友圈|微信|微博)|^原创\s+\S{2,20}(?:\s+\S{2,20})?$/u;
const CJK_SHARE_PROMPT_CHARS = 40;
const CJK_REPRINT_BAN_CHARS = 100;
// A Chinese page's labelled summary over its story: `【摘要】…`, `导读：…`; the story tells it again.
const CJK_SUMMARY = /^(?:[【[［]\s*(?:摘要|导读|内容提要|核心提示)\s*[】\]］]|(?:摘要|导读|内容提要|核心提示)\s*[:：])/u;
// A Chinese page's row of tags after their label (`标签：甲 乙 丙`): words set apart by spaces, none a
// sentence, where a headline runs on as one phrase.
const CJK_TAG_ROW = /^\p{Script=Han}{2,4}\s*[:：]\s*\p{Script=Han}{1,8}(?:\s+\p{Script=Han}{1,8}){2,}$/u;
const CREDIT_ENDING = /\b(?:submitted|file|staff|contributed|handout|courtesy) (?:photo|image|picture)\.?$/iu;
const COURTESY = /^(?:photo |image )?courtesy(?: of)?\s+\S/iu;
const COURTESY_WORDS = 8;
const NAV_SEPARATORS = /\s*(?:\||\/|›|»|>|·|•|→)\s*/u;
const QUOTED_IN_GUILLEMETS = /«[^«»]*»/gu;
// A wire's note of what a new version of the story adds: `(Adds minister's comment, paragraphs 4-6)`.
const UPDATE_NOTE = /^\((?:adds|updates|recasts|rewrites|changes|corrects|fixes|removes|refiles|restores|inserts)\b[^()]{2,120}\)$/iu;
// A button that shares what the page holds: `Share this post`, `Поделиться трансляцией`, `Diesen Artikel teilen`.
const SHARE_BUTTON =
  /^(?:share (?:this|the|our) \p{L}+|partager (?:cet|cette|ce|l['’]|la |le )\s*\p{L}+|(?:diese[nsr]?|den|die|das) \p{L}+ teilen|(?:поделиться|поділитися)(?: \p{L}+){1,2}|分享(?:本文|文章|此文))$/iu;
// A link to the rest of a section or a column: `All news from the region`, `Все новости Примерска`, `Читати більше колонок`.
const ALL_OF_SECTION =
  /^(?:(?:all|toutes les|tous les|alle|все|всі|усі) (?:news|stories|articles|actualités|infos|nachrichten|artikel|meldungen|новости|материалы|статьи|новини|матеріали|статті)|(?:read|lire|lesen sie|читать|читати) (?:more|plus d['’]|plus de|mehr|больше|більше|ещё|ще) ?\p{L}+)(?: \p{L}+){0,3}$/iu;
const ALL_OF_SECTION_WORDS = 6;
// A footer's terms for quoting the site's material: `При использовании материалов гиперссылка обязательна`,
// `When using our content, a link to the source is required`.
const QUOTING_TERMS =
  /(?:при (?:цитировании|использовании|копировании|перепечатке)|при (?:цитуванні|використанні|копіюванні|передруку)|(?:when|if) (?:quoting|using|reproducing|republishing)|bei (?:zitierung|verwendung|übernahme|nutzung)|(?:en cas de|pour toute) (?:reprise|reproduction|citation))(?!\p{L}).{0,40}?(?<!\p{L})(?:материал|матеріал|material|content|contenu|article|artikel|inhalt|публикац|публікац|статей|статт|информац|інформац)\p{L}*.{0,160}?(?<!\p{L})(?:(?:гипер|гіпер)?(?:ссылк|посиланн)\p{L}*|(?:hyper)?links?|liens?|verlinkung|quellenangabe)(?!\p{L})/iu;
const QUOTING_TERMS_WORDS = 60;
// A betting advertisement's legal notice: `Play responsibly. 18+`, `Грайте відповідально`.
const GAMBLING_NOTICE =
  /(?:play|gamble|bet) responsibly|jouez (?:de manière )?responsable|spielen sie verantwortungs(?:voll|bewusst)|играйте ответственно|грайте відповідально|理性购彩/iu;
const GAMBLING_NOTICE_WORDS = 30;
// A paper's call for readers' tips: `Got a story? Email …`, `Есть новость? Пишите …`, `Une info ? Écrivez-nous`.
const TIP_PROMPT =
  /^(?:(?:got|have you got|do you have|have) an? (?:story|news tip|tip|story idea)|(?:есть|знаете) (?:новость|тема|интересная история)|(?:маєте|є) (?:новину|тему|цікаву історію)|une info(?:rmation)?|vous avez une info(?:rmation)?|(?:haben sie )?(?:einen hinweis|ein thema|eine geschichte) für uns)\s*\?/iu;
const TIP_PROMPT_WORDS = 30;
// Where the whole of a cut piece is printed: `Полная версия интервью — в июльском номере журнала`,
// `The full interview appears in the May issue`, `Das vollständige Interview lesen Sie in …`.
const FULL_VERSION_NOTE =
  /^(?:(?:полная|полную|повна|повну) верси[яю]|(?:the )?full (?:version of (?:the|this) )?(?:interview|article|story|conversation) (?:appears|is|runs|can be read)|(?:das )?vollständige (?:interview|gespräch)|l['’]intégralité de (?:l['’]entretien|l['’]interview|cet entretien)|(?:retrouvez|lisez) l['’](?:entretien|interview) (?:complet|en intégralité))(?!\p{L})/iu;
const FULL_VERSION_NOTE_WORDS = 30;
// A news aggregator's button to follow the outlet: `Добавить Пример в источники`, `Add Example to your preferred sources`.
const ADD_TO_SOURCES =
  /^(?:добавить|добавьте|додати|додайте|add)\s.{1,40}?\s(?:в|до|to)\s(?:(?:мои|свої|мої|your)\s)?(?:источники|избранные источники|джерела|(?:preferred )?sources)$/iu;
// A French caption's `DR` (droits réservés) credit after its sentence: `… à Colomiers. DR`, `… (Photo DR)`.
const RIGHTS_RESERVED_CREDIT = /[.!?]["”’»]?\s+(?:\(?(?:photo|illustration)\s+)?(?:©\s*)?(?:DR|D\.R\.)\)?\.?$/u;
// A caption's trailing credit: `… on Mill Street. (Ann Reyes)`, `(Jane Doe/Outlet)`.
const TRAILING_CREDIT = /[.!?]\s*\((?:\p{Lu}[\p{L}'’.-]*\s?){1,4}(?:\/\s?[\p{L}][\p{L}\s.&-]{0,30})?\)$/u;

// A caption closes on its picture's credit after its sentence: `… at the dam. Picture by Ann Reyes`,
// `… церковь. Фото автора`, `… de rues. (Photo archives Le Nordet)`.
const PICTURE_WORD = '(?:photo|photograph|picture|image|foto|bild|фото|світлина|знімок|снимок)s?';
const CREDIT_AFTER_CAPTION = new RegExp(
  `[.!?]["”’»]?\\s+(?:${PICTURE_WORD}\\s+(?:by|von|de|par|by courtesy of)\\s+\\p{Lu}[\\p{L}'’.-]*(?:[\\s/]+\\p{Lu}[\\p{L}'’.-]*){0,5}|(?:фото|світлина)\\s+(?:автора|авторки|редакции|редакції|(?:из|з)\\s+(?:\\p{L}+\\s+)?(?:архива|архіву)(?:\\s+\\p{L}+){0,2})|photo from (?:\\p{L}+\\s+){0,2}archive|photo de l['’]auteur|foto: privat)\\.?$|[.!?]\\s*\\(${PICTURE_WORD}\\s[^()]{2,60}\\)$`,
  'iu',
);

// A photo caption's own words: who stands where in the picture, a file photo, an illustration.
const CAPTION_SHAPE =
  /,\s*(?:left|right|center|centre|second from (?:left|right))\s*[,.)]|\((?:left|right|center|centre|background|foreground)\)|\bfile (?:photo|image|picture)\b|\billustration (?:of|shows)\b|^in this (?:\S+\s+){0,5}(?:photo|image|picture)\b/iu;
const CAPTION_WORDS = 80;

// A line of nine words or more opening on a picture's noun with no colon (`Video shows firefighters
// pulling a driver from the flooded river`) is a headline or a sentence; a player's short caption,
// `Photo courtesy of …` and `Video: …` are furniture.
const PICTURE_NOUN_OPENING =
  /^(?:video|videos|photo|photos|photograph|image|picture|pictures|graphic|illustration|foto|fotos|bild|фото|видео|відео)\s+(?!by\b|courtesy\b|credit)(?:\S+\s+){7}\S/iu;

/** Whether a line opens on a picture's noun and runs on as a sentence would, with no label's colon. */
function opensOnPictureNoun(text: string): boolean {
  return PICTURE_NOUN_OPENING.test(text);
}

// `Lesen Sie auchStreit um den Stadtpark`: a box's label the copy ran into its link's first word.
const GLUED_PREFIX = new RegExp(PREFIXES.source.replace(/\(\?!\\p\{L\}\)\\s\*\[:：\]\?$/u, ''), 'iu');
const GLUED_LABEL_WORDS = 25;

/** A label run into the capitalised first word of the link after it, with no space between. */
function isGluedLabel(text: string): boolean {
  const label = GLUED_PREFIX.exec(text)?.[0];
  return label !== undefined && /^\p{Lu}\p{Ll}/u.test(text.slice(label.length)) && countWords(text) <= GLUED_LABEL_WORDS;
}

// A share bar copied as one line: `Share Copy link`, `Facebook X Email Print`.
const LABEL_RUN_WORDS = 8;

// A share bar whose labels the copy ran together, each opening on its capital: `FacebookXEmailPrint`.
const GLUED_LABEL_RUN_CHARS = 80;

/** Whether a line of one word is two labels or more run together. */
function isGluedLabelRun(text: string): boolean {
  const word = text.trim();
  const lower = word.toLowerCase();
  if (word.length > GLUED_LABEL_RUN_CHARS || /\s/u.test(word) || lower.length !== word.length) return false;
  const ends = (at: number, end: number) => LABELS.has(lower.slice(at, end)) && (end === word.length || /\p{Lu}/u.test(word[end]!));
  let count = 0;
  for (let at = 0; at < word.length; count++) {
    let end = word.length;
    while (end > at && !ends(at, end)) end--;
    if (end === at) return false;
    at = end;
  }
  return count >= 2;
}

/** Whether a short line is made of two labels or more, one after another. */
function isLabelRun(k: string): boolean {
  // `分享：微信 微博 复制链接`: the bar's own label may take a colon.
  const words = k.split(/[\s:：]+/u).filter(Boolean);
  if (words.length < 2 || words.length > LABEL_RUN_WORDS) return false;
  // The labels read from the left, each as long as it can be.
  let count = 0;
  for (let at = 0; at < words.length; count++) {
    let end = words.length;
    while (end > at && !LABELS.has(words.slice(at, end).join(' '))) end--;
    if (end === at) return false;
    at = end;
  }
  return count >= 2;
}

/** `Share Facebook WhatsApp Email Save`: a share bar copied as one line, whatever names of sites it holds. */
export function isShareBar(text: string): boolean {
  return isLabelRun(key(text)) || isGluedLabelRun(text);
}

/** `Read more: …`, `SEE ALSO | …`: a labelled link, which a dateline's `PLACE:` shape must not hide. */
export function isLabelledLink(text: string): boolean {
  const label = PREFIXES.exec(text)?.[0];
  return label !== undefined && (/[:：]/u.test(label) || /^\s*\|/u.test(text.slice(label.length)));
}

// A press release closes with the company's boilerplate and its press contact, each under its own
// heading: `About Nordwind Energie`, `Media contact:`; the contact may follow on the heading's line
// (`Contact presse : Jean Roux – 02 99 00 00 00`).
const ABOUT_THE_COMPANY =
  /^(?:(?:About|Über|À propos de|A propos de|О компании|Про компанію)\s+(?:(?:l['’]|(?:the|la|le|les|die|der|das)\s+)\p{Ll}+\s+)?(?:(?:\p{Lu}[\p{L}\p{N}&.'’-]*|[–-])\s?){1,6}|关于[\p{Script=Han}A-Za-z0-9·]{2,12})$/u;
const PRESS_CONTACT =
  /^(?:(?:media|press|investor)\s+(?:contacts?|inquiries|enquiries)|original (?:publication|paper)|originalpublikation|originalveröffentlichung|publication originale|référence de l['’]article|оригинальная публикация|оригінальна публікація|pressekontakt|kontakt für medien|contacts?\s+presse|контакты для (?:сми|прессы)|контакти для змі|媒体联系人?|消息来源)\s*(?:[:：].*)?$/iu;
// A note that the story is taken from a newsletter: `This is an excerpt from our Example newsletter`,
// `Ce texte est extrait de notre lettre d'information`, `Auszug aus unserem Newsletter`, `Выдержка из рассылки`.
const NEWSLETTER_EXCERPT = new RegExp(
  String.raw`^(?:\S+\s+){0,5}?(?:excerpt|excerpted|adapted|extrait|extraite|tiré|tirée|auszug|выдержк\p{L}*|отрыв\p{L}*|фрагмент\p{L}*|уривок|уривк\p{L}*)\s.{0,120}?(?:newsletter|lettre d['’]information|infolettre|рассылк\p{L}*|розсилк\p{L}*)`,
  'iu',
);
const NEWSLETTER_EXCERPT_WORDS = 40;

// A release wire's label over the issuer's name: `NEWS PROVIDED BY`, `Example Biotech`.
const RELEASE_ISSUER_LABEL = /^(?:news|release)\s+provided\s+by(?:\s+\S+){0,6}$/iu;

// A heading names a section in a few words; a longer line that starts the same way is a headline.
const LINK_LIST_HEADING_WORDS = 8;

// `More:` alone, over the links to other stories that follow it in its block.
const MORE_COLON = /^(?:more|related|more on this|mehr|plus|ещё|еще|більше|más|mais|lainnya|更多)\s*[:：]$/iu;

/** A heading whose block below is a list of links, not the article. */
export function isLinkListHeading(text: string): boolean {
  return LINK_LIST_HEADINGS.has(key(text)) || MORE_COLON.test(text);
}

/** `Most read in Gardens`: a heading over a list of links from a section of the site. */
export function isSectionListHeading(text: string): boolean {
  const k = key(text);
  return countWords(k) <= LINK_LIST_HEADING_WORDS && !endsSentence(text) && LINK_LIST_LEAD.test(k);
}

/**
 * `About Lumen Tiles`, `Media contact:`: a heading that closes a press release. It closes the story only
 * straight after a paragraph; among menu items the same words (`About Us`) are the site's menu.
 */
export function isClosingHeading(text: string): boolean {
  return ABOUT_THE_COMPANY.test(text) || PRESS_CONTACT.test(text);
}

// A story keeps at least this many paragraphs before any boilerplate is taken off its end.
const MIN_STORY_PARAGRAPHS = 2;

// How a company's boilerplate describes it, in the present tense, opening on its name: `Example
// is a global provider of …`, `Example is headquartered in …`, `Example ist ein …`, `Example est un …`.
const SELF_DESCRIPTION = String.raw`(?:is|are|ist|est)\s+(?:a|an|the|one of|ein|eine|einer|un|une|l['’]un|headquartered|based)\b`;
const SELF_DESCRIPTION_GOES_ON = String.raw`(?:${SELF_DESCRIPTION}|has|employs|operates|was founded|was established|wurde|hat|beschäftigt|a été fondée?|emploie|compte)`;

/**
 * Where the boilerplate of a press release whose `About` heading did not come with the paste
 * starts: the last paragraphs, each opening on the issuer's own name (the page's source) to say
 * in the present tense what it is. A story that only mentions the issuer goes on after such a
 * sentence; the boilerplate closes the text. The paragraphs' count when there is none.
 */
export function issuerBoilerplateStart(paragraphs: readonly string[], issuer: string | null): number {
  if (!issuer) return paragraphs.length;
  const name = escapeRegExp(issuer);
  const opens = new RegExp(`^${name}(?:,\\s[^,]{1,40},)?\\s+${SELF_DESCRIPTION}`, 'u');
  const goesOn = new RegExp(`^${name}(?:,\\s[^,]{1,40},)?\\s+${SELF_DESCRIPTION_GOES_ON}`, 'u');
  let start = paragraphs.length;
  while (start > MIN_STORY_PARAGRAPHS && goesOn.test(paragraphs[start - 1]!)) start--;
  while (start < paragraphs.length && !opens.test(paragraphs[start]!)) start++;
  return start;
}

export function isFooterMarker(text: string): boolean {
  return text.length <= 400 && FOOTER_MARKERS.test(text);
}

/** A breadcrumb or link bar: short segments joined by `|`, `/`, `›`, `·`. */
export function isNavigation(text: string): boolean {
  if (text.length > 160 || endsSentence(text)) return false;
  // `»` parts a breadcrumb's links, but closes a quotation it was opened for: `«Example» wins`.
  const parts = text
    .replace(QUOTED_IN_GUILLEMETS, (quoted) => quoted.slice(0, -1) + '”')
    .split(NAV_SEPARATORS)
    .filter(Boolean);
  return parts.length >= 2 && parts.every((p) => countWords(p) <= 4 && !/[.!?。]$/u.test(p)) && !isFigureRow(parts);
}

const FIGURE = /^[-+−]?[\p{Sc}]?\d[\d.,:\s]*(?:%|[\p{Sc}])?$/u;

/**
 * A row of a table of figures (`3 | Ann Reyes | 5,033 | 4`): figures beside words, unlike a link
 * bar. A pager (`1 | 2 | 3 | Next`) counts up by one, and stays furniture.
 */
function isFigureRow(parts: readonly string[]): boolean {
  const figures = parts.filter((p) => FIGURE.test(p));
  if (parts.length < 3 || figures.length < 2 || figures.length === parts.length) return false;
  const numbers = figures.map((f) => Number(f));
  return !numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
}

/** A table's header row (`Rank | Candidate | Votes`) above a row of figures with as many cells. */
export function headsFigureRow(text: string, next: string): boolean {
  const cells = (line: string) => line.split(' | ').filter(Boolean);
  const heads = cells(text);
  const row = cells(next);
  return heads.length >= 3 && heads.length === row.length && isFigureRow(row);
}

// A short question a prompt may open on: `Want more gardening? Subscribe to our newsletter.`
const TEASING_QUESTION = /^[^.!?]{3,60}\?\s+/u;

// A site's fine print runs to a long paragraph; an article's paragraph that names a privacy policy
// is longer still, and stays.
const SITE_NOTICE_CHARS = 1200;

// A cookie banner runs to a paragraph or two; a story's paragraph on privacy rules is no longer, but
// it reports the rules rather than speaking them.
const COOKIE_NOTICE_WORDS = 120;

// A row of links to legal pages has few words besides their names (`Privacy Policy | Terms of Use | Contact us`).
const LEGAL_ROW_OTHER_WORDS = 3;
const LEGAL_PAGES = new RegExp(LEGAL_PAGE.source, 'giu');

/** A line that names a site's legal pages as their links (`Privacy Policy`) or as the site's word to its reader. */
function isLegalNotice(text: string): boolean {
  if (!LEGAL_PAGE.test(text)) return false;
  return countWords(text.replace(LEGAL_PAGES, ' ')) <= LEGAL_ROW_OTHER_WORDS || READER_ADDRESSED.test(text);
}

/** A cookie banner's text: the site speaking of the cookies it stores, or of the consent a reader may withdraw. */
function isCookieNotice(text: string): boolean {
  if (countWords(text) > COOKIE_NOTICE_WORDS) return false;
  return (COOKIE_WORD.test(text) && SITE_SPEAKS.test(text)) || CONSENT_TERMS.test(text);
}

// A paywall's line is short; a story about paywalls that quotes one runs on.
const PAYWALL_WORDS = 25;

// An editor's note that the text was cut: `（本文有删节）`, `Das Interview wurde gekürzt.`,
// `This interview has been edited for length and clarity.`
const ABRIDGED =
  /^[（(]?(?:本文有删节|文章有删节|this (?:interview|conversation) (?:has been|was) (?:lightly )?(?:edited|condensed)\b.{0,60}|(?:das )?(?:interview|gespräch) wurde (?:leicht )?(?:gekürzt|redigiert)\b.{0,40}|l['’](?:entretien|interview) a été (?:édité|raccourci|condensé)\b.{0,40}|(?:интервью|беседа) (?:было |была )?(?:сокращен\p{L}*|отредактирован\p{L}*|публикуется в сокращении)(?: и (?:сокращен|отредактирован)\p{L}*)?\.?|(?:інтерв['’]ю|розмова|розмову) (?:було |була )?(?:скорочен\p{L}*|відредагован\p{L}*)(?: (?:та|і|й) (?:скорочен|відредагован)\p{L}*)?\.?)[）)]?$/iu;

// A breadcrumb's label: `You are here: Home > News`, `您当前的位置：首页 >> 新闻`.
const BREADCRUMB_LABEL =
  /^(?:you are here|sie sind hier|vous êtes ici|вы здесь|вы находитесь здесь|ви тут|ви знаходитеся тут|您当前的位置|您现在的位置|当前位置|您的位置)\s*[:：]/iu;

/** A caption whose last words, after its sentence, are a person's name alone: the photographer's. */
function closesOnPhotographer(text: string): boolean {
  const name = NAME_CLOSING_CAPTION.exec(text)?.[0];
  return name !== undefined && bareName(name) !== null;
}

/** `Letters to the editor: letters@example.com`: where readers write to the paper. */
export function isLettersAddress(text: string): boolean {
  return LETTERS_ADDRESS.test(text.trim());
}

/**
 * A shape of furniture line: its pattern, tested on the line's text, on the line trimmed, or on its
 * key (lower case, without trailing punctuation); at most how many words or characters such a
 * line runs to, past which it is a sentence of the story about such things; and what else keeps
 * it in the story.
 */
interface FurnitureShape {
  pattern: RegExp;
  on?: 'key' | 'trimmed';
  words?: number;
  chars?: number;
  /** A line of this shape that closes on a sentence's full stop is prose. */
  notSentence?: true;
  /** A line of this shape that holds this is kept. */
  unless?: RegExp;
}

/** Furniture by its wording or its shape alone, whatever stands around it. */
const FURNITURE_SHAPES: readonly FurnitureShape[] = [
  { pattern: SEPARATOR },
  { pattern: READING_TIME, on: 'key' },
  { pattern: COMMENT_COUNT, on: 'key' },
  { pattern: COMMENTS_CLOSED, on: 'trimmed' },
  { pattern: MAIL_HEADER_LINE },
  { pattern: MAIL_SEPARATOR },
  { pattern: MAIL_CLOSE },
  { pattern: FORWARD_NOTE, words: FORWARD_NOTE_WORDS },
  { pattern: FOOTER_MARKERS },
  { pattern: CAPTION_CREDIT },
  { pattern: ABOUT_THE_COMPANY },
  { pattern: PRESS_CONTACT },
  { pattern: RELEASE_ISSUER_LABEL },
  { pattern: NEWSLETTER_EXCERPT, words: NEWSLETTER_EXCERPT_WORDS },
  { pattern: CAPTION_SHAPE, words: CAPTION_WORDS },
  { pattern: HASHTAGS },
  { pattern: VIEW_COUNT, on: 'key' },
  { pattern: TEXT_TOOLS },
  { pattern: CJK_ACTION_BAR },
  { pattern: NEWSLETTER_BOX, words: 45 },
  { pattern: CONSENT_BOX, words: 45 },
  { pattern: COLUMN_LABEL, words: COLUMN_LABEL_WORDS },
  { pattern: CAPTION_LABEL },
  { pattern: SHORTCODE },
  { pattern: ABRIDGED },
  { pattern: MORE_OF_SECTION },
  { pattern: CORRECTION_NOTE, words: CORRECTION_NOTE_WORDS },
  { pattern: PUBLICATION_NOTE, words: PUBLICATION_NOTE_WORDS },
  { pattern: SPECIAL_TO_CREDIT, words: SPECIAL_TO_CREDIT_WORDS },
  { pattern: NO_SCRIPT, words: NO_SCRIPT_WORDS },
  { pattern: TAGGED_LINK, words: TAGGED_LINK_WORDS },
  { pattern: AUTHOR_CONTACT, words: AUTHOR_CONTACT_WORDS },
  { pattern: LETTERS_ADDRESS, on: 'trimmed' },
  { pattern: BUTTON, on: 'key' },
  { pattern: FOLLOW_ACCOUNTS, words: FOLLOW_ACCOUNTS_WORDS },
  { pattern: CHANNEL_PROMPT },
  { pattern: SHARE_COUNT, on: 'key' },
  { pattern: GALLERY_COUNTER, on: 'key' },
  { pattern: PICTURE_COUNT, on: 'key' },
  { pattern: MORE_BUTTON, on: 'key' },
  { pattern: GALLERY_LINK, words: GALLERY_LINK_WORDS },
  { pattern: LEGAL_LINK, words: LEGAL_LINK_ALONE_WORDS, notSentence: true },
  { pattern: LEGAL_LINK_ROW, words: LEGAL_LINKS_WORDS, notSentence: true },
  { pattern: BREADCRUMB_LABEL },
  { pattern: GLUED_CREDIT },
  { pattern: CREDIT_ENDING },
  { pattern: CJK_PHOTOGRAPHER },
  { pattern: CJK_CAPTION_CREDIT, chars: CJK_CAPTION_CHARS },
  { pattern: CJK_PICTURE_GIVER, chars: CJK_CAPTION_CHARS },
  { pattern: CJK_PICTURE_CAPTION, chars: CJK_CAPTION_CHARS },
  { pattern: CJK_PICTURE_SOURCE },
  { pattern: CJK_REPRINT_BAN, chars: CJK_REPRINT_BAN_CHARS },
  { pattern: CJK_SHARE_PROMPT, chars: CJK_SHARE_PROMPT_CHARS },
  { pattern: CJK_SUMMARY },
  { pattern: CJK_TAG_ROW },
  { pattern: TYPO_PROMPT, words: TYPO_PROMPT_WORDS },
  { pattern: UPDATE_NOTE },
  { pattern: SHARE_BUTTON, on: 'key' },
  { pattern: ADD_TO_SOURCES, on: 'key' },
  { pattern: ALL_OF_SECTION, on: 'key', words: ALL_OF_SECTION_WORDS },
  { pattern: QUOTING_TERMS, words: QUOTING_TERMS_WORDS },
  { pattern: GAMBLING_NOTICE, words: GAMBLING_NOTICE_WORDS },
  { pattern: TIP_PROMPT, words: TIP_PROMPT_WORDS },
  { pattern: FULL_VERSION_NOTE, words: FULL_VERSION_NOTE_WORDS },
  // A caption closing on its picture's credit, after its sentence.
  { pattern: RIGHTS_RESERVED_CREDIT, words: CAPTION_WORDS_BEFORE_CREDIT },
  { pattern: CAPITALS_CREDIT, words: CAPTION_WORDS_BEFORE_CREDIT },
  { pattern: CREDIT_FOR_OUTLET, words: CAPTION_WORDS_BEFORE_CREDIT },
  { pattern: NAME_SLASH_CREDIT, words: CAPTION_WORDS_BEFORE_CREDIT },
  { pattern: CREDIT_AFTER_CAPTION, words: CAPTION_WORDS_BEFORE_CREDIT },
  { pattern: PICTURE_OUTLET_SLASH, words: CAPTION_WORDS_BEFORE_CREDIT },
  { pattern: AGGREGATOR_PROMPT, words: AGGREGATOR_PROMPT_WORDS },
  { pattern: COURTESY, words: COURTESY_WORDS, notSentence: true },
  { pattern: TRAILING_CREDIT, words: 45, unless: /["“”«»„]/u },
];

/** A line, its key and its count of words, worked out once and only when a shape asks. */
interface FurnitureLine {
  text: string;
  key: string;
  words(): number;
}

function fits(shape: FurnitureShape, line: FurnitureLine): boolean {
  const tested = shape.on === 'key' ? line.key : shape.on === 'trimmed' ? line.text.trim() : line.text;
  if (shape.chars !== undefined && line.text.length > shape.chars) return false;
  if (!shape.pattern.test(tested)) return false;
  if (shape.words !== undefined && line.words() > shape.words) return false;
  if (shape.notSentence && endsSentence(line.text)) return false;
  return !shape.unless?.test(line.text);
}

/** Furniture that a pattern alone does not tell: labels run together, prompts, links, slogans. */
function isFurnitureByStructure({ text, key: k, words }: FurnitureLine): boolean {
  return (
    LABELS.has(k) ||
    LABELS.has(k.replace(AGE_MARK, '')) ||
    isLabelRun(k) ||
    isGluedLabelRun(text) ||
    urlOfLine(text) !== null ||
    isLabelledLink(text) ||
    (PREFIXES.test(text) && words() <= 12 && !opensOnPictureNoun(text)) ||
    (PROMPTS.test(text.replace(TEASING_QUESTION, '').replace(LEADING_SYMBOLS, '')) && words() <= 40) ||
    (NEWSLETTER.test(text) && SIGN_UP.test(text) && words() <= 45) ||
    isOutletSlogan(text) ||
    isOriginNote(text) ||
    isEditorNote(text) ||
    bracketedHanOutlet(text) !== null ||
    isGluedLabel(text) ||
    (closesOnPhotographer(text) && words() <= CAPTION_WORDS_BEFORE_CREDIT) ||
    isNavigation(text)
  );
}

/** Whether a line is page furniture whatever its position: labels, prompts, captions, footers. */
export function isCruftLine(text: string): boolean {
  if (text.length <= SITE_NOTICE_CHARS && (SITE_NOTICE.test(text) || isLegalNotice(text))) return true;
  if (isCookieNotice(text) || (PAYWALL.test(text) && countWords(text) <= PAYWALL_WORDS)) return true;
  // Page furniture is short; testing every pattern on long body paragraphs only costs time.
  if (text.length > 400) return false;
  let words: number | undefined;
  const line: FurnitureLine = { text, key: key(text), words: () => (words ??= countWords(text)) };
  return FURNITURE_SHAPES.some((shape) => fits(shape, line)) || isFurnitureByStructure(line);
}

// A subheading in capitals is a few words (`THE VERDICT`); a longer line in capitals inside the
// story, with no full stop and few figures (unlike a row of share prices), is a link to another
// story or a prompt.
const SHOUTED_LINK_WORDS = 7;

/** `SENATOR SAYS THE BUDGET VOTE WILL WAIT UNTIL SPRING`: a line of capitals that links elsewhere. */
export function isShoutedLink(text: string): boolean {
  if (countWords(text) < SHOUTED_LINK_WORDS || endsSentence(text) || text.length > 200 || /\p{Ll}/u.test(text)) return false;
  const capitals = text.match(/\p{Lu}/gu)?.length ?? 0;
  return capitals > 4 * (text.match(/\p{N}/gu)?.length ?? 0);
}

// A photographer's or agency's credit on a line of its own: `Photo: Ann Reyes, AP`,
// `Jane Doe | Getty Images`, `(Credit: iStock)`.
const PHOTO_CREDIT = new RegExp(
  `^\\(?(?:photo|image|picture|foto|фото|bild)(?: credit)?\\s*[:：]|\\b(?:${pictureAgencyPattern()})\\)?$|\\bcredit\\s*[:：][^)]*\\)?$`,
  'iu',
);
const PHOTO_CREDIT_WORDS = 12;

/** A photo's credit on a line of its own, which the picture's caption sits just above. */
export function isPhotoCredit(text: string): boolean {
  return countWords(text) <= PHOTO_CREDIT_WORDS && PHOTO_CREDIT.test(text);
}
