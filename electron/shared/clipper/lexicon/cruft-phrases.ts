/**
 * Web-page furniture that arrives with a paste, in the clipper's languages. Lower-case; a line
 * equal to one of LABELS (ignoring case and trailing punctuation) is cruft wherever it stands.
 */
export const LABELS = new Set(
  [
    'share', 'share this', 'share this article', 'share this story', 'share article', 'share on facebook',
    'share on twitter', 'share on x', 'share via email', 'social sharing', 'facebook', 'twitter', 'x',
    'whatsapp', 'telegram', 'email', 'e-mail', 'copy link', 'copy', 'link', 'print', 'save', 'reddit',
    'linkedin', 'pinterest', 'messenger', 'flipboard', 'bluesky', 'threads', 'mastodon', 'vk', 'вконтакте',
    'одноклассники', 'listen', 'listen to this article', 'listen to article', 'gift article', 'gift this article',
    'advertisement', 'advert', 'ad', 'ads', 'sponsored', 'sponsored content', 'anzeige', 'werbung', 'реклама',
    'publicité', 'pub', '广告', 'related', 'related articles', 'related stories', 'related content', 'read also',
    'read more', 'see also', 'more on this story', 'more stories', 'most read', 'most popular', 'recommended',
    'top stories', 'sign up', 'subscribe', 'subscribe now', 'enter your email address', 'enter your email',
    'comments', 'show comments', 'view comments', 'skip to content', 'skip to main content', 'menu', 'home',
    'close', 'follow us', 'follow', 'continue reading', 'image', 'photo', 'video', 'watch', 'loading',
    'читайте также', 'смотрите также', 'поделиться', 'подписаться', 'комментарии', 'lesen sie auch',
    'mehr zum thema', 'teilen', 'kommentare', 'lire aussi', 'à lire aussi', 'voir aussi', 'partager',
    'commentaires', 'читайте також', 'поділитися', '分享', '打印', '纠错', '相关新闻', '相关阅读',
    'skip advertisement', 'continue reading the main story', 'supported by', 'trending', 'most viewed', 'related topics',
    'top stories', 'features', 'more from this author', 'download the app', 'getty images', 'back to top', 'print this page',
    'text size', 'listen to this story', 'save article', 'add to myft', 'follow this topic', 'view image in fullscreen',
    'explore more on these topics', 'reuse this content', 'more on this topic', 'topics', 'tags',
  ],
);

/** Headings after which the rest of their block is a list of links to other articles. */
export const LINK_LIST_HEADINGS = new Set([
  'read also', 'read more', 'related', 'related articles', 'related stories', 'related content', 'see also',
  'more on this story', 'more stories', 'most read', 'most popular', 'recommended', 'top stories',
  'читайте также', 'смотрите также', 'читайте також', 'lesen sie auch', 'mehr zum thema', 'lire aussi',
  'à lire aussi', 'voir aussi', '相关新闻', '相关阅读', 'explore more on these topics', 'more on this topic', 'related topics', 'topics', 'tags',
]);

/** Lines that begin this way are links, prompts or credits, not article text. */
export const PREFIXES =
  /^(?:image source|image caption|media caption|video caption|image copyright|read more|read also|read next|also read|see also|related|more on this|more from|more news|watch|listen|recommended|read the full|continue reading|click here|sign up|signup|subscribe|join our|follow us|get our|download our|newsletter|photo|photos|photograph|image|picture|pictures|video|credit|caption|illustration|graphic|source image|foto|fotos|bild|bildquelle|фото|видео|иллюстрация|читайте также|читайте також|смотрите также|подписывайтесь|подпишитесь|підписуйтесь|lesen sie auch|mehr zum thema|abonnieren|lire aussi|à lire aussi|voir aussi|abonnez-vous|inscrivez-vous|topics|tags|tagged|filed under|themen|schlagworte|теги|темы|теми|mots-clés|标签|相关阅读|延伸阅读)(?!\p{L})\s*[:：]?/iu;

/** Prompts to act (subscribe, follow) are never article text, however long. */
export const PROMPTS = /^(?:sign up|signup|subscribe|join our|follow us|get our|download our|подписывайтесь|подпишитесь|підписуйтесь|abonnieren|abonnez-vous|inscrivez-vous)(?!\p{L})/iu;

/** Footer lines after which nothing more belongs to the article. */
export const FOOTER_MARKERS =
  /^(?:--\s*$|©|\(c\)\s|copyright\b|enditem\b|\(end\)|with files from\b|the views expressed\b|views expressed\b|our standards\b|corrections and clarifications|topics\s*:|tags\s*:|【纠错】|【责任编辑)|all rights reserved|все права защищены|alle rechte vorbehalten|tous droits réservés|版权所有/iu;

/** Credits that mark a line as a photo caption even in mid-sentence. */
export const CAPTION_CREDIT =
  /(?:^|[\s.(])(?:photograph|photo|picture|image|foto|фото|credit|illustration|bild)\s*:\s*\S|\b(?:REUTERS|AFP|AP Photo|Getty Images|EPA|Shutterstock|dpa)\/\S|\[\d+\/\d+\]|opens new tab/iu;
