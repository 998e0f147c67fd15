/** Verbs and phrases that credit words to a speaker, in the clipper's languages. */
const EN =
  'said says say told tells added adds asked asks explained explains noted notes stated states wrote writes warned warns argued argues insisted insists recalled recalls continued replied answered acknowledged acknowledges admitted admits declared declares announced announces claimed claims commented comments cautioned urged urges stressed stresses emphasised emphasized emphasises emphasizes reported reports described describes called calls promised promises vowed pledged quipped joked laughed remarked observed suggested suggests conceded complained complains predicted concluded agreed agrees confirmed confirms tweeted posted asserted asserts judged deemed shouted whispered sighed recounted insisted maintained maintains contended laughs jokes smiles sighs';
// Russian and Ukrainian past tenses agree with the speaker: -л/-в (he), -ла (she), -ло (an
// organisation such as a ministry), -ли (they).
const pastForms = (stems: string, endings: readonly string[]) =>
  stems
    .split(' ')
    .flatMap((stem) => endings.map((e) => stem + e))
    .join(' ');
const RU = [
  pastForms(
    'сказа рассказа отмети заяви добави поясни подчеркну сообщи уточни написа напомни ответи предупреди прокомментирова призна завери указа пообеща подтверди объясни замети возрази назва отреза парирова констатирова резюмирова подытожи заключи посетова сетова продолжи',
    ['л', 'ла', 'ло', 'ли'],
  ),
  // Reflexive verbs: `— возмутился он`, `— пожаловалась она`.
  pastForms('возмути пожалова удиви', ['лся', 'лась', 'лось', 'лись']),
  // Present tense, as a feature quotes its people: `— добавляет он`, `— объясняет она`.
  'добавляет добавляют объясняет объясняют рассказывает рассказывают поясняет уточняет вспоминает отвечает комментирует признается признаётся',
  // Speech by its manner: `— смеётся она`, `— шутит он`.
  'смеётся смеется шутит улыбается вздыхает пошутил пошутила улыбнулся улыбнулась вздохнул вздохнула',
  'признался призналась поделился поделилась говорит говорил говорила считает считают уверен уверена признаёт признает сообщает заявляет отмечает подчеркивает пишет говорится обещают обещает уверяют говорят сообщают заявляют отмечают',
].join(' ');
const UK = [
  pastForms(
    'сказа зазначи заяви дода повідоми наголоси поясни відпові попереди нагада визна прокоментува підкресли запевни вказа пообіця підтверди зауважи назва відріза парирува констатува резюмува підсумува продовжи',
    ['в', 'ла', 'ло', 'ли'],
  ),
  pastForms('поскаржи обури здивува зізна', ['вся', 'лася', 'лося', 'лися']),
  // Present tense, as a feature quotes its people: `— уточнює він`, `— пояснює вона`.
  // Speech by its manner: `— сміється вона`, `— жартує він`.
  'сміється жартує усміхається посміхається зітхає пожартував пожартувала усміхнувся усміхнулася зітхнув зітхнула',
  'додає додають пояснює пояснюють розповідає розповідають наголошує підкреслює зауважує пригадує згадує відповідає коментує говорить говорять додав розповів розповіла розповіло розповіли каже казав казала вважає вважають поділився поділилася повідомляє заявляє зазначає пише йдеться обіцяють обіцяє запевняють кажуть повідомляють заявляють зазначають',
].join(' ');
// German weak verbs by stem: the present (`erklärt`), the past (`erklärte`, `erklärten`) and, for the
// separable ones, the first part of `fügt … hinzu`, `räumte … ein`, `merkt … an`, `stellt … klar`. A
// stem on -t, -d or on -n after most consonants takes an -e- first (`berichtet`, `bezeichnete`).
const germanWeak = (stems: string) =>
  stems
    .split(' ')
    .flatMap((stem) => {
      const e = /(?:[td]|chn|[^aeiouäöülrh]n)$/u.test(stem) ? 'e' : '';
      return [`${stem}${e}t`, `${stem}${e}te`, `${stem}${e}ten`];
    })
    .join(' ');
const DE = [
  germanWeak(
    'sag erklär beton mein bericht warn erzähl ergänz füg räum kritisier forder mahn bestätig versicher teil verkünd kündig bezeichn begrüß lach scherz seufz schmunzel merk stell bekräftig appellier resümier bilanzier klag beklag bedauer lob schimpf zitier antwort entgegn präzisier kommentier argumentier jubel',
  ),
  // Strong verbs, and the participles after `hat`.
  'sprach spricht schrieb schreibt unterstrich unterstreicht hieß heißt nannte nennt wies weist hob hebt rief ruft wandte so gesagt betont gewarnt geschrieben berichtet erzählt versichert bestätigt kritisiert gefordert erklärt',
].join(' ');
// French verbs of the first group, by stem: the present (`lâche`), the participle after an auxiliary
// (`a lâché`, `s’est agacée`) and the imperfect (`lâchait`). A reflexive verb also comes with its
// elided pronoun, which writes it as one word (`s’agace`).
const frenchFirstGroup = (stems: string) =>
  stems.split(' ').flatMap((stem) => {
    const [, reflexive, bare] = /^(s')?(.+)$/u.exec(stem)!;
    const forms = ['e', 'é', 'ée', 'ait'].map((e) => bare + e);
    return reflexive ? [...forms, ...forms.flatMap((f) => [`s'${f}`, `s’${f}`])] : forms;
  });
const FR = [
  ...frenchFirstGroup(
    "détaill déclar affirm expliqu ajout soulign estim indiqu assur confi racont précis déplor regrett lâch tranch fulmin s'agac s'emport s'indign s'exclam s'étonn s'alarm s'énerv rétorqu nuanc relativis témoign avou insist not observ jug annonc dénonc résum comment félicit salu qualifi plaid interrog gliss ironis plaisant soupir rassur fustig tacl critiqu martel rappel répét concéd s'inquiét lanc rigol ricann raill clam proclam object analys complét",
  ),
  // The verbs whose stem changes its vowel or doubles its consonant in the present.
  'martèle rappelle répète concède complète inquiète s’inquiète renchérit',
  'dit déclare reconnu reconnaît averti avertit prévenu prévient poursuivi poursuit répondu répond promis promet réagi réagit défendu défend réjouit réjoui réjouie rit sourit disait conclut admet admis écrit décrit',
].join(' ');

export const SPEECH_VERBS = new Set(`${EN} ${RU} ${UK} ${DE} ${FR}`.split(' '));

/**
 * Speech said in a phrase rather than one verb, before a quotation's colon or comma: `as Jane Roe
 * put it: “…”`, `summed it up bluntly`, `brachte es auf den Punkt`, and the reflexive verbs of
 * Russian and Ukrainian, whose speaker follows them (`как выразилась Анна Петрова: «…»`).
 */
export const SPEECH_PHRASES =
  /(?<!\p{L})(?:(?:put|puts|putting|sum|sums|summed|summing) it(?: up)?(?:\s+(?:\p{Ll}+ly|this way|that way|best))?|(?:bringt|brachte|brachten) es (?:so )?auf den Punkt|выразил(?:ся|ась|ись)|висловив(?:ся)?|висловил(?:ася|ися))(?!\p{L})/giu;

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
    "selon lui|d['’]après lui",
    'ihm zufolge|seinen worten zufolge|nach seinen worten|seiner ansicht nach|seiner meinung nach',
    'according to him|in his words|in his view',
    '据他介绍|据他说|在他看来',
  ].join('|'),
  female: [
    'за її словами|на її думку|по е[её] словам|по е[её] мнению|по е[её] данным|на е[её] взгляд',
    "selon elle|d['’]après elle",
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

export const CJK_SPEECH = /(?:说|表示|称|介绍|指出|认为|强调|告诉|坦言|透露|说道|提醒|回应|解释|补充|直言|呼吁)[：:，,]?$/u;

export const CJK_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施牛樊葛邢齐乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游辛靳柴蒙鲍喻祁蒲房滕屈饶牟艾尤穆卓缪简褚娄窦戚岑宫费卜晏卫柏宗瞿桂佟臧闵苟邬卞姬栾隋刁荣巫寇桑郎甄丛仲虞敖巩佘池苑迟邝';
