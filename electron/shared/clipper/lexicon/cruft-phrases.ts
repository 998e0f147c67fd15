import { pictureAgencyPattern } from './picture-agencies.js';

/**
 * Web-page furniture that arrives with a paste, in the clipper's languages. Lower-case; a line
 * equal to one of LABELS (ignoring case and trailing punctuation) is cruft wherever it stands.
 */
export const LABELS = new Set([
  'share',
  'share this',
  'share this article',
  'share this story',
  'share article',
  'share on facebook',
  'share on twitter',
  'share on x',
  'share via email',
  'social sharing',
  'facebook',
  'twitter',
  'x',
  'whatsapp',
  'telegram',
  'email',
  'e-mail',
  'copy link',
  'copy the link',
  'merken',
  'artikel merken',
  'speichern',
  'drucken',
  'imprimer',
  'sauvegarder',
  'enregistrer',
  'сохранить',
  'зберегти',
  'печать',
  'друк',
  '收藏',
  '打印',
  'link kopieren',
  'link teilen',
  'copier le lien',
  'скопировать ссылку',
  'копировать ссылку',
  'скопіювати посилання',
  'копіювати посилання',
  '复制链接',
  'copy',
  'link',
  'print',
  'save',
  'reddit',
  'linkedin',
  'pinterest',
  'messenger',
  'flipboard',
  'bluesky',
  'threads',
  'mastodon',
  'vk',
  'вконтакте',
  'одноклассники',
  'listen',
  'listen to this article',
  'listen to article',
  'gift article',
  'gift this article',
  'live',
  'live updates',
  'en direct',
  'liveticker',
  'наживо',
  '直播',
  'advertisement',
  'advert',
  'ad',
  'ads',
  'sponsored',
  'sponsored content',
  'anzeige',
  'werbung',
  'реклама',
  'publicité',
  'pub',
  '广告',
  '廣告',
  'related',
  'related articles',
  'related stories',
  'related content',
  'read also',
  'read more',
  'see also',
  'more on this story',
  'more stories',
  'most read',
  'most popular',
  'recommended',
  'top stories',
  'sign up',
  'subscribe',
  'subscribe now',
  'enter your email address',
  'enter your email',
  'comments',
  'show comments',
  'view comments',
  'sign in to comment',
  'sign in to reply',
  'log in to comment',
  'for immediate release',
  'press release',
  'news release',
  'media release',
  'pressemitteilung',
  'communiqué de presse',
  'пресс-релиз',
  'прес-реліз',
  'skip to content',
  'skip to main content',
  'menu',
  'home',
  'close',
  'follow us',
  'follow',
  'continue reading',
  'image',
  'photo',
  'video',
  'watch',
  'loading',
  'читайте также',
  'смотрите также',
  'поделиться',
  'подписаться',
  'комментарии',
  'lesen sie auch',
  'mehr zum thema',
  'teilen',
  'kommentare',
  'lire aussi',
  'à lire aussi',
  'voir aussi',
  'partager',
  'partager sur',
  'share on',
  'teilen auf',
  'compartir en',
  'commentaires',
  'читайте також',
  'поділитися',
  '分享',
  '阅读全文',
  '点击阅读全文',
  '展开全文',
  '打印本页',
  '关闭窗口',
  '打印',
  '纠错',
  '相关新闻',
  '相关阅读',
  'skip advertisement',
  'article continues below',
  'article continues below this ad',
  'article continues below advertisement',
  'story continues below',
  'story continues below advertisement',
  'post navigation',
  'continue reading the main story',
  'supported by',
  'trending',
  'most viewed',
  'related topics',
  'top stories',
  'features',
  'more from this author',
  'download the app',
  'getty images',
  'back to top',
  'zur startseite',
  'back to home',
  "retour à l'accueil",
  'на главную',
  'на головну',
  'print this page',
  'text size',
  'listen to this story',
  'save article',
  'add to myft',
  'follow this topic',
  'view image in fullscreen',
  'explore more on these topics',
  'reuse this content',
  'réutiliser ce contenu',
  'more on this topic',
  'topics',
  'tags',
  'tweet',
  'click to tweet',
  'buffer',
  'copied',
  'read later',
  'sharing is caring',
  'back to gallery',
  'see all newsletters',
  'read this next',
  'read next',
  'you may also like',
  'you might also like',
  'recommended for you',
  'das könnte sie auch interessieren',
  'auch interessant',
  'vous aimerez aussi',
  'sur le même sujet',
  'вам может быть интересно',
  'по теме',
  'вас може зацікавити',
  'по темі',
  'te puede interesar',
  'noticias relacionadas',
  'lee también',
  'leia também',
  'veja também',
  'notícias relacionadas',
  'leggi anche',
  'articoli correlati',
  'baca juga',
  'artikel terkait',
  'berita terkait',
  '猜你喜欢',
  '推荐阅读',
  'artikel anhören',
  'beitrag anhören',
  'vorlesen',
  'écouter cet article',
  "écouter l'article",
  'écouter',
  'слушать статью',
  'прослушать статью',
  'послухати статтю',
  'слухати статтю',
  '语音播报',
  '听全文',
  '延伸阅读',
  '延伸閱讀',
  '相關閱讀',
  'partager cet article',
  "partager l'article",
  'artikel teilen',
  'beitrag teilen',
  'поделиться статьей',
  'поделиться новостью',
  'поділитися статтею',
  'поділитися новиною',
  '微信',
  '微博',
  'qq',
  'qq空间',
  '朋友圈',
  'новости партнеров',
  'новости партнёров',
  'новини партнерів',
  'partner content',
  'contenu partenaire',
  'partnerinhalte',
  'suggested topics',
  'suggested reading',
  // A page's buttons and box labels, as sites in the clipper's other languages print them.
  'nach oben',
  'zurück nach oben',
  'retour en haut',
  'haut de page',
  'наверх',
  'вгору',
  'нагору',
  '返回顶部',
  'report an error',
  'report a typo',
  'fehler melden',
  'signaler une erreur',
  'сообщить об ошибке',
  'повідомити про помилку',
  'weiterlesen',
  'lire la suite',
  'читать далее',
  'читать дальше',
  'читати далі',
  'article continues after this advertisement',
  'story continues after advertisement',
  'weiterlesen nach der anzeige',
  'la suite après cette publicité',
  'la suite après la publicité',
  'продолжение после рекламы',
  'продовження після реклами',
  'ähnliche artikel',
  'articles similaires',
  'похожие новости',
  'похожие статьи',
  'схожі новини',
  'схожі статті',
  'sujets',
  'jetzt abonnieren',
  'kommentare laden',
  'kommentare anzeigen',
  'afficher les commentaires',
  'показать комментарии',
  'показати коментарі',
  'contact the author',
  'kontakt zum autor',
  "contacter l'auteur",
  'contacter l’auteur',
  'связаться с автором',
  "зв'язатися з автором",
  'зв’язатися з автором',
  "editor's picks",
  'editor’s picks',
  'empfehlungen der redaktion',
  'le choix de la rédaction',
  'выбор редакции',
  'вибір редакції',
  '编辑推荐',
  '关注我们',
  'мы в telegram',
  'ми в telegram',
  'вам также может быть интересно',
  'вас также может заинтересовать',
  'вас також може зацікавити',
  'meistgelesen',
  'les plus lus',
  'самое читаемое',
  'найпопулярніше',
  'найчитаніше',
  '热门文章',
  'scroll to continue with content',
  'scroll to continue reading',
  'scroll down to continue reading',
  'enlarge this image',
  "agrandir l'image",
  'agrandir l’image',
  'open image in gallery',
  'toggle caption',
  'hide caption',
  'show caption',
  'leave a comment',
  'leave a reply',
  'cancel reply',
  'kommentar schreiben',
  'laisser un commentaire',
  'оставить комментарий',
  'залишити коментар',
  '发表评论',
  'like this',
  'was this article helpful?',
  'war dieser artikel hilfreich?',
  'cet article vous a-t-il été utile ?',
  'была ли статья полезной?',
  'чи була стаття корисною?',
  'à voir aussi',
  'previous article',
  'next article',
  'vorheriger artikel',
  'nächster artikel',
  'article précédent',
  'article suivant',
  'предыдущая статья',
  'следующая статья',
  'попередня стаття',
  'наступна стаття',
  'print this article',
  'email this article',
  'send to a friend',
  'artikel versenden',
  'envoyer par e-mail',
  'отправить по почте',
  'reprints & permissions',
  'reprints and permissions',
  'about the author',
  'über den autor',
  'über die autorin',
  "à propos de l'auteur",
  'à propos de l’auteur',
  'об авторе',
  'про автора',
  'contenu sponsorisé',
  'на правах рекламы',
  'на правах реклами',
  'contact us',
  'contactez-nous',
  'nous contacter',
  'kontakt',
  'контакты',
  'контакти',
  'tell us what you think',
  'we want to hear from you',
]);

/** Headings after which the rest of their block is a list of links to other articles. */
export const LINK_LIST_HEADINGS = new Set([
  'read also',
  'read more',
  'related',
  'related articles',
  'related stories',
  'related content',
  'related news',
  'related posts',
  'related coverage',
  'related reading',
  'related links',
  'see also',
  'more on this story',
  'more stories',
  'most read',
  'most popular',
  'recommended',
  'top stories',
  'les plus lus',
  'meistgelesen',
  'самое читаемое',
  'самое популярное',
  'найпопулярніше',
  'найчитаніше',
  '热门文章',
  '热门新闻',
  'читайте также',
  'смотрите также',
  'читайте також',
  'новости по теме',
  'по теме',
  'новини на тему',
  'по темі',
  'lesen sie auch',
  'mehr zum thema',
  'das könnte sie auch interessieren',
  'lire aussi',
  'à lire aussi',
  'voir aussi',
  'sur le même sujet',
  'articles liés',
  'articles similaires',
  'ähnliche artikel',
  'похожие новости',
  'похожие статьи',
  'схожі новини',
  'схожі статті',
  '相关新闻',
  '相关阅读',
  'теги',
  'тэги',
  'теми',
  'темы',
  'themen',
  'schlagworte',
  'mots-clés',
  '标签',
  'explore more on these topics',
  'more on this topic',
  'related topics',
  'topics',
  'tags',
]);

/**
 * `Most read in Gardens`, `More from Sport`, `Mehr zum Thema Klima`: a heading that names the section
 * its list of links comes from. Words that also open a headline (`Plus de`, `Más de`) are left out.
 */
export const LINK_LIST_LEAD =
  /^(?:(?:more|most (?:read|popular|viewed|shared|recent)|latest|trending|related|recommended)\s+(?:in|from|on|about)|more \S+ (?:news|stories)|trending (?:news|now|stories)|(?:mehr|weitere artikel|meistgelesen)\s+(?:aus|zum|zur|von|in)|(?:les plus lus|à lire aussi|à voir aussi|à lire également)\s+(?:de|sur|dans|en)|(?:lo más leído|más noticias|más sobre|relacionad[oa]s con)|(?:ещё|еще|больше|другие)\s+(?:новости|материалы|статьи|по теме|из)|(?:більше|інші)\s+(?:новин|матеріали|статті|на тему|з)|更多(?:新闻|阅读|文章|相关)|you (?:may|might) (?:also )?be interested in|(?:вам )?(?:также |тоже )?может быть интересно|вас (?:также )?(?:может|могут) заинтересовать|вас (?:також )?(?:може|можуть) зацікавити|das könnte sie (?:auch )?interessieren|vous (?:pourriez|aimerez) (?:aussi|également)|(?:您|你)(?:可能)?(?:还)?(?:感兴趣|喜欢))(?![\p{L}])/iu;

/** Lines that begin this way are links, prompts or credits, not article text. */
export const PREFIXES =
  /^(?:image source|image caption|media caption|video caption|image copyright|read more|read also|read next|also read|see also|related|more on this|more from|more news|watch|listen|recommended|read the full|continue reading|click here|click to|see more|don.t miss|sign up|signup|subscribe|join our|follow us|get our|download our|newsletter|photo|photos|photograph|image|picture|pictures|video|credit|caption|illustration|graphic|source image|foto|fotos|bild|bildquelle|фото|видео|иллюстрация|читайте также|читайте також|смотрите также|дивіться також|дивись також|подписывайтесь|подпишитесь|підписуйтесь|lesen sie auch|mehr zum thema|abonnieren|lire aussi|à lire aussi|voir aussi|baca juga|lihat juga|leia também|veja também|lee también|lea también|leggi anche|vedi anche|abonnez-vous|inscrivez-vous|topics|tags|tagged|filed under|themen|schlagworte|schlagwörter|stichworte|теги|темы|теми|mots-clés|标签|相关阅读|延伸阅读|分享到|上一篇|下一篇|上一版|下一版|返回目录)(?!\p{L})\s*[:：]?/iu;

/** The label a page puts before a story's reading time: `Lesezeit: 4 Minuten`, `Temps de lecture : 3 min`. */
// `Lecture 3 min.`, `Durée de lecture : 4 min`, `Read time: 5 min`, `Время прочтения 3 мин`.
export const READING_TIME_LABEL = String.raw`(?:read(?:ing)? time|temps de lecture|durée de lecture|lecture|lesezeit|lesedauer|время (?:чтения|прочтения)|час (?:читання|прочитання)|阅读时间|阅读时长)\s*[:：]?\s*`;
/** The time a story takes to read, as a page prints it beside the byline: `3 min read`, `Lesezeit: 4 Min.`, `5 мин чтения`. */
export const READING_TIME_TEXT = String.raw`(?:${READING_TIME_LABEL})?\d{1,3}\s*(?:min|mins|minutes?|мин|минут[аы]?|хв|分钟)\.?(?:\s+(?:read|listen|de lecture|lesezeit|чтения|читання)(?!\p{L}))?\.?`;
/** A link that opens the story a teaser heads: the teaser's headline is not the page's. */
export const READ_ON_LINK =
  /^(?:read more|read full (?:story|article)|read the (?:full )?(?:story|article)|continue reading|keep reading|weiterlesen|mehr lesen|lire la suite|lire plus|читать далее|читать дальше|подробнее|читати далі|детальніше|阅读全文|查看全文|更多)\s*[›»>→.…]*$/iu;

// A newsletter's offer to show itself on the web, when the mail client shows it badly: `View in
// browser`, `Si ce message ne s'affiche pas correctement, cliquez ici`, `Відкрийте у браузері`.
const VIEW_ONLINE = String.raw`(?:view|open|read|see) (?:this (?:e-?mail|newsletter|message) |it )?(?:in (?:your|a|the) (?:web )?browser|online|on the web)|having trouble (?:viewing|reading)|si ce (?:message|mail|courriel|e-mail|bulletin) ne s['’]affiche pas|(?:voir|lire|afficher) (?:la )?version (?:en ligne|web|navigateur)|(?:im|in ihrem) browser (?:öffnen|ansehen|anzeigen|lesen)|(?:(?:wenn|falls) )?(?:wird )?(?:diese|die|ihr) (?:e-mail|nachricht|newsletter) (?:wird )?nicht (?:richtig|korrekt) angezeigt|if this (?:e-?mail|message|newsletter) (?:does ?n[o’']t|does not|is ?n[o’']t|is not) display|(?:не отображается|некорректно отображается) (?:письмо|рассылка)|(?:открыть|откройте|посмотреть|смотреть) (?:письмо )?в браузере|(?:не відображається|некоректно відображається) (?:лист|розсилка)|(?:відкрити|відкрийте|переглянути|перегляньте) (?:лист )?(?:у|в) браузері|(?:邮件)?(?:无法|不能)正常显示`;

/** Prompts to act (subscribe, follow) are never article text, however long. */
export const PROMPTS = new RegExp(
  String.raw`^(?:${VIEW_ONLINE}|sign up|signup|subscribe|click to|join our|follow us|get our|download our|(?:download|get) the (?:\S+ ){0,5}app|laden sie (?:sich )?(?:unsere|die) (?:\S+ )?app|téléchargez (?:notre|l['’]) ?(?:\S+ )?application|скачайте (?:наше )?(?:\S+ )?приложение|(?:завантажуйте|завантажте) (?:наш )?(?:\S+ )?застосунок|have your say|(?:support|unterstützen sie|soutenez|поддержите|підтримайте) (?:\p{L}+ ){0,3}(?:journalism|journalismus|journalisme|журналистику|журналістику)|you(?:'re|’re| are) receiving this|点击(?:上方)?蓝字\p{L}*|(?:下载|打开)\p{Script=Han}{2,14}?(?:客户端|app)|подписывайтесь|подпишитесь|подписаться|підписуйтесь|підписуйтеся|підпишіться|підписатися|(?:прислать|предложить|предложите|надіслати|запропонувати|запропонуйте) новост\p{L}*|(?:надіслати|запропонувати|запропонуйте) новин\p{L}*|abonnieren|abonnez-vous|inscrivez-vous)(?!\p{L})`,
  'iu',
);

/**
 * `Читать Example в Telegram`, `Follow us on WhatsApp`, `Suivez-nous sur Instagram`: a line sending
 * the reader to the outlet's channel on a messenger or a network.
 */
export const CHANNEL_PROMPT =
  /^(?:read|follow|join|find|subscribe to|читать|читайте|следите за|подписывайтесь на|подпишитесь на|читати|стежте за|підписуйтеся на|підписуйтесь на|приєднуйтесь до|folgen sie|lesen sie|suivez|retrouvez|rejoignez|abonnez-vous à)(?!\p{L}).{0,60}?(?<!\p{L})(?:telegram|whatsapp|viber|max|vk|вконтакте|дзен|google news|threads|instagram|facebook|youtube|tiktok|twitter|linkedin|bluesky|mastodon)(?:[-\s](?:channel|канале|каналі|kanal))?\s*[.!]?$/iu;

/** Footer lines after which nothing more belongs to the article. */
export const FOOTER_MARKERS =
  /^(?:--\s*$|©|[^.!?©]{2,60}\s©\s*\d{4}\.?$|\(c\)\s|copyright\b|enditem\b|\(end\)|[（(]完[）)]\s*$|with files from\b|(?:the )?(?:views|opinions) expressed\b|our standards\b|corrections and clarifications|topics\s*:|tags\s*:|风险提示\s*[:：]|免责声明\s*[:：]|[（(]本文来自|【纠错】|【(?:责任)?编辑)|(?:责任编辑|编辑|校对|审核)\s*[:：]|all rights reserved|все права защищены|(?:всі|усі) права захищен[іо]|alle rechte vorbehalten|tous droits réservés|版(?:权|權)所有|【版权声明】|版权声明\s*[:：]/iu;

/** A picture's labelled credit (`Photo: Ann Reyes`), which only a caption carries. */
const PHOTO_LABEL = `(?:^|[\\s.(])(?:photograph|photo|picture|image|foto|фото|credit|illustration|bild)\\s*:\\s*\\S`;
export const LABELLED_PHOTO_CREDIT = new RegExp(PHOTO_LABEL, 'iu');

/** Credits that mark a line as a photo caption even in mid-sentence. */
export const CAPTION_CREDIT = new RegExp(`${PHOTO_LABEL}|\\b(?:${pictureAgencyPattern()})/\\S|\\[\\d+/\\d+\\]|opens new tab`, 'iu');

/**
 * A site speaking of itself (`use of this website`, `registered trademarks of`, `without written
 * permission`): the page's fine print, never the story, however long the line.
 */
export const SITE_NOTICE =
  /\b(?:(?:this|our) web\s?site|(?:use of|using) this site|(?:material|content) (?:on|of) this site|content you (?:upload|submit)|our corporate (?:site|web\s?site)|registered trademarks? of|without (?:the )?(?:express )?(?:prior )?written permission)\b|\b(?:diese[rnm]? (?:web)?seite|unsere[rnm]? (?:web)?seite|eingetragene marken?)\b|\b(?:(?:ce|notre) site (?:web|internet)|sur notre site|marques? déposées?)(?!\p{L})|\b(?:este sitio web|nuestro sitio web|marcas? registradas?)\b|(?:этого сайта|нашем сайте|цей сайт|цього сайту|нашому сайті)|本网站/iu;

/**
 * The names of a site's legal pages (`Privacy Policy`, `Nutzungsbedingungen`, `使用条款`), which
 * news also reports on (`the app's privacy policy`): fine print where the site speaks to its reader.
 */
/** A footer's link to one of the site's legal pages: `Impressum`, `AGB`, `Plan du site`, `Mentions légales`. */
export const LEGAL_LINK =
  /(?<!\p{L})(?:impressum|datenschutz(?:erklärung)?|agb|mentions légales|plan du site|privacy|terms(?: of use| and conditions)?|sitemap|cookie settings|правовая информация|конфиденциальность|політика конфіденційності|联系我们|网站地图|隐私)(?!\p{L})/iu;

export const LEGAL_PAGE =
  /\b(?:privacy policy|cookie policy|terms of (?:use|service)|user agreement)\b|\b(?:datenschutzerklärung|nutzungsbedingungen)\b|\b(?:politique de confidentialité|conditions (?:générales )?d['’]utilisation)(?!\p{L})|\b(?:política de privacidad|términos de uso)\b|(?:политик[аиу] конфиденциальности|пользовательское соглашение|політик[аиу] конфіденційності)|(?:隐私政策|使用条款)/iu;

/** The site or the reader addressed in its fine print: `you agree`, `your data`, `Sie`, `vous`, `ваши`, `您`. */
export const READER_ADDRESSED =
  /(?<!\p{L})(?:you|your|we|our|us|sie|ihre?n?|wir|unsere?|vous|votre|vos|nous|notre|nos|вы|ваш\p{L}*|мы|наш\p{L}*|ви|ваш\p{L}*|ми|наш\p{L}*)(?!\p{L})|您|我们/iu;

/**
 * A newsletter box's own words around its form: the promise about spam, the way out, the box to
 * tick, the thanks once signed up, the note on why the reader receives it. An article about e-mail speaks of these in the third person.
 */
export const NEWSLETTER_BOX =
  /\b(?:you can unsubscribe|(?:successfully|succesfully) subscribed|activate your subscription|activation link|unsubscribe (?:at any time|anytime)|opt-in box|thanks? (?:you )?for (?:signing up|subscribing)|(?:delivered|straight) (?:to|into) your inbox|keep an eye on your inbox|no spam[,.!]|we(?:['’]ll| will) never share your|you(?:['’]re| are) receiving this (?:e-?mail|newsletter|message) because)|\b(?:jederzeit abmelden|jederzeit abbestellen|danke für ihre anmeldung|vielen dank für ihre anmeldung|(?:kostenlos|direkt|bequem) in ihr(?:em)? postfach|sie erhalten diese[n]? (?:e-mail|newsletter|nachricht),? weil)\b|\b(?:dans votre boîte (?:mail|e-mail|de réception)|désinscrire à tout moment|désabonner à tout moment|merci pour votre inscription|merci de votre inscription|vous recevez (?:cette lettre|ce courriel|cet e-?mail|ce message|cette newsletter) (?:car|parce que))\b|\b(?:darte de baja en cualquier momento|gracias por suscribirte|cancelar (?:a|sua) inscrição a qualquer momento|obrigado por se inscrever|grazie per esserti iscritto|annullare l['’]iscrizione in qualsiasi momento)\b|(?:отписаться (?:можно )?в любой момент|вы получили это (?:письмо|сообщение)|ви отримали (?:цей лист|це повідомлення)|您收到(?:此|这封)邮件|спасибо за подписку|відписатися (?:можна )?будь-коли|дякуємо за підписку|随时退订|感谢订阅)/iu;

/**
 * A cookie banner's own words: the site and its partners store cookies, and the reader may withdraw
 * consent or object to a legitimate interest. The banner speaks as the site (`we`, `nous`, `wir`);
 * a story about cookies reports such words in the third person.
 */
export const COOKIE_WORD = /cookie|куки|кукі/iu;
export const SITE_SPEAKS =
  /(?<!\p{L})(?:we|our (?:\d+ )?partners|nous|nos (?:\d+ )?partenaires|wir|unsere (?:\d+ )?partner|мы|наши (?:\d+ )?партн\p{L}*|ми|наші (?:\d+ )?партн\p{L}*)(?!\p{L})|我们/iu;
export const CONSENT_TERMS =
  /(?<!\p{L})(?:legitimate interests?|intérêts? légitimes?|berechtigte[sn]? interessen?|законн\p{L}* интерес\p{L}*|законн\p{L}* інтерес\p{L}*|(?:withdraw|revoke) (?:your )?consent|retirer (?:votre )?consentement|einwilligung (?:\S+ ){0,8}widerrufen|отозвать (?:сво[её] )?согласие|відкликати (?:свою )?згоду)(?!\p{L})|撤回同意|合法利益/iu;

/**
 * A paywall's words where the free part of a story stops: who may read on, how much is left, the
 * way in for those who already pay (`Already a subscriber? Log in`, `Il vous reste 85% de cet article à lire.`).
 */
export const PAYWALL =
  /(?<!\p{L})(?:already (?:a )?(?:subscriber|member)|(?:this|the rest of this) (?:article|story|content) is (?:only )?(?:for|available to|reserved for) (?:subscribers|members)|subscribe to (?:continue|keep) reading|(?:continue|keep) reading with|il vous reste \d+\s?% de cet article|la suite est réservée aux abonnés|(?:article|contenu) réservé aux abonnés|cet article vous est offert|this (?:article|story) is free to read|dieser artikel ist (?:für sie )?(?:kostenlos|frei zugänglich)|déjà abonné|bereits abonnent|(?:lesen sie|jetzt) (?:jetzt )?weiter(?:lesen)? mit|weiterlesen mit|уже (?:подписаны|есть подписка)|(?:продолжение|материал)(?: материала| статьи)? доступ\p{L}* (?:только )?(?:для )?подписчик\p{L}*|вже (?:є )?передплатник|вже маєте (?:підписку|передплату)|(?:продовження|матеріал)(?: матеріалу| статті)? доступн\p{L}* (?:лише |тільки )?(?:для )?передплатник\p{L}*)(?!\p{L})|已是会员|订阅后(?:阅读|可读)全文|剩余\d+%未读|(?<!\p{L})(?:you(?:'ve|’ve| have) read \d+ (?:of \d+ )?free (?:articles?|stories)|vous avez lu \d+ (?:de vos |sur \d+ )?articles? gratuits?|sie haben (?:bereits )?\d+ (?:von \d+ )?(?:kostenlose[n]? |freie[n]? )?artikel|вы прочитали \d+ (?:из \d+ )?(?:бесплатн\p{L}* )?(?:стат\p{L}*|материал\p{L}*)|ви прочитали \d+ (?:з \d+ )?(?:безкоштовн\p{L}* )?(?:стат\p{L}*|матеріал\p{L}*))|本月(?:已|还可)(?:免费)?阅读\d+篇/iu;

/** A form's consent box: `I agree that the site can send me its newsletter`. */
export const CONSENT_BOX = /^(?:i agree|i consent|i would like)\b.{0,160}\b(?:send me|to receive|newsletters?|e-?mails?|marketing)\b/iu;

/**
 * `All rights reserved` as footers write it, in a pattern's source for the patterns that read a
 * notice: the Latin phrases are whole words, the Chinese one may follow its owner unspaced.
 */
export const RIGHTS_PHRASE =
  '(?<![\\p{L}\\p{N}])(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|hak cipta dilindungi)(?![\\p{L}\\p{N}])|все права защищены|(?:всі|усі) права захищен[іо]|版(?:权|權)所有';

/** A page's copyright notice, which closes the page and so whatever article it holds. */
export const RIGHTS_RESERVED = new RegExp(RIGHTS_PHRASE, 'iu');
