import { englishForms, expand, frenchFirstGroupForms, germanWeakForms, russianForms, ukrainianForms } from './speech-forms.js';

/** Verbs and phrases that credit words to a speaker, in the clipper's languages, in all their forms. */
const EN = [
  ...expand(
    'say tell add ask explain note state write warn argue insist recall continue reply answer acknowledge admit declare announce claim comment caution urge stress emphasise emphasize report describe call promise vow pledge quip joke laugh remark observe suggest concede complain predict conclude agree confirm tweet post assert judge deem shout whisper sigh recount maintain contend smile shrug plead demand reflect recollect marvel muse boast lament protest counter retort estimate reckon',
    englishForms,
  ),
  // The bare forms that a plural subject takes (`residents say`, `officials warn`), of verbs that are seldom nouns.
  ...'say tell add explain warn argue insist admit declare announce urge describe predict conclude agree confirm assert maintain contend suggest concede complain acknowledge'.split(
    ' ',
  ),
];
const RU = [
  ...expand(
    'сказать рассказать рассказывать отметить отмечать заявить заявлять добавить добавлять пояснить пояснять подчеркнуть подчёркивать подчеркивать сообщить сообщать уточнить уточнять написать напомнить напоминать ответить отвечать предупредить предупреждать прокомментировать комментировать признать заверить заверять указать указывать пообещать обещать подтвердить подтверждать объяснить объяснять заметить замечать возразить возражать назвать называть отрезать парировать констатировать резюмировать подытожить заключить посетовать сетовать продолжить продолжать говорить считать полагать уверять настаивать настоять призвать призывать потребовать требовать попросить просить вспомнить вспоминать рассуждать пошутить шутить вздохнуть вздыхать воскликнуть восклицать оценить оценивать описать описывать процитировать цитировать спросить спрашивать обратить убедить убеждать признавать повторить повторять высказать',
    russianForms,
  ),
  ...expand(
    'обратиться обращаться возмутиться возмущаться пожаловаться жаловаться удивиться удивляться признаться поделиться делиться улыбнуться улыбаться усмехнуться усмехаться высказаться высказываться отозваться сокрушаться',
    russianForms,
  ),
  // The verbs whose present changes the stem: `говорит`, `пишет`, `признаётся`, `смеётся`.
  'пишет пишут говорит говорят признаётся признается признаёт признает смеётся смеется смеются уверен уверена уверены говорится',
].join(' ');
const UK = [
  ...expand(
    'сказати розповісти розповідати зазначити зазначати заявити заявляти додати додавати повідомити повідомляти наголосити наголошувати пояснити пояснювати відповісти відповідати попередити попереджати нагадати нагадувати визнати визнавати прокоментувати коментувати підкреслити підкреслювати запевнити запевняти вказати вказувати пообіцяти обіцяти підтвердити підтверджувати зауважити зауважувати назвати називати відрізати парирувати констатувати резюмувати підсумувати продовжити продовжувати говорити казати вважати пригадати пригадувати згадати згадувати пожартувати жартувати зітхнути зітхати написати закликати закликати вимагати попросити просити спитати запитати питати оцінити оцінювати описати описувати процитувати цитувати повторити повторювати переконати переконувати',
    ukrainianForms,
  ),
  ...expand(
    'звернутися звертатися поскаржитися скаржитися обуритися обурюватися здивуватися дивуватися зізнатися зізнаватися поділитися ділитися усміхнутися усміхатися посміхнутися посміхатися сміятися висловитися відгукнутися',
    ukrainianForms,
  ),
  // The verbs whose present changes the stem: `каже`, `пише`, `розповів`.
  'каже кажуть пише пишуть сміється сміються йдеться',
].join(' ');
const DE = [
  ...expand(
    'sag erklär beton mein bericht warn erzähl ergänz kritisier forder mahn bestätig versicher verkünd bezeichn begrüß lach scherz seufz schmunzel bekräftig appellier resümier bilanzier klag beklag bedauer lob schimpf zitier antwort entgegn präzisier kommentier argumentier jubel frag schilder beteuer äußer hoff verweis',
    germanWeakForms,
  ),
  // Separable verbs, whose participle puts `ge-` after the first part (`hinzugefügt`): only the finite forms.
  ...expand('füg räum teil kündig merk stell', (stem) => germanWeakForms(stem).slice(0, 3)),
  // The plural present, which is also the infinitive, of the verbs whose forms no noun or determiner shares.
  'sagen erklären betonen warnen fordern kritisieren berichten erzählen versichern bestätigen',
  // Strong and mixed verbs, with their participles; `so` credits as a verb does (`„…“, so der Hydrologe`).
  'so sprach spricht sprachen gesprochen schrieb schreibt schrieben geschrieben unterstrich unterstreicht unterstrichen hieß heißt nannte nennt nannten genannt wies weist wiesen hob hebt hoben rief ruft riefen wandte beschrieb beschreibt beschrieben versprach verspricht versprachen versprochen verwies',
].join(' ');
const FR = [
  ...expand(
    "détaill déclar affirm expliqu ajout soulign estim indiqu assur confi racont précis déplor regrett lâch tranch fulmin s'agac s'emport s'indign s'exclam s'étonn s'alarm s'énerv rétorqu nuanc relativis témoign avou insist not observ jug annonc dénonc résum comment félicit salu qualifi plaid interrog gliss ironis plaisant soupir rassur fustig tacl critiqu martel rappel répét concéd s'inquiét lanc rigol ricann raill clam proclam object analys complét souffl demand réclam exig alert avanc tempér souhait constat signal s'interrog s'amus évoqu parl",
    frenchFirstGroupForms,
  ),
  // The verbs whose stem changes its vowel or doubles its consonant in the present.
  'martèle rappelle répète concède complète inquiète s’inquiète tempère renchérit renchérissent appelle appellent',
  // Other groups, each in the forms of a news report: `dit`, `disent`, `a dit`, `disait`.
  'dit disent disait disaient dite souvient souviennent souvenait déclare reconnu reconnue reconnaît reconnaissent reconnaissait averti avertie avertit avertissent prévenu prévenue prévient préviennent poursuivi poursuivie poursuit poursuivent répondu répondue répond répondent répondait promis promise promet promettent réagi réagit réagissent défendu défend défendent réjouit réjoui réjouie rit sourit conclut concluent conclu conclue admet admis admise écrit écrivent écrivait décrit décrivent soutient soutiennent soutenu soutenue maintient maintenu',
].join(' ');

export const SPEECH_VERBS = new Set([...EN, ...`${RU} ${UK} ${DE} ${FR}`.split(' ')]);

/**
 * Speech said in a phrase rather than one verb, before a quotation's colon or comma: `as Jane Roe
 * put it: “…”`, `summed it up bluntly`, `brachte es auf den Punkt`, and the reflexive verbs of
 * Russian and Ukrainian, whose speaker follows them (`как выразилась Анна Петрова: «…»`).
 */
export const SPEECH_PHRASES =
  /(?<!\p{L})(?:(?:put|puts|putting|sum|sums|summed|summing) it(?: up)?(?:\s+(?:(?:more|most|less|quite|rather|very)\s+)?(?:\p{Ll}+ly|this way|that way|best|simply|differently))?|(?:bringt|brachte|brachten) es (?:so )?auf den Punkt|выразил(?:ся|ась|ись)|висловив(?:ся)?|висловил(?:ася|ися))(?!\p{L})/giu;

/** Nouns that carry someone's words when owned by them: `Brazil’s repeated references to …`. */
export const SPEECH_NOUNS = new Set(
  'references reference words statement description phrase term language wording claim promise pledge slogan remarks comments'.split(' '),
);

/**
 * Phrases that put the speaker after them: `according to X`, `in the words of X`, `по словам X`,
 * and whose view or account follows: `по мнению X`, `на думку X`, `d’après X`, `за даними поліції`.
 */
export const SOURCE_PHRASES =
  /(?:according to|in the words of|quoting|selon|d['’]après|laut|nach (?:den )?worten (?:von|des|der)|nach angaben (?:von|des|der)|по словам|по его словам|по её словам|по мнению|по данным|за словами|на думку|за даними)\s+/giu;

/**
 * `Pour Jeanne Roe, « … »`, `Pour le maire, …`: a French sentence that opens on `pour` and a name or
 * a role gives that one's view. Only as the opener, and with a name or an article after it: `pour`
 * is otherwise the commonest of prepositions.
 */
export const FRENCH_VIEW_OPENER = /^\s*Pour\s+(?=\p{Lu}|(?:le|la|l['’]|les|son|sa|ses)\s*\p{Ll})/u;

/**
 * Phrases that credit what follows to someone a pronoun points back to, with that pronoun's sex:
 * `за її словами`, `по его мнению`, `selon lui`, `ihr zufolge`, `according to her`, `据他介绍`.
 */
const PRONOUN_SOURCES: Readonly<Record<'male' | 'female', string>> = {
  male: [
    'за його словами|на його думку|по его словам|по его мнению|по его данным|на его взгляд',
    "selon lui|d['’]après lui|pour lui(?=\\s*,)",
    'ihm zufolge|seinen worten zufolge|nach seinen worten|seiner ansicht nach|seiner meinung nach',
    'according to him|in his words|in his view',
    '据他介绍|据他说|在他看来',
  ].join('|'),
  female: [
    'за її словами|на її думку|по е[её] словам|по е[её] мнению|по е[её] данным|на е[её] взгляд',
    "selon elle|d['’]après elle|pour elle(?=\\s*,)",
    'ihr zufolge|ihren worten zufolge|nach ihren worten|ihrer ansicht nach|ihrer meinung nach',
    'according to her|in her words|in her view',
    '据她介绍|据她说|在她看来',
  ].join('|'),
};

const PRONOUN_SOURCE_PATTERNS = (['male', 'female'] as const).map(
  (sex) => [sex, new RegExp(`(?<!\\p{L})(?:${PRONOUN_SOURCES[sex]})(?!\\p{L})`, 'giu')] as const,
);

/** The sex of the pronoun in the last phrase like `за її словами` in `text`, or null if there is none. */
export function pronounSourceIn(text: string): 'male' | 'female' | null {
  let found: { at: number; sex: 'male' | 'female' } | null = null;
  for (const [sex, re] of PRONOUN_SOURCE_PATTERNS) {
    for (const m of text.matchAll(re)) if (!found || m.index > found.at) found = { at: m.index, sex };
  }
  return found?.sex ?? null;
}

/** Chinese speech verbs, in simplified characters: traditional text is read through `toSimplifiedChars` (`說` as `说`). */
export const CJK_VERB_LIST =
  '说|表示|称|介绍|指出|认为|强调|告诉(?:本报)?(?:记者|我们|笔者|我)?|坦言|透露|说道|提醒|回应|解释|补充|直言|呼吁';

export const CJK_SPEECH = new RegExp(`(?:${CJK_VERB_LIST})[：:，,]?$`, 'u');

/**
 * The commonest Chinese family names, in simplified characters: traditional text is read through
 * `toSimplifiedChars` (`陳` as `陈`). `單` is listed as well, as the conversion leaves it as written.
 */
export const CJK_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施牛樊葛邢齐乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游辛靳柴蒙鲍喻祁蒲房滕屈饶牟艾尤穆卓缪简褚娄窦戚岑宫费卜晏卫柏宗瞿桂佟臧闵苟邬卞姬栾隋刁荣巫寇桑郎甄丛仲虞敖巩佘池苑迟邝单应贝钮闻洪储郁蔺晋茅單';
