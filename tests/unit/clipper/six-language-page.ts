/** A made-up harbour story's page in each of the clipper's languages, for tests of a whole page pasted as text. */
export type Language = 'en' | 'de' | 'fr' | 'ru' | 'uk' | 'zh';

export const LANGUAGES: readonly Language[] = ['en', 'de', 'fr', 'ru', 'uk', 'zh'];

const MENU: Record<Language, readonly string[]> = {
  en: ['Home', 'News', 'Politics', 'Business', 'Sport', 'Opinion', 'Culture', 'Search', 'Sign in'],
  de: ['Zum Inhalt springen', 'Startseite', 'Politik', 'Wirtschaft', 'Sport', 'Kultur', 'Meinung', 'Suche', 'Anmelden'],
  fr: ['Aller au contenu', 'Accueil', 'Politique', 'Économie', 'Sport', 'Culture', 'Opinions', 'Rechercher', 'Se connecter'],
  ru: ['Главная', 'Новости', 'Политика', 'Экономика', 'Спорт', 'Культура', 'Мнения', 'Поиск', 'Войти'],
  uk: ['Головна', 'Новини', 'Політика', 'Економіка', 'Спорт', 'Культура', 'Думки', 'Пошук', 'Увійти'],
  zh: ['首页', '新闻', '时政', '财经', '体育', '文化', '评论', '搜索', '登录'],
};

export const HEADLINE: Record<Language, string> = {
  en: 'Harbour board votes to dredge the inner basin before summer',
  de: 'Hafenrat beschließt Ausbaggerung des Innenbeckens vor dem Sommer',
  fr: 'Le conseil portuaire vote le dragage du bassin intérieur avant l’été',
  ru: 'Совет порта решил углубить внутреннюю гавань до лета',
  uk: 'Рада порту вирішила поглибити внутрішню гавань до літа',
  zh: '港务委员会决定夏季前疏浚内港池',
};

const HEADER: Record<Language, readonly string[]> = {
  en: ['By Ada Brenlow', 'March 5, 2026'],
  de: ['Von Ada Brenlow', '05.03.2026'],
  fr: ['Par Ada Brenlow', '5 mars 2026'],
  ru: ['Автор: Ада Бренлова', '5 марта 2026'],
  uk: ['Автор: Ада Бренлова', '5 березня 2026'],
  zh: ['2026-03-05 08:15 作者：林雨桐'],
};

const STORY: Record<Language, readonly string[]> = {
  en: [
    'The harbour board voted on Thursday to dredge the inner basin before the summer, after two fishing boats ran aground there on the lowest tides of the spring.',
    'Silt carried down the river in the winter floods has raised the bed of the basin by almost a metre in places, the board’s engineer told members at the meeting.',
    'The dredged silt will be taken by barge to the old gravel pits upstream, where the wildlife trust wants it for the reed beds it is planting.',
  ],
  de: [
    'Der Hafenrat hat am Donnerstag beschlossen, das Innenbecken noch vor dem Sommer ausbaggern zu lassen, nachdem zwei Fischkutter bei Niedrigwasser auf Grund gelaufen waren.',
    'Schlamm, den der Fluss bei den Winterhochwassern mitgebracht hat, hat den Grund des Beckens stellenweise um fast einen Meter angehoben, sagte der Ingenieur des Rates.',
    'Der ausgebaggerte Schlamm wird per Schute zu den alten Kiesgruben flussaufwärts gebracht, wo der Naturschutzverein ihn für seine Schilfflächen braucht.',
  ],
  fr: [
    'Le conseil portuaire a voté jeudi le dragage du bassin intérieur avant l’été, après que deux chalutiers s’y sont échoués lors des plus basses marées du printemps.',
    'La vase charriée par la rivière lors des crues de l’hiver a relevé le fond du bassin de près d’un mètre par endroits, a expliqué l’ingénieur du conseil aux élus.',
    'La vase draguée sera transportée par barge jusqu’aux anciennes gravières en amont, où l’association de protection de la nature veut l’utiliser pour ses roselières.',
  ],
  ru: [
    'Совет порта в четверг проголосовал за углубление внутренней гавани до начала лета, после того как два рыболовецких судна сели там на мель во время весеннего отлива.',
    'Ил, принесённый рекой во время зимних паводков, поднял дно гавани местами почти на метр, сообщил инженер совета на заседании.',
    'Поднятый ил на барже вывезут к старым гравийным карьерам выше по течению, где его используют для посадки тростника.',
  ],
  uk: [
    'Рада порту в четвер проголосувала за поглиблення внутрішньої гавані до початку літа, після того як два рибальські судна сіли там на мілину під час весняного відпливу.',
    'Мул, принесений річкою під час зимових повеней, підняв дно гавані місцями майже на метр, повідомив інженер ради на засіданні.',
    'Піднятий мул баржею вивезуть до старих гравійних кар’єрів вище за течією, де його використають для висадки очерету.',
  ],
  zh: [
    '港务委员会周四投票决定在夏季到来之前疏浚内港池，此前两艘渔船在春季最低潮时在那里搁浅。',
    '委员会工程师在会上表示，冬季洪水从河流上游带来的淤泥已使港池底部部分地方抬高了近一米。',
    '疏浚出的淤泥将用驳船运往上游的旧砂石坑，当地自然保护协会希望用它来种植芦苇。',
  ],
};

const RELATED: Record<Language, readonly string[]> = {
  en: ['Share', 'Email', 'Related stories', 'Ferry timetable to change in April', 'March 2, 2026'],
  de: ['Teilen', 'E-Mail', 'Mehr zum Thema', 'Fährfahrplan ändert sich im April', '02.03.2026'],
  fr: ['Partager', 'E-mail', 'À lire aussi', 'Les horaires du bac changent en avril', '2 mars 2026'],
  ru: ['Поделиться', 'Telegram', 'Читайте также', 'Расписание парома изменится в апреле', '2 марта 2026'],
  uk: ['Поділитися', 'Telegram', 'Читайте також', 'Розклад порому зміниться у квітні', '2 березня 2026'],
  zh: ['分享到', '微博', '相关新闻', '轮渡时刻表四月起调整', '2026-03-02'],
};

const FOOTER: Record<Language, readonly string[]> = {
  en: ['Privacy policy', 'Terms of use', 'Cookie settings', 'Advertise'],
  de: ['Datenschutz', 'Impressum', 'AGB', 'Cookie-Einstellungen'],
  fr: ['Mentions légales', 'Politique de confidentialité', 'Gestion des cookies', 'CGU'],
  ru: ['Политика конфиденциальности', 'Пользовательское соглашение', 'Реклама'],
  uk: ['Політика конфіденційності', 'Умови використання', 'Реклама'],
  zh: ['关于我们', '联系我们', '广告服务', '网站地图'],
};

/** Lines a test adds: above the menu, in place of the header under the headline, under the story, and under the footer. */
export interface PageLines {
  top?: readonly string[];
  header?: readonly string[];
  afterStory?: readonly string[];
  bottom?: readonly string[];
}

/** The page pasted whole: `top`, a menu, the headline, its `header` (a byline and a date), the story, `afterStory`, related links, a footer and `bottom`. */
export function harbourPage(
  language: Language,
  { top = [], header = HEADER[language], afterStory = [], bottom = [] }: PageLines = {},
): string {
  return [
    ...top,
    ...MENU[language],
    '',
    HEADLINE[language],
    ...header,
    '',
    ...STORY[language].flatMap((p) => [p, '']),
    ...afterStory,
    ...RELATED[language],
    ...FOOTER[language],
    ...bottom,
  ].join('\n');
}
