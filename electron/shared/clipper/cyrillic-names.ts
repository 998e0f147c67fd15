import { escapeRegExp } from '../text/escape-regexp.js';
import { cyrillicPlace, cyrillicPlaceNominative, cyrillicTown, isCountryName, withWrittenSoftSigns } from './gazetteer.js';
import { CYRILLIC_LEGAL_FORMS, MAX_STEM_WORD, ORG_STEMS, ROLE_STEMS } from './lexicon/entity-words.js';
import { cyrillicSettlements, quotedSites } from './cyrillic-settlements.js';
import { isGivenName, sexOfGivenName } from './lexicon/given-names.js';
import { SPEECH_VERBS } from './lexicon/speech.js';
import { cyrillicStreets, numberedRoads } from './cyrillic-streets.js';
import { findQuotedBodies, isQuotedWhole } from './quoted-bodies.js';

/**
 * Places and organisations in Russian and Ukrainian text, given in the nominative as the clip's
 * entity lists want them. Cases are undone by rule, not by dictionary: a capitalised adjective
 * agrees with the common noun after it (`Тверской области` → `Тверская область`), and a
 * name after a preposition of place drops its locative ending (`в Великом Устюге`).
 */
/** A head noun's gender, or `p` for one used in the plural only (`сили`, `войска`). */
type Gender = 'm' | 'f' | 'n' | 'p';

/** Head nouns: nominative, gender, and the stem their case forms share. */
const PLACE_NOUNS: ReadonlyArray<readonly [string, Gender, string]> = [
  ['область', 'f', 'област'],
  ['набережная', 'f', 'набережн'],
  ['улица', 'f', 'улиц'],
  ['площадь', 'f', 'площад'],
  ['река', 'f', 'рек'],
  ['озеро', 'n', 'озер'],
  ['море', 'n', 'мор'],
  ['край', 'm', 'кра'],
  ['район', 'm', 'район'],
  ['проспект', 'm', 'проспект'],
  ['бульвар', 'm', 'бульвар'],
  ['мост', 'm', 'мост'],
  ['вокзал', 'm', 'вокзал'],
  ['аэропорт', 'm', 'аэропорт'],
  ['полуостров', 'm', 'полуостров'],
  ['вулиця', 'f', 'вулиц'],
  ['набережна', 'f', 'набережн'],
  ['площа', 'f', 'площ'],
  ['річка', 'f', 'річк'],
  ['міст', 'm', 'міст'],
  ['лес', 'm', 'лес'],
  ['ліс', 'm', 'ліс'],
  ['водохранилище', 'n', 'водохранилищ'],
  ['водосховище', 'n', 'водосховищ'],
  ['лиман', 'm', 'лиман'],
  ['остров', 'm', 'остров'],
  ['округ', 'm', 'округ'],
  // Land, water and roads named by an adjective: `Длинная коса`, `Старе гирло`, `Заречное шоссе`, `Сибирский тракт`.
  ['коса', 'f', 'кос'],
  ['бухта', 'f', 'бухт'],
  ['залив', 'm', 'залив'],
  ['затока', 'f', 'заток'],
  ['пролив', 'm', 'пролив'],
  ['гирло', 'n', 'гирл'],
  ['канал', 'm', 'канал'],
  ['шоссе', 'n', 'шоссе'],
  ['шосе', 'n', 'шосе'],
  ['тракт', 'm', 'тракт'],
  // Depots, settlements and parks named by an adjective: `Восточное депо`, `Рабочий поселок`, `Зелений парк`.
  ['депо', 'n', 'депо'],
  ['поселок', 'm', 'поселок'],
  ['поселок', 'm', 'поселк'],
  ['селище', 'n', 'селищ'],
  ['парк', 'm', 'парк'],
  // A town's old quarter named by an adjective: `Заречная слобода`, `Стрілецька слобода`.
  ['слобода', 'f', 'слобод'],
  // Hills, ponds, squares and lanes named by an adjective: `Соколиная гора`, `Лебяжий пруд`, `Театральный сквер`, `Тихий переулок`.
  ['гора', 'f', 'гор'],
  ['пруд', 'm', 'пруд'],
  ['сквер', 'm', 'сквер'],
  ['переулок', 'm', 'переулок'],
  ['переулок', 'm', 'переулк'],
  ['провулок', 'm', 'провулок'],
  ['провулок', 'm', 'провулк'],
];
const ORG_NOUNS: ReadonlyArray<readonly [string, Gender, string]> = [
  ['музей', 'm', 'музе'],
  ['университет', 'm', 'университет'],
  ['институт', 'm', 'институт'],
  ['министерство', 'n', 'министерств'],
  ['театр', 'm', 'театр'],
  ['банк', 'm', 'банк'],
  ['агентство', 'n', 'агентств'],
  ['управление', 'n', 'управлени'],
  ['комитет', 'm', 'комитет'],
  ['департамент', 'm', 'департамент'],
  ['суд', 'm', 'суд'],
  ['завод', 'm', 'завод'],
  ['фонд', 'm', 'фонд'],
  ['центр', 'm', 'центр'],
  ['союз', 'm', 'союз'],
  ['библиотека', 'f', 'библиотек'],
  ['больница', 'f', 'больниц'],
  ['академия', 'f', 'академи'],
  ['служба', 'f', 'служб'],
  ['полиция', 'f', 'полици'],
  ['лига', 'f', 'лиг'],
  ['ліга', 'f', 'ліг'],
  ['прокуратура', 'f', 'прокуратур'],
  ['поліція', 'f', 'поліці'],
  ['університет', 'm', 'університет'],
  ['інститут', 'm', 'інститут'],
  ['міністерство', 'n', 'міністерств'],
  ['лікарня', 'f', 'лікарн'],
  ['академія', 'f', 'академі'],
  ['агенція', 'f', 'агенці'],
  ['рада', 'f', 'рад'],
  ['совет', 'm', 'совет'],
  // A society or a partnership: `Лесогорское общество любителей природы`, `Заріченське товариство рибалок`.
  ['общество', 'n', 'обществ'],
  ['товариство', 'n', 'товариств'],
  // A cabinet of ministers: `Кабинет министров Республики …`, `Кабінет Міністрів Лісогорії`.
  ['кабинет', 'm', 'кабинет'],
  ['кабінет', 'm', 'кабінет'],
  ['гордума', 'f', 'гордум'],
  ['дума', 'f', 'дум'],
  ['палата', 'f', 'палат'],
  ['федерация', 'f', 'федераци'],
  ['федерація', 'f', 'федераці'],
  ['мэрия', 'f', 'мэри'],
  ['правительство', 'n', 'правительств'],
  ['уряд', 'm', 'уряд'],
  ['администрация', 'f', 'администраци'],
  ['адміністрація', 'f', 'адміністраці'],
  ['міністерство', 'n', 'міністерств'],
  ['управління', 'n', 'управлінн'],
  ['служба', 'f', 'служб'],
  ['комітет', 'm', 'комітет'],
  ['департамент', 'm', 'департамент'],
  ['комбинат', 'm', 'комбинат'],
  ['комбінат', 'm', 'комбінат'],
  ['ассоциация', 'f', 'ассоциаци'],
  ['асоціація', 'f', 'асоціаці'],
  ['организация', 'f', 'организаци'],
  ['організація', 'f', 'організаці'],
  // Units of the border guard or the army: `Заріченський прикордонний загін`, `Лесогорский пограничный отряд`.
  ['загін', 'm', 'загін'],
  ['загін', 'm', 'загон'],
  ['отряд', 'm', 'отряд'],
  ['бригада', 'f', 'бригад'],
  ['планетарий', 'm', 'планетари'],
  ['планетарій', 'm', 'планетарі'],
  ['метрополитен', 'm', 'метрополитен'],
  ['метрополітен', 'm', 'метрополітен'],
  ['зоопарк', 'm', 'зоопарк'],
  ['филармония', 'f', 'филармони'],
  ['філармонія', 'f', 'філармоні'],
  ['консерватория', 'f', 'консерватори'],
  ['консерваторія', 'f', 'консерваторі'],
  ['колледж', 'm', 'колледж'],
  ['коледж', 'm', 'коледж'],
  // A firm or a shipping line named by its region's adjective and its trade: `Лесогорская сетевая компания`.
  ['компания', 'f', 'компани'],
  ['компанія', 'f', 'компані'],
  ['пароходство', 'n', 'пароходств'],
  ['пароплавство', 'n', 'пароплавств'],
  ['регистр', 'm', 'регистр'],
  ['реєстр', 'm', 'реєстр'],
  // An assembly, a shipyard, a trade union, a college: `Законодательное собрание …`, `Северодольская верфь`,
  // `Профсоюз работников металлургии`, `Заріченське училище`.
  ['собрание', 'n', 'собрани'],
  ['верфь', 'f', 'верф'],
  ['профсоюз', 'm', 'профсоюз'],
  ['профспілка', 'f', 'профспілк'],
  ['училище', 'n', 'училищ'],
  ['сили', 'p', 'сил'],
  ['силы', 'p', 'сил'],
  ['війська', 'p', 'війсь'],
  ['войска', 'p', 'войск'],
  // An inspectorate, a corporation, a forestry: `Державна екологічна інспекція …`, `Лесогорская корпорация развития`, `Заречный лесхоз`.
  ['инспекция', 'f', 'инспекци'],
  ['інспекція', 'f', 'інспекці'],
  ['корпорация', 'f', 'корпораци'],
  ['корпорація', 'f', 'корпораці'],
  ['лесхоз', 'm', 'лесхоз'],
  ['лісгосп', 'm', 'лісгосп'],
  // A monastery or a nature reserve is the body that keeps it: `Лесогорский монастырь`, `Заріченський заповідник`.
  ['монастырь', 'm', 'монастыр'],
  ['монастир', 'm', 'монастир'],
  ['заповедник', 'm', 'заповедник'],
  ['заповідник', 'm', 'заповідник'],
];

const ADJECTIVE_ENDINGS = [
  'ого',
  'его',
  'ому',
  'ему',
  'ой',
  'ей',
  'ою',
  'ею',
  'ую',
  'юю',
  'ая',
  'яя',
  'ий',
  'ый',
  'ій',
  'ое',
  'ее',
  'ом',
  'ем',
  'ым',
  'им',
  'ых',
  'их',
  'іх',
  'ої',
  'а',
  'я',
  'е',
  'у',
  'ю',
];
// Ukrainian soft adjectives end in `-я` (`Всесвітня організація`) and its feminine cases in `-ої`, `-ою`.
// The instrumental too: `с Северным техническим институтом`, `з Поліським університетом`.
const CAP_ADJECTIVE =
  /(?<![\p{L}-])\p{Lu}\p{Ll}+(?:['’ʼ]\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)?(?:ого|его|ому|ему|ой|ей|ую|юю|ая|яя|ий|ый|ій|ое|ее|ом|ем|ым|им|ім|ої|ою|ых|их|іх|а|е|я|(?<=[^аеиоуыэюяіїєь])у)(?!\p{L})/gu;
const LOWER_ADJECTIVE = /^\p{Ll}+(?:-\p{Ll}+)?(?:ий|ый|ой|ая|яя|ое|ее|ого|его|ому|ему|ей|ом|ем|ым|им|ую|ій|ої|ою|ім|их|іх|а|е)$/u;
// A word of an organisation's genitive tail: `… транспортного машиностроения`, `… портів України`,
// (after `и`, `та` only a lower-case word: `… и Верховного суда` opens another body's name)
// `… образования и науки Республики Татарстан`, `… розвитку громад`, `… з питань праці`, `… и жилищно-коммунального хозяйства`.
// `-ий` after a consonant is a plural genitive of a noun in `-ия` (`Фонд поддержки технологий`), though
// not after a conjunction, where it is as often an adjective of another name (`та місцевий`).
const GENITIVE_WORD =
  /^\s+((?:(?:и|і|та)\s+(?=\p{Ll}))?\p{L}+(?:-\p{L}+)?(?:['’]\p{L}*)?(?:ого|его|ой|ей|ых|их|іх|ов|ев|ої|ів|ії|ій|а|я|и|ы|у|ю|і)|\p{L}{3,}[црнлдгзст]ий|з\s+(?:питань|\p{Ll}+(?:их|іх)\s+\p{Ll}{3,}))(?!\p{L})/u;
// A body's field after `по`, `з`: `центр по гидрометеорологии`, `комитет по бюджету`, `центр з гідрометеорології`,
// `министерство по чрезвычайным ситуациям`.
// An instrumental after `з` is company (`з лікарями`), and `по словам`, `по данным` cite a source.
const FIELD = String.raw`(?:\p{Ll}+(?:ому|ему|ой|ей|их|іх|ої|ым|им)\s+)?\p{Ll}{4,}(?<!ами|ями|ими|ою|ею|ом|ем|ым|им)`;
const FIELD_PHRASE = new RegExp(String.raw`^\s+((?:по|з|із)\s+${FIELD}(?:\s+(?:и|і|та)\s+${FIELD})?)(?!\p{L})`, 'u');
// … and `по заказу`, `по просьбе`, `по решению` say on whose order or initiative something is done.
const CITED_SOURCE =
  /^(?:по|з|із)\s+(?:словам|информации|сведениям|мнению|оценкам|итогам|даними|інформацією|заказу|поручению|просьбе|приглашению|инициативе|требованию|решению|указанию|причине|случаю|плану|графику|итогах)(?!\p{L})/u;
// A plural genitive may have no ending at all (`громад`, `справ`, `сил`): it is read as one when a
// plural adjective stands before it (`внутрішніх справ`) or another genitive follows over `та`/`и`
// (`громад та територій`).
const BARE_GENITIVE = /^\s+((?:(?:и|і|та)\s+)?\p{Ll}{3,})(?!\p{L})/u;
const PLURAL_ADJECTIVE = /(?:ых|их|іх)$/u;
// … or when it closes the clause on a consonant (`центр контролю та профілактики хвороб.`), though not
// on a verb's present or masculine past ending (`… суда Москвы обжалуют.`, `… мэрии Твери ответил.`).
const CLOSING_BARE_GENITIVE = /^\s+\p{Ll}{2,}[бгджзклмнпрстфхцчшщ](?<!(?:ут|ют|ат|ят|ит|ет|ть|ил|ал|ел|ял|ыл|ул))(?=[.,;:])/u;
const PAIRED_GENITIVE = /^\s+(?:и|і|та)\s+\p{L}+(?:ых|их|іх|ов|ев|ів|ій|ий|ей)(?!\p{L})/u;
// A power station by its initials, which do not decline, named by an adjective that agrees with
// `станция`: `Заречной ГЭС` → `Заречная ГЭС`, `Південноукраїнської АЕС`.
const PLANT_INITIALS = String.raw`(?:ГЭС|ГЕС|АЭС|АЕС|ГРЭС|ГРЕС|ТЭС|ТЕС|ТЭЦ|ТЕЦ)`;
const NAMED_PLANT = new RegExp(
  String.raw`(?<![\p{L}-])(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?:ая|ой|ую|а|ої|ій|у|ою))\s+(${PLANT_INITIALS})(?!\p{L})`,
  'gu',
);

// Capitalised words listed with commas and a last conjunction: `Борзну, Ічню та Носівку`.
const LIST_NAME = String.raw`\p{Lu}[\p{Ll}'’ʼ]+(?:-\p{Lu}?[\p{Ll}'’ʼ]+)*`;
const NAME_LIST = new RegExp(String.raw`(?<![\p{L}-])${LIST_NAME}(?:,\s+${LIST_NAME})*\s+(?:и|і|та|й)\s+${LIST_NAME}(?![\p{L}'’ʼ-])`, 'gu');

/**
 * The towns of a list all of whose words are towns in one case (`з'єднує Борзну, Ічню та
 * Носівку`, `в школах Тамбова, Кыштыма и Борзны`), each as written and in the nominative. A list
 * is the cue the smaller towns need: one alone may be a word or a surname.
 */
function listedTowns(text: string, ukrainian: boolean): [string, string][] {
  const out: [string, string][] = [];
  for (const [list] of text.matchAll(NAME_LIST)) {
    const names = list.split(/,\s+|\s+(?:и|і|та|й)\s+/u);
    const towns = names.map((n) => (isGivenName(n) ? null : cyrillicPlaceNominative(n, ukrainian)));
    if (towns.every((t) => t !== null)) names.forEach((n, k) => out.push([n, towns[k]!]));
  }
  return out;
}

/** Whether a word is a power station's initials: `Заречной ГЭС` is a place, though named by initials as bodies are. */
export const isPlantInitials = (word: string) => new RegExp(`^${PLANT_INITIALS}$`, 'u').test(word);

// A capitalised name after `Республики`, `области`: it stays in the nominative.
const NAME_AFTER_REGION = /^\s+(\p{Lu}\p{Ll}+)(?!\p{L})/u;
const REGION_GENITIVE = /^(?:республики|республіки|области|області|края|краю|округа)$/iu;
const MAX_GENITIVE_WORDS = 7;
// The region a body's branch serves ends its name: `Головне управління Держпраці у Липовецькій області`,
// `Управление Росреестра по Заречной области`. (Russian `в` is left out: `Министерство … в Тверской области заявило`;
// Ukrainian writes `у` or `в` by the sound before: `Служба … в Липовецькій області`.)
const SERVED_REGION = /^\s+((?:по\s+\p{Lu}\p{Ll}+ой\s+области|[ув]\s+\p{Lu}[\p{L}-]+ій\s+області))(?!\p{L})/u;
// `імені Тараса Шевченка`, `имени И. М. Сеченова`: the person a body is named after, in the genitive.
const NAMED_AFTER = /^(?:імені|имени)$/u;
const HONOURED_NAME =
  /^\s+((?:\p{Lu}\.\s?){1,3}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?!\p{L})/u;
// A body's initials in the tail do not decline: `Главное управление МЧС России`.
const ACRONYM_WORD = /^\s+(\p{Lu}{2,6})(?!\p{L})/u;
// … nor do a second field's initials joined by `и`, when the name goes on past them to the region it serves:
// `Министерство энергетики и ЖКХ Заречной области` (not `Министерство обороны и ФСБ России`, two bodies).
const JOINED_ACRONYM = /^\s+((?:и|і|та)\s+\p{Lu}{2,6})(?=\s+\p{Lu}\p{Ll}+(?:ой|ої|ого|ей|ій)\s+\p{Ll})/u;
const CONJUNCTION_FIRST = /^(?:и|і|та|й)\s/u;
// Pronouns too: `Ради того мы …` opens on a preposition spelt as a head's case, and no name goes on with a pronoun.
const NOT_IN_NAME =
  /^(?:за|на|до|по|от|из|со|під|від|при|для|без|над|про|через|и|і|та|й|а|але|но|или|або|это|этого|этой|этому|этим|этом|эти|этих|того|той|тому|тем|том|его|её|ее|их|мы|вы|он|она|они|оно|нас|вас|них|цей|цього|цієї|цьому|цим|ці|цих|ми|ви|він|вона|вони|воно|її|їх|нього|неї)$/u;
const DATIVE_ADJECTIVE = /(?:ому|ему)$/u;
// `Банк фактически остановил`: an adverb in `-ически` ends like a genitive but is none.
const ADVERB = /\p{Ll}{2}ически$/u;
// A plural past ends in `-ли` after a vowel or the consonant of a stem such as `могли`, `несли`, `пришли`; after
// `в`, `м`, `н`, `п`, `т` the word is a noun's genitive (`торговли`, `земли`, `ловли`).
const PAST_VERB = /(?:ла|[аеёиоуыэюяієїгкзсшрбж]ли|ло|лася|лися|ться|ся|сь)$/u;
// `Лікарня розташована`, `Больница оборудована`: a short passive participle says what the body is, after its name.
const SHORT_PARTICIPLE = /^\p{Ll}{2,}(?:ован|йован|ьован|еван|єван)[аоі]$/u;
// An organisation named at the start of a capitalised head noun: `Министерство образования …`.
const CAP_HEAD = /(?<!\p{L})\p{Lu}\p{Ll}{3,}(?!\p{L})/gu;
const QUOTE_AFTER = /^\s+[«"“„]/u;
// A company named in quotation marks after its kind, which may carry a prefix (`агрохолдинг`,
// `енергокомпанія`), or after its legal form's initials: `компанія «Полісся-Буд»`, `ГО «…»`; so is a
// group, a squad, an orchestra or a choir: `ініціативна група «…»`, `поисковый отряд «…»`.
// A national or nature park is the body that keeps it, listed with its kind: `природным парком «Река Сорва»` →
// `природный парк «Река Сорва»`. The kind's adjective agrees with `парк` in any case.
const NATURE_PARK =
  /(?<!\p{L})([Нн]аціональн|[Нн]ациональн|[Пп]риродн)(?:ый|ий|ого|ому|ым|им|ім|ом)\s+парк(?:а|у|ом|е|і|ові)?\s+([«"“„]\p{Lu}[^«»"“”„]{1,60}[»"”“])/gu;
const natureParks = (text: string, ukrainian: boolean) =>
  [...text.matchAll(NATURE_PARK)].map((m) => `${m[1]}${ukrainian ? 'ий' : 'ый'} парк ${m[2]}`);
// Quoted words opening in lower case are words it is said to use, no name: `холдингу «за ціною, яку …»`.
const QUOTED_COMPANY = new RegExp(
  String.raw`(?<!\p{L})(?:\p{L}?\p{Ll}*(?:[Кк]омпани|[Кк]омпані|[Фф]ирм|[Фф]ірм|[Хх]олдинг|[Кк]онцерн|[Фф]ундаци|[Фф]ундаці|[Ии]здательств|[Вв]идавництв|[Оо]рганизаци|[Оо]рганізаці|[Оо]бъединени|[Оо]б['’]єднанн|[Аа]ссоциаци|[Аа]соціаці|[Дд]вижени|[Кк]орпораци|[Кк]орпораці|[Пп]редприяти|[Пп]ідприємств|[Аа]гентств|[Аа]генці|[Сс]туди|[Сс]туді|[Уу]ниверситет|[Уу]ніверситет|[Аа]кадеми|[Аа]кадемі|[Ии]нститут|[Іі]нститут|[Тт]еатр|[Лл]ице|[Лл]іце)\p{L}*|[Бб]юро|рух\p{L}{0,2}|\p{L}?\p{Ll}*(?:[Пп]екарн|[Кк]ав['’]ярн|[Кк]офейн|[Рр]есторан|[Мм]агазин|[Гг]отел|[Гг]остиниц|[Кк]линик|[Кк]лінік|[Аа]птек)\p{L}{0,3}|\p{L}?\p{Ll}*(?:[Зз]астройщик|[Зз]абудовник)\p{L}{0,3}|\p{L}?\p{Ll}*(?:[Фф]онд|[Бб]анк|[Зз]авод|[Кк]луб)\p{L}{0,2}|[Пп]арти\p{L}{1,2}|[Пп]арті\p{L}{1,3}|[Пп]еревозчик\p{L}*|[Пп]еревізник\p{L}*|[Гг]азет\p{L}{1,3}|[Тт]елеканал\p{L}{0,2}|гурт\p{L}{0,2}|ансамбл\p{L}{1,3}|[Оо]ркестр\p{L}{0,2}|[Хх]ор(?:а|у|ом|і)?|[Кк]ол+ектив\p{L}{0,2}|[Гг]рупп?(?:а|у|ы|и|е|і|ой|ою)|[Оо]тряд\p{L}{0,2}|[Зз]агін|[Зз]агон\p{L}{1,2}|${CYRILLIC_LEGAL_FORMS})\s+[«"“„](?!\p{Ll})([^«»"“”„]{2,60})[»"”“]`,
  'gu',
);

// Ukrainian `з` takes a field in the genitive (`з питань освіти`); with a noun in `-ям`, `-ам` it is the instrumental of
// company or manner, which opens a phrase of the clause: `звернулася до міністерства … з проханням допомогти`.
const WITH_INSTRUMENTAL = /^(?:з|із)\s+\p{Ll}+(?:ям|ам)(?!\p{L})/u;

function fieldPhrase(tail: string): RegExpExecArray | null {
  const field = FIELD_PHRASE.exec(tail);
  return field && !CITED_SOURCE.test(field[1]!) && !WITH_INSTRUMENTAL.test(field[1]!) ? field : null;
}

function bareGenitive(tail: string, words: readonly string[]): RegExpExecArray | null {
  const bare = BARE_GENITIVE.exec(tail);
  if (!bare) return null;
  const pairedNext = PAIRED_GENITIVE.test(tail.slice(bare[0].length));
  const closing = words.length > 0 && CLOSING_BARE_GENITIVE.test(tail);
  return PLURAL_ADJECTIVE.test(words[words.length - 1] ?? '') || pairedNext || closing ? bare : null;
}

/**
 * The genitive words after an organisation's head noun, as written, up to the name of the person
 * after the body: two capitalised words in a row (not initials: `МЧС России`; not a region's name
 * after its noun: `Республики Татарстан`), or a capitalised last word the text goes on from with
 * another (`… адміністрації Олег Марченко`). A place's genitive there is still the body's:
 * `Адміністрація портів України Олена Лук'яненко`, `департамент культуры Твери Анна Ким`.
 */
function genitiveTail(text: string, from: number): string[] {
  const words = genitiveWords(text, from);
  let at = from;
  const ends = words.map((w) => (at = text.indexOf(w, at) + w.length));
  const regionName = (k: number) => REGION_GENITIVE.test(words[k]!) || (k > 0 && REGION_GENITIVE.test(words[k - 1]!));
  const person = words.findIndex(
    (w, k) =>
      nameWord(w) &&
      // `імені Тараса Шевченка`: the person the body is named after is part of its name.
      !(k > 0 && NAMED_AFTER.test(words[k - 1]!)) &&
      !regionName(k) &&
      !OBLIQUE_ADJECTIVE_WORD.test(w) &&
      !PLURAL_GENITIVE_NOUN.test(w) &&
      (nameWord(words[k + 1]) || (k === words.length - 1 && NAME_GOES_ON.test(text.slice(ends[k]!, ends[k]! + 30)))),
  );
  if (person < 0) return words;
  return words.slice(0, placeGenitive(words[person]!) ? person + 1 : person);
}
// `… транспорта Российской Федерации`: an adjective of a name in the tail, where no given name ends so.
const OBLIQUE_ADJECTIVE_WORD = /(?:ой|ней|ого|его|ому|ему|ых|их|іх|ої|[сц]ькій|ній)$/u;
// `Кабінет Міністрів Лісогорії`, `Совет Министров …`: a plural genitive, which no given name ends as.
const PLURAL_GENITIVE_NOUN = /^\p{Lu}\p{Ll}{3,}(?:ів|ов)$/u;
const nameWord = (w: string | undefined) => w !== undefined && /^\p{Lu}['’ʼ]?\p{Ll}/u.test(w);
/** A known place in the genitive (`України`, `Твери`), which no given name is. */
const placeGenitive = (w: string) =>
  /^\p{Lu}\p{Ll}+[аяиіыу]$/u.test(w) && !isGivenName(w) && (cyrillicPlace(w, false) !== null || cyrillicPlace(w, true) !== null);
const NAME_GOES_ON = /^\s+\p{Lu}['’ʼ]?\p{Ll}/u;

function genitiveWords(text: string, from: number): string[] {
  let tail = text.slice(from, from + 160);
  const words: string[] = [];
  for (let k = 0; k < MAX_GENITIVE_WORDS; k++) {
    const named = NAMED_AFTER.test(words[words.length - 1] ?? '') ? HONOURED_NAME.exec(tail) : null;
    // The person a body is named after counts as no word of its tail: `… імені Д. К. Заболотного НАН України`.
    if (named) k--;
    const g =
      named ??
      GENITIVE_WORD.exec(tail) ??
      fieldPhrase(tail) ??
      ACRONYM_WORD.exec(tail) ??
      (words.length ? JOINED_ACRONYM.exec(tail) : null) ??
      (REGION_GENITIVE.test(words[words.length - 1] ?? '') ? NAME_AFTER_REGION.exec(tail) : null) ??
      (words.length ? SERVED_REGION.exec(tail) : null) ??
      bareGenitive(tail, words);
    // `… Житомира затвердила`: a past-tense verb ends like a genitive but ends the name; so do a
    // preposition or a conjunction alone (`комбінат за підсумками`, `… здоров'я та фонд`).
    // An adjective in `-ому` is a dative, which opens another phrase: `… здоров'я та Лісовому центру`.
    // A verb of speech ends it too, in any form: `… міської ради відповів`.
    if (
      !g ||
      PAST_VERB.test(g[1]!) ||
      SPEECH_VERBS.has(g[1]!) ||
      SHORT_PARTICIPLE.test(g[1]!) ||
      NOT_IN_NAME.test(g[1]!) ||
      DATIVE_ADJECTIVE.test(g[1]!) ||
      ADVERB.test(g[1]!)
    )
      break;
    // `банку та міського бюджету`: a conjunction straight after the head joins another thing to the body, in its case.
    if (words.length === 0 && CONJUNCTION_FIRST.test(g[1]!)) break;
    words.push(g[1]!);
    tail = tail.slice(g[0].length);
    // The region a branch serves closes its name.
    if (SERVED_REGION.test(g[0])) break;
  }
  return words;
}

// A ministry written in lower case, in any case: `заявили в министерстве обороны`. (A lower-case
// department or office is as often a description: `городского департамента транспорта`.)
const LOWER_HEAD = /(?<!\p{L})(?:министерств|міністерств)\p{Ll}{0,3}(?!\p{L})/gu;
// A lower-case committee is a body's when its field follows: `комитет по бюджету`, `комітет з питань освіти`.
const LOWER_COMMITTEE = /(?<!\p{L})(?:комитет|комітет)\p{Ll}{0,2}(?=\s+(?:по|з)\s)/gu;
const capitalised = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);
// A town's or region's own government, in lower case, is a body when the place follows it: `мэрия
// Заречного`, `правительство Тверской области`, `департамент культуры Твери`, `адміністрація Липовецької громади`;
// so are its prosecutors and police: `прокуратура Тверской области`, `полиция Твери`.
const REGION_NOUN_GENITIVE = /^(?:области|області|района|району|края|краю|округа|громади)$/u;
const LOWER_LOCAL_HEAD =
  /(?<![\p{L}-])(?:мэри|мери|правительств|администраци|адміністраці|департамент|прокуратур|полици|поліці)\p{Ll}{0,3}(?!\p{L})/gu;

/**
 * `Міністерство аграрної політики та продовольства`: a capitalised head noun and its genitive tail;
 * and a ministry's lower-case head in any case, given in the nominative.
 */
const ADJECTIVE_BEFORE = /(?<!\p{L})\p{Lu}\p{Ll}+(?:ой|ей|ого|его|ая|яя|ий|ый|ій|ої|ую|ою|ом|ем|ім|ом)\s+$/u;

// `министерство транспорта региона` is the ministry of the one region the story names: `… Тверской области`.
const REGION_OF_STORY = /(?<!\p{L})(\p{Lu}\p{Ll}+?)(?:ой|ої|ій)\s+(области|області)(?!\p{L})/gu;
const WORD_BEFORE = /(?<!\p{L})(\p{L}+)\s+$/u;
const THE_REGION = /\s(?:региона|регіону)$/u;

/** The one region a story names with `область`, in the genitive (`Тверской области`), or null when it names none or several. */
function regionOfStory(texts: readonly string[]): string | null {
  const regions = new Set(
    texts.flatMap((t) => [...t.matchAll(REGION_OF_STORY)].map((m) => `${m[1]}${m[2] === 'области' ? 'ой' : 'ої'} ${m[2]}`)),
  );
  return regions.size === 1 ? [...regions][0]! : null;
}

function headedOrganisations(text: string, region: string | null): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CAP_HEAD)) {
    const noun = headNoun(m[0], ORG_NOUNS);
    // `Российской Федерации`, `Верховной Рады`: the head of a name its capitalised adjective opens, read with it.
    if (!noun || ADJECTIVE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // `от Министерства транспорта …`: a head noun in another case is named in the nominative.
    const head = m[0].toLowerCase() === noun[0] ? m[0] : noun[0][0]!.toUpperCase() + noun[0].slice(1);
    const tail = genitiveTail(text, m.index + m[0].length);
    if (tail.length) out.push([head, ...tail].join(' '));
  }
  for (const m of [...text.matchAll(LOWER_HEAD), ...text.matchAll(LOWER_COMMITTEE)]) {
    const noun = headNoun(m[0], ORG_NOUNS);
    const tail = genitiveTail(text, m.index + m[0].length);
    if (noun && tail.length) out.push([noun[0], ...tail].join(' '));
  }
  for (const m of text.matchAll(LOWER_LOCAL_HEAD)) {
    const noun = headNoun(m[0], ORG_NOUNS);
    const tail = genitiveTail(text, m.index + m[0].length);
    if (noun && tail.some((w, k) => placeGenitive(w) || (capitalised(w) && REGION_NOUN_GENITIVE.test(tail[k + 1] ?? ''))))
      out.push([noun[0], ...tail].join(' '));
  }
  return region ? out.map((name) => name.replace(THE_REGION, ` ${region}`)) : out;
}

// A federal body's initials and the region it serves: `ГУ МВД по Тверской области`, `УФСИН России по Республике Карелия`,
// `ГУ ДСНС у Київській області`. The initials do not decline, and the region stays in the case `по` gives it.
const REGIONAL_OFFICE =
  /(?<!\p{L})((?:\p{Lu}{2,6}\s+)*\p{Lu}{2,6}(?:\s+(?:России|РФ|України))?\s+(?:по|в|у)\s+(?:\p{Lu}\p{Ll}+(?:ой|ій)\s+(?:области|області)|\p{Lu}\p{Ll}+(?:ому|ому)\s+(?:краю|округу|району)|(?:Республике|Республіці)\s+\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?|г\.\s?\p{Lu}\p{Ll}+))(?!\p{L})/gu;

/** Regional offices of federal bodies, named by their initials and region: `ГУ МЧС России по Тверской области`. */
const regionalOffices = (text: string): string[] => [...text.matchAll(REGIONAL_OFFICE)].map((m) => m[1]!);

// A body's kind alone, capitalised to open a sentence: `Компания «Северсталь»` names the firm in the marks.
const KIND_ALONE = /^(?:компани|компані|фирм|фірм|холдинг|концерн|организаци|організаці)\p{Ll}{0,3}$/u;

/** Whether a capitalised word is only the kind of a body, whose name follows it. */
export const isCyrillicBodyKind = (word: string) => KIND_ALONE.test(word.toLowerCase());

// What a head noun's stem takes in its cases, in both languages: `края`, `краем`, `улицей`, `річкою`,
// so that another word on the same letters (`краны`, `судья`) is not taken for it.
const NOUN_ENDING = /^(?:|[аяуюоеиыіїйь]|ой|ей|ом|ем|ую|ая|ью|ою|ею|ів|ов|ев|ам|ям|ах|ях|ами|ями|ий|ій|ого|ому|ої)$/u;

const CYRILLIC_WORD_ONLY = /^[\p{Script=Cyrillic}-]+$/u;

/**
 * Whether two Cyrillic words are one noun in two cases: what follows their common start is a case
 * ending in both (`ведомстве`, `ведомство`), where `банкир` and `банк` go on as different words.
 */
export function sameCyrillicNoun(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (!CYRILLIC_WORD_ONLY.test(x) || !CYRILLIC_WORD_ONLY.test(y)) return false;
  let k = 0;
  while (k < x.length && x[k] === y[k]) k++;
  return k >= 3 && NOUN_ENDING.test(x.slice(k)) && NOUN_ENDING.test(y.slice(k));
}

// The shortened heads a compound body's name ends in (`Київпастранс`, `Газпром`, `Укрнафта`,
// `Северсталь`, `Промстройбанк`). Inside such a word only: alone, most are everyday words.
const COMPOUND_HEADS: ReadonlyArray<readonly [string, Gender, string]> = [
  ['транс', 'm', 'транс'],
  ['пром', 'm', 'пром'],
  ['газ', 'm', 'газ'],
  ['буд', 'm', 'буд'],
  ['строй', 'm', 'стро'],
  ['торг', 'm', 'торг'],
  ['банк', 'm', 'банк'],
  ['нафта', 'f', 'нафт'],
  ['нефть', 'f', 'нефт'],
  ['сталь', 'f', 'стал'],
  ['надзор', 'm', 'надзор'],
  ['нагляд', 'm', 'нагляд'],
  ['залізниця', 'f', 'залізниц'],
];

// A state body's or a state firm's one-word name opens on its country's or the state's prefix:
// `Роскосмос`, `Росавиации`, `Укрпошта`, `Держгеокадастру`, `Мінцифри` (not `Россия`, `Ростов`, `Україна`, `Мінськ`,
// nor the adjective `Державного`, `Государственной` of a body named in words).
const STATE_PREFIXED = /(?<![\p{L}-])(?:Рос(?!с|тов)|Укр(?!аїн|аин)|Держ(?!авн)|Мін(?!ськ))\p{Ll}{4,}(?![\p{L}-])/gu;

/** The one-word state bodies and firms a text names, in the nominative by their head where one is known. */
const statePrefixedBodies = (text: string): string[] => [...text.matchAll(STATE_PREFIXED)].map((m) => cyrillicOrganisationNominative(m[0]));
const isStatePrefixed = (word: string) => new RegExp(`^${STATE_PREFIXED.source}$`, 'u').test(word);

/**
 * A one-word body's name in the nominative by its head noun, written alone or ending a compound
 * (`Сбербанка` → `Сбербанк`, `Київпастрансу` → `Київпастранс`); null when no head is found.
 */
function headedNominative(name: string): string | null {
  if (name.includes(' ') || !/^\p{Script=Cyrillic}/u.test(name)) return null;
  const lower = name.toLowerCase();
  const heads = [...ORG_NOUNS.map((n) => ({ noun: n, compound: false })), ...COMPOUND_HEADS.map((n) => ({ noun: n, compound: true }))];
  for (const { noun, compound } of heads) {
    const [nominative, , stem] = noun;
    const at = lower.lastIndexOf(stem);
    if (at < 0 || (compound && at === 0) || !NOUN_ENDING.test(lower.slice(at + stem.length))) continue;
    // A short head inside a word is as often some other root's letters: `рад` in `Вітроград`, not `рада`.
    if (!compound && at > 0 && stem.length < 4) continue;
    if (lower.endsWith(nominative)) return name;
    const head = at === 0 ? nominative[0]!.toUpperCase() + nominative.slice(1) : nominative;
    return name.slice(0, at) + head;
  }
  return null;
}

/** A one-word body's name back in the nominative by its head noun: `Сбербанка` → `Сбербанк`. */
export const cyrillicOrganisationNominative = (name: string): string => headedNominative(name) ?? name;

// A one-word name in quotation marks: `працівники «Київпастрансу»`.
const QUOTED_WORD = /[«"“„](\p{Lu}\p{Ll}{3,30})[»"”“]/gu;

/** A quoted word that is a compound body's name, by its head, in the nominative; null for any other. */
function quotedCompoundBody(word: string): string | null {
  const lower = word.toLowerCase();
  const compound = COMPOUND_HEADS.some(([, , stem]) => {
    const at = lower.lastIndexOf(stem);
    return at > 0 && NOUN_ENDING.test(lower.slice(at + stem.length));
  });
  return compound ? headedNominative(word) : null;
}
// `На Київщині`, `В Москве` open a sentence as often as not; a capital `У` there is as often `У Петра` (someone has).
// A preposition that opens a sentence is capitalised too; `В`, `На` and those of place alone (`Біля`, `Между`), not `У`
// or `Из`, which open a sentence about a person as often (`У Олени є…`).
// The residents of a town name it in the genitive after them, as a preposition of the genitive does: `жители Липной`, `мешканка Липівки`.
const PLACE_AFTER_PREPOSITION =
  /(?<!\p{L})([Вв]|во|[Нн]а|[Уу]|[Жж]ител(?:и|ей|ям|ь|ьница|ьницы)|[Мм]ешкан(?:ці|ців|цям|ець|ка)|из-под|з-під|із-під|из|под|над|до|через|[Оо]коло|[Вв]озле|[Бб]іля|від|із|з|зі|[Пп]облизу|під|[Нн]еподалік|[Мм]ежду|[Мм]іж)\s+(\p{Lu}\p{Ll}{2,}(?:['’ʼ]\p{Ll}+)?(?:-\p{Lu}\p{Ll}{2,})?(?:\s\p{Lu}\p{Ll}{2,})?)(?![\p{L}'’ʼ-])/gu;
// Prepositions that put the town after them in the genitive (`поблизу Ставища`, `около Торжка`, `из-под Тулы`).
const GENITIVE_PREPOSITION =
  /^(?:из-под|з-під|із-під|из|до|около|возле|біля|від|із|з|зі|поблизу|неподалік|жители|жителей|жителям|житель|жительница|жительницы|мешканці|мешканців|мешканцям|мешканець|мешканка)$/u;
// The next place of a list after a preposition: `в Китае и Монголии`, `до Липців або Ставища`.
const LISTED_PLACE = /^\s+(?:и|і|та|й|или|або|чи)\s+(\p{Lu}\p{Ll}{2,}(?:\s\p{Lu}\p{Ll}{2,})?)(?![\p{L}-])/u;

// `в Промбанке`, `у Держагентстві`: a word built on a body's stem is where someone works, not a town.
const isBodyWord = (word: string) => word.length <= MAX_STEM_WORD && ORG_STEMS.test(word);

/** A place of one or two words after its preposition, in the nominative; null when the two words are no place's. */
function placeAfterPreposition(name: string, preposition: string, ukrainian: boolean): string | null {
  // `у Telegram`, `в YouTube`: a name in Latin letters is a service or a firm; towns are written in Cyrillic.
  if (!/^\p{Script=Cyrillic}/u.test(name)) return null;
  const words = name.split(' ');
  // A hyphened name's parts decline apart (`Білгорода-Дністровського`): only the gazetteer turns it back.
  if (name.includes('-')) return cyrillicPlace(name, ukrainian) ?? cyrillicTown(name, ukrainian);
  // `в Адміністрації`, `в Управлении`: a body's head noun, whose name follows; `в Роскосмос`: a state body.
  if (words.length === 1 && (isCyrillicBodyHead(name) || isStatePrefixed(name))) return null;
  if (words.length === 1 && isBodyWord(name)) return cyrillicPlaceNominative(name, ukrainian);
  if (words.length === 1)
    return (
      genitiveNominative(name, preposition, ukrainian) ??
      cyrillicPlaceNominative(name, ukrainian) ??
      townNominative(name, preposition, ukrainian)
    );
  if (ukrainian) return cyrillicPlace(name, ukrainian) ?? ukrainianAdjectiveTown(words[0]!, words[1]!);
  // `через Верхнюю Ольшанку`, `на Красную Горку`: a feminine name in the accusative, its adjective and noun alike.
  if (/\p{Ll}(?:ую|юю)$/u.test(words[0]!) && /\p{Ll}[^аеиоуыэюяь][ую]$/u.test(words[1]!))
    return (
      cyrillicPlace(name, ukrainian) ??
      `${adjectiveNominative(words[0]!, 'f', ukrainian)} ${words[1]!.replace(/у$/u, 'а').replace(/ю$/u, 'я')}`
    );
  const adjectiveEnding = /(?:ом|ем|ой|ей|ому|ій|ім)$/u.exec(words[0]!);
  if (!adjectiveEnding) return null;
  const gender: Gender = /^(?:ой|ей)$/u.test(adjectiveEnding[0]) ? 'f' : 'm';
  // `на Полевой Анна Ким`: an adjective in an oblique case is no part of a nominative noun after it.
  if (gender === 'f' && /[ая]$/u.test(words[1]!)) return null;
  return (
    cyrillicPlace(name, ukrainian) ??
    `${adjectiveNominative(words[0]!, gender, ukrainian)} ${gender === 'm' ? nounNominative(words[1]!) : words[1]!.replace(/е$/u, 'а')}`
  );
}

/**
 * Where a head noun stands among the lower-case words after a capitalised adjective, with at most
 * two lower-case adjectives before it (`Девятом арбитражном апелляционном суде`); -1 if none.
 */
function headAfterAdjectives(lower: readonly string[]): number {
  const at = lower.findIndex((w) => (headNoun(w, PLACE_NOUNS) ?? headNoun(w, ORG_NOUNS)) !== null);
  return at >= 0 && lower.slice(0, at).every((w) => !NOT_IN_NAME.test(w) && LOWER_ADJECTIVE.test(w)) ? at : -1;
}

function headNoun(word: string, nouns: ReadonlyArray<readonly [string, Gender, string]>) {
  const lower = word.toLowerCase();
  return nouns.find(([, , stem]) => lower.startsWith(stem) && NOUN_ENDING.test(lower.slice(stem.length))) ?? null;
}

/** Whether a word is a body's head noun in any case (`Гордума`, `Уряду`): what follows it names the body, not a person. */
export const isCyrillicBodyHead = (word: string) => headNoun(word, ORG_NOUNS) !== null;

// `Головне управління`, `Главное управление` are adjectives on a role's stem; `Голова`, `Глава` are the role.
const isRoleNoun = (word: string) => ROLE_STEMS.test(word) && !/(?:ое|ее|ый|ий|ій|ая|яя|не|на|ого|ої|ой)$/u.test(word);

/**
 * Whether a capitalised word can be an adjective of a head noun of this gender. A bare `-а` or `-е`
 * is only a feminine or neuter nominative (`Київська область`, `Житомирське водосховище`), so
 * before a masculine noun the word is a noun of its own: `Глава района`.
 */
function agrees(adjective: string, gender: Gender): boolean {
  // A Ukrainian feminine's accusative or instrumental: `Вокзальну вулицю`, `Лісогірською областю`.
  if (/(?:[^аеиоуыэюяіїєь](?<!ом|ем)у|ою)$/u.test(adjective)) return gender === 'f';
  if (/[^ая]а$/u.test(adjective)) return gender === 'f';
  if (/[^ое]е$/u.test(adjective)) return gender === 'n' || gender === 'p';
  // `-ее` is a neuter's only (`Синее`), or a comparative opening a sentence: `Ранее суды …`, `Позднее банк …`.
  if (/ее$/u.test(adjective)) return gender === 'n';
  return true;
}

// The stems of Ukrainian soft adjectives in `-ній`, a closed class: `внутрішній`, `справжній`, `верхній`,
// `середній`, `всесвітній`, `зимній`, `осінній`, `пізній`, `вечірній`, `майбутній`, `давній`, `синій`.
const UKRAINIAN_SOFT_STEM = /(?:[шжх]н|^\p{L}?син|середн|сусідн|світн|зимн|літн|осінн|ранн|пізн|вечірн|останн|майбутн|житн|давн|крайн)$/iu;

// Adjectives stressed on their ending, whose masculine is `-ой`: the level of a body (`областной суд`),
// what a place lies by (`Морской вокзал`, `Речной порт`, `Лесной`, `Береговой`), the ordinals so stressed
// (`Второй кассационный суд`, `Шестой`) and `Большой`.
const STRESSED_ENDING =
  /^(?:областн|окружн|краев|городск|волостн|губернск|речн|морск|лесн|степн|полев|берегов|втор|шест|седьм|восьм|больш)$/iu;

function adjectiveNominative(adjective: string, gender: Gender, ukrainian: boolean): string {
  const ending = ADJECTIVE_ENDINGS.find((e) => adjective.endsWith(e) && adjective.length - e.length >= 3) ?? '';
  const stem = adjective.slice(0, adjective.length - ending.length);
  // Ukrainian `-ій` is a hard adjective's feminine dative (`Рівненській`, `Обласній`) unless the stem is
  // one of the few soft ones (`Всесвітній`, `Верхній`).
  const soft =
    (/^[еяюіїє]/u.test(ending) && ending !== 'ій') ||
    (ending === 'ий' && /н$/u.test(stem) && !ukrainian) ||
    (ending === 'ій' && UKRAINIAN_SOFT_STEM.test(stem));
  const velar = /[кгхжшщч]$/u.test(stem);
  if (ukrainian) return stem + { m: soft ? 'ій' : 'ий', f: soft ? 'я' : 'а', n: soft ? 'є' : 'е', p: 'і' }[gender];
  if (gender === 'm' && STRESSED_ENDING.test(stem)) return `${stem}ой`;
  // A possessive adjective keeps its soft sign but where the masculine drops it: `Лисьей горы` → `Лисья гора`,
  // `Лебяжьем пруду` → `Лебяжий пруд`.
  if (/ь$/u.test(stem)) return gender === 'm' ? `${stem.slice(0, -1)}ий` : stem + { f: 'я', n: 'е', p: 'и' }[gender];
  // After `ж`, `ш`, `ч`, `щ` Russian writes `-ая`, `-ий`, `-ее`, `-ие`: `Свежей` → `Свежая`.
  if (/[жшчщ]$/u.test(stem)) return stem + { m: 'ий', f: 'ая', n: 'ее', p: 'ие' }[gender];
  const pluralSoft = soft || velar || ending === 'их';
  return stem + { m: soft || velar ? 'ий' : 'ый', f: soft ? 'яя' : 'ая', n: soft ? 'ее' : 'ое', p: pluralSoft ? 'ие' : 'ые' }[gender];
}

// A region named after its town: `Рівненщина`, `Смоленщина`, in any case.
const REGION_IN_SHCHYNA = /(?<=щ|чч)ин(?:і|и|у|ою|е|ы|ой)$/u;

// A region's name mid-sentence, in any case and with no preposition needed: `у районах Липівщини`, `на Івано-Липівщині`.
// A sentence's first word is capitalised anyway, and a common noun in `-щина` may open it.
const REGION_WORD = /(?<=[\p{Ll},]\s)(?:\p{Lu}\p{Ll}+-)?\p{Lu}\p{Ll}{2,}(?:щ|чч)ин(?:а|и|і|у|ою|е|ы|ой)(?![\p{L}'’ʼ-])/gu;
// `Батьківщина` is the homeland, or a party that takes its name, not a region.
const NOT_A_REGION = /^Батьківщин/u;

/** A region in `-щина` or `-ччина` back in the nominative: `на Житомирщині` → `Житомирщина`. */
export const regionNominative = (word: string) => (REGION_IN_SHCHYNA.test(word) ? word.replace(REGION_IN_SHCHYNA, 'ина') : word);

/**
 * A Ukrainian town of an adjective and a noun after its preposition, in the nominative: a feminine
 * in the locative or genitive (`у Новій Липівці`, `з Нової Липівки` → `Нова Липівка`, `у Білій Вербі`
 * → `Біла Верба`), a masculine with its closed syllable's `о` back as `і` (`у Старому Роздолі` →
 * `Старий Розділ`). Null when the words are no adjective and noun in those cases.
 */
function ukrainianAdjectiveTown(adjective: string, noun: string): string | null {
  if (/\p{Ll}{2}(?:ій|ої)$/u.test(adjective)) {
    // The noun agrees in case: `-ій` with a locative `-і`, `-ої` with a genitive `-и`. One that does not is the
    // name's own genitive, as written: `на Набережній Перемоги` → `Набережна Перемоги`.
    const ending = adjective.endsWith('ій') ? 'і' : 'и';
    if (!noun.endsWith(ending)) return `${adjectiveNominative(adjective, 'f', true)} ${noun}`;
    const feminine = noun
      .replace(/(?<=[^аеєиіїоуюяь'’])ц[іи]$/u, 'ка')
      .replace(/(?<=и)ц[іи]$/u, 'ця')
      .replace(/(?<=[^аеєиіїоуюяь'’ц])[іи]$/u, 'а');
    return feminine === noun ? null : `${adjectiveNominative(adjective, 'f', true)} ${feminine}`;
  }
  if (!/\p{Ll}{2}(?:ому|ім|ого)$/u.test(adjective)) return null;
  const stem = /^(\p{L}+[^аеєиіїоуюяь'’])(?:і|у|а|ом)$/u.exec(noun)?.[1];
  if (!stem) return null;
  // `Роздол-` → `Розділ`: a closed last syllable turns its `о`, `е` into `і`; a town in `-город` keeps it.
  const closed = /город$/u.test(stem) ? stem : stem.replace(/[ое](?=[^аеєиіїоуюяь'’]$)/u, 'і');
  return `${adjectiveNominative(adjective, 'm', true)} ${closed}`;
}

/**
 * A one-word town back in the nominative from the case its preposition gives it: a plural in the
 * locative (`в Лозах` → `Лози`, `в Ключах` → `Ключи`), a masculine in the genitive
 * (`поблизу Ставища` → `Ставищ`).
 */
function townNominative(word: string, preposition: string, ukrainian: boolean): string | null {
  const plural = /^(\p{L}+[^аеиоуыэюяіїєь])(?:ах|ях)$/u.exec(word);
  if (plural && !GENITIVE_PREPOSITION.test(preposition)) {
    const stem = plural[1]!;
    const soft = ukrainian ? /[чшщжй]$/u.test(stem) : /[кгхчшщж]$/u.test(stem);
    return stem + (soft ? (ukrainian ? 'і' : 'и') : ukrainian ? 'и' : 'ы');
  }
  if (GENITIVE_PREPOSITION.test(preposition) && /[^аеиоуыэюяіїєь]а$/u.test(word)) return word.slice(0, -1);
  // `через Липну`, `через Липу`: `через` takes the accusative, where a name in `-а`, `-я` ends in `-у`, `-ю`.
  if (preposition === 'через' && /\p{Ll}{2}[^аеиоуыэюяіїєь]у$/u.test(word)) return `${word.slice(0, -1)}а`;
  if (preposition === 'через' && /\p{Ll}{2}[^аеиоуыэюяіїєьй]ю$/u.test(word)) return `${word.slice(0, -1)}я`;
  // `біля Липців`: after a preposition of the genitive a name in `-ів` is a plural's, whose own name ends in `-и`.
  if (ukrainian && GENITIVE_PREPOSITION.test(preposition) && /\p{Ll}{3}ів$/u.test(word))
    return `${word.slice(0, -2)}${/[цчшщжй]ів$/u.test(word) ? 'і' : 'и'}`;
  // `біля Вербиці`, `поблизу Кременця`: a Ukrainian town in `-ця` or `-ець` in the genitive.
  if (ukrainian && GENITIVE_PREPOSITION.test(preposition) && /\p{Ll}{3}ці$/u.test(word)) return `${word.slice(0, -1)}я`;
  if (ukrainian && GENITIVE_PREPOSITION.test(preposition) && /\p{Ll}{3}ця$/u.test(word))
    return `${word.slice(0, -2).replace(/ь$/u, '')}ець`;
  // `из Тулы`: no town's nominative follows a preposition of the genitive, so `-ы` is a town in `-а`.
  if (GENITIVE_PREPOSITION.test(preposition) && /[^аеиоуыэюяіїєь]ы$/u.test(word)) return `${word.slice(0, -1)}а`;
  // `між Липівкою та Луговою`: after a preposition of the instrumental a town in `-ою` is one in `-а` (but `під Оксаною` names her).
  if (ukrainian && INSTRUMENTAL_PREPOSITION.test(preposition) && /\p{Ll}{2}[бвгджзклмнпрстфхцчшщ]ою$/u.test(word)) {
    const town = `${word.slice(0, -2)}а`;
    return isGivenName(town) ? null : town;
  }
  // `между Омском и Тулой`, `под Минском`: a Russian town in the instrumental, masculine on a consonant or feminine in `-а`.
  if (!ukrainian && RUSSIAN_INSTRUMENTAL_PREPOSITION.test(preposition) && /\p{Ll}{2}[^аеиоуыэюяь]ом$/u.test(word)) return word.slice(0, -2);
  if (!ukrainian && RUSSIAN_INSTRUMENTAL_PREPOSITION.test(preposition) && /\p{Ll}{2}[^аеиоуыэюяьжшчщц]ой$/u.test(word)) {
    const town = `${word.slice(0, -2)}а`;
    return isGivenName(town) ? null : town;
  }
  return ukrainian ? ukrainianTownNominative(word) : nounNominative(word);
}
const INSTRUMENTAL_PREPOSITION = /^(?:між|під|над|перед)$/u;
const RUSSIAN_VELAR_GENITIVE = /\p{Ll}{2}[кгх]и$/u;
const UKRAINIAN_HARD_GENITIVE = /\p{Ll}{2}[бвгґдзклмнпрстфх]и$/u;

/**
 * A town back from the genitive its preposition puts it in: one in `-а` (`из Кологи`, `з Річки` → `Колога`,
 * `Річка`: Russian writes the genitive's `-ы` as `-и` after a velar, Ukrainian after any hard consonant) and a
 * Russian neuter in `-ье` (`из Заречья` → `Заречье`). A plural town spelt so in the nominative (`Річки`) would
 * be `з Річок` after the preposition, so the case wins over a town of that spelling.
 */
function genitiveNominative(word: string, preposition: string, ukrainian: boolean): string | null {
  if (!GENITIVE_PREPOSITION.test(preposition)) return null;
  if ((ukrainian ? UKRAINIAN_HARD_GENITIVE : RUSSIAN_VELAR_GENITIVE).test(word)) return `${word.slice(0, -1)}а`;
  return !ukrainian && /\p{Ll}{2}ья$/u.test(word) ? `${word.slice(0, -1)}е` : null;
}
const RUSSIAN_INSTRUMENTAL_PREPOSITION = /^(?:между|под|над|перед)$/u;

// An instrumental ending (`між Липовом`, `під Зеленою`) no rule gives back: the name itself is unknown.
const UKRAINIAN_INSTRUMENTAL = /\p{Ll}(?:ом|ою|ею|ами|ями)$/u;

/**
 * A Ukrainian town or land back from the locative, genitive or instrumental after its preposition:
 * a town in `-ів` reopens its `о`/`е` (`у Липові`, `біля Липова`, `між Липовом` → `Липів`), a land
 * in a doubled consonant and `-я` keeps it (`на Залісті` → `Заліття`), a region in `-щина` or
 * `-ччина` takes its ending back, a town in `-вка`, `-нка` too (`у Липівці` → `Липівка`). A name in `-е` is a
 * neuter in the nominative (`у Зелене`), and is kept.
 */
function ukrainianTownNominative(word: string): string | null {
  if (REGION_IN_SHCHYNA.test(word)) return regionNominative(word);
  if (/\p{Ll}{2}[ое]в(?:і|а|ом|у)$/u.test(word)) return word.replace(/[ое]в(?:і|а|ом|у)$/u, 'ів');
  if (/([бвгджзклмнпрстфхцчшщ])\1і$/u.test(word)) return `${word.slice(0, -1)}я`;
  // `між Заліссям`: the same land in the instrumental.
  if (/([бвгджзклмнпрстфхцчшщ])\1ям$/u.test(word)) return `${word.slice(0, -2)}я`;
  // `у Луцьку`, `у Липівську`: a town in `-ськ`, `-цьк`, `-зьк` in the locative.
  if (/\p{Ll}{2}(?:ськ|цьк|зьк)у$/u.test(word)) return word.slice(0, -1);
  // `у Липівці`, `в Кам’янці`, `у Вербиньці`: a town in `-вка`, `-нка`, `-нька` in the locative.
  if (/[\p{Ll}'’ʼ]{2}(?:[вн]|нь)ці$/u.test(word)) return `${word.slice(0, -2)}ка`;
  // `до Липівки`, `на Липівку`, `за Липівкою`: the same in the genitive, accusative and instrumental.
  if (/[\p{Ll}'’ʼ]{2}(?:ів|ов|ев|їв|ин|ен)к(?:и|у|ою)$/u.test(word)) return word.replace(/к(?:и|у|ою)$/u, 'ка');
  if (/\p{Ll}{2}(?:ії|ію|ією)$/u.test(word)) return word.replace(/(?:ії|ію|ією)$/u, 'ія');
  // `на Гураї`, `у Гаї`: a name in `-й` after a vowel takes `-ї` in the locative.
  if (/\p{Ll}{2}[аоеу]ї$/u.test(word)) return `${word.slice(0, -1)}й`;
  return UKRAINIAN_INSTRUMENTAL.test(word) ? null : word;
}

/**
 * A name's locative form back to the nominative: `Смоленске` → `Смоленск`, `Рязани` → `Рязань`.
 * A neuter in `-ье` is the same in both: `в Приамурье`. No word ends in `кь`, `гь` or `хь`: after
 * those letters `-и` is another case (`Затулинки`, `Перемоги`) and stays as written.
 */
function nounNominative(word: string): string {
  if (REGION_IN_SHCHYNA.test(word)) return regionNominative(word);
  // A town in `-овка`, `-инка`, `-енка` (`в Ивановке`), and one in `-ай`, `-ой` (`в Китае`).
  if (/(?:ов|ев|ёв|ин|ен|ан)ке$/u.test(word)) return `${word.slice(0, -1)}а`;
  // … and `до Ивановки`, `на Ивановку`, `за Ивановкой`.
  if (/\p{Ll}{2}(?:ов|ев|ёв|ин|ен)к(?:и|у|ой)$/u.test(word)) return word.replace(/к(?:и|у|ой)$/u, 'ка');
  if (/[ао]е$/u.test(word)) return `${word.slice(0, -1)}й`;
  // A land in `-ия`, `-ія` in another case: `в Белоруссии`, `в Белоруссию`, `у Словенії`.
  if (/\p{Ll}{2}(?:ии|ию|ией)$/u.test(word)) return word.replace(/(?:ии|ию|ией)$/u, 'ия');
  if (/\p{Ll}{2}(?:ії|ію|ією)$/u.test(word)) return word.replace(/(?:ії|ію|ією)$/u, 'ія');
  if (/[^аеиоуыэюяіїєь]е$/u.test(word)) return word.slice(0, -1);
  if (/[^аеиоуыэюяіїєгкх]и$/u.test(word)) return `${word.slice(0, -1)}ь`;
  return word;
}

// `Верховна Рада`, `Государственной Думы`: a national body capitalises its head noun too.
// `Прем'єр-ліги`, `Премьер-лиги`: the head may be a compound whose last part is the noun.
const CAPITALISED_HEAD = /^\s+((?:\p{Lu}[\p{Ll}'’ʼ]+-)?)(\p{L}\p{Ll}+)(?![\p{L}'’ʼ-])/u;
const upperFirst = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Bodies named by a capitalised adjective and a capitalised head noun, in the nominative. */
function capitalisedHeadBodies(text: string, ukrainian: boolean): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(CAP_ADJECTIVE)) {
    const head = CAPITALISED_HEAD.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    const [, prefix = '', word = ''] = head ?? [];
    // A compound's noun is lower case after its hyphen; a lone head is capitalised.
    if (!head || (prefix ? !/^\p{Ll}/u.test(word) : !/^\p{Lu}/u.test(word))) continue;
    const noun = headNoun(word, ORG_NOUNS);
    if (!noun || !agrees(m[0], noun[1]) || isRoleNoun(m[0])) continue;
    const written = prefix ? noun[0] : upperFirst(noun[0]);
    const adjective = word === written ? m[0] : adjectiveNominative(m[0], noun[1], ukrainian);
    const name = `${adjective} ${prefix}${written}`;
    // `Российской Федерации`: a country named so is a place, not a body.
    if (isCountryName(name, ukrainian ? 'uk' : 'ru')) continue;
    const headEnd = m.index + m[0].length + head[0].length;
    found.push([name, ...genitiveTail(text, headEnd)].join(' '));
  }
  return found;
}

// A neuter adjective in a case whose noun is written as in the nominative: `Рыбинском море`, `Київському`,
// `Лісогірського районного управління`.
const OBLIQUE_NEUTER_ADJECTIVE = /(?:ом|ем|ому|ему|ім|ого|его)$/u;
// An adjective listed before another over a comma or a conjunction: `Свердловской, ` or `Кировском и `.
const LISTED_ADJECTIVE_BEFORE = /(?<!\p{L})(\p{Lu}\p{Ll}+(?:['’ʼ]\p{Ll}+)?)(?:,\s+|\s+(?:и|і|та|й)\s+)$/u;
// A plural place noun: `областей`, `областях`, `районах`, `районів`.
const PLURAL_NOUN_ENDING = /(?:ей|ях|ям|ями|ах|ам|ами|ов|ів)$/u;

/**
 * The adjectives listed before the one at `at` that share its plural head noun (`Свердловской,
 * Челябинской и Тюменской областей`), each in the nominative with the noun's gender, and as written.
 */
function listedAdjectives(text: string, at: number, headWord: string, nominative: string, ukrainian: boolean): [string, string][] {
  const noun = PLACE_NOUNS.find(([n]) => n === nominative);
  if (!noun || !PLURAL_NOUN_ENDING.test(headWord)) return [];
  const ending = /\p{Ll}{2}$/u.exec(text.slice(at).split(/\s/u)[0]!)?.[0] ?? '';
  const found: [string, string][] = [];
  let end = at;
  for (let m = LISTED_ADJECTIVE_BEFORE.exec(text.slice(Math.max(0, end - 60), end)); m;) {
    // Only adjectives in the same case, with the same ending, share the noun.
    if (!m[1]!.endsWith(ending) || !agrees(m[1]!, noun[1])) break;
    found.push([adjectiveNominative(m[1]!, noun[1], ukrainian), m[1]!]);
    end -= m[0].length;
    m = LISTED_ADJECTIVE_BEFORE.exec(text.slice(Math.max(0, end - 60), end));
  }
  return found.reverse();
}

/**
 * Places (beyond `otherPlaces`, found elsewhere, which are filtered too) and organisations of a
 * Russian or Ukrainian text, in the nominative.
 */
export function findCyrillicEntities(
  texts: readonly string[],
  ukrainian: boolean,
  otherPlaces: readonly string[],
  datelineLength: ReadonlyMap<number, number> = new Map(),
): { places: string[]; organizations: string[] } {
  const places = new Set<string>();
  const organizations = new Set<string>();
  // How each place found by its adjective was written: `Тверской области` for `Тверская область`.
  const written = new Map<string, string[]>();
  // Settlements' names as declined after their kind noun (`в поселке Лесном`): the nominative stands for them.
  const declined = new Set<string>();
  // … and what a preposition's case was turned back to: `Гадяча` (after `мешканці`) → `Гадяч`.
  const declinedTo = new Map<string, string>();
  // Adjectives of places named by their kind noun (`Свердловской` of `Свердловская область`): no town of their own.
  const placeAdjectives = new Set<string>();
  // … and of bodies (`Центральным` of `Центральный банк`), which name no town either.
  const bodyAdjectives = new Set<string>();
  const region = regionOfStory(texts);
  for (const [index, text] of texts.entries()) {
    for (const m of text.matchAll(CAP_ADJECTIVE)) {
      // The head noun may follow lower-case adjectives: `Тверской краеведческий музей`.
      // A lower-case adjective may be two joined by a hyphen: `Заречное трамвайно-троллейбусное управление`.
      const next = /^(?:\s+\p{Ll}+(?:-\p{Ll}+)?){1,3}/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 70));
      const lower = next ? next[0].trim().split(/\s+/u) : [];
      const headAt = headAfterAdjectives(lower);
      if (!next || headAt < 0) continue;
      const between = lower.slice(0, headAt);
      // Adjectives of one noun agree, and end alike: `Лесогорская сетевая`, not `Устаткування надасть місцева`.
      if (between.some((w) => endingClass(w) !== endingClass(m[0]))) continue;
      const headWord = lower[headAt]!;
      const place = headNoun(headWord, PLACE_NOUNS);
      const org = place ? null : headNoun(headWord, ORG_NOUNS);
      const noun = place ?? org;
      // `Голова обласної ради`: a role before a body is no adjective of it.
      if (!noun || !agrees(m[0], noun[1]) || isRoleNoun(m[0])) continue;
      // A head noun already in the nominative means its adjectives are too (`Тверской музей` keeps its -ой),
      // unless the adjective is in an oblique case the noun's ending hides (`на Рыбинском водохранилище`).
      const nominative = headWord === noun[0] && !(noun[1] === 'n' && OBLIQUE_NEUTER_ADJECTIVE.test(m[0]));
      const adjectives = [m[0], ...between].map((a) => (nominative ? a : adjectiveNominative(a, noun[1], ukrainian)));
      const consumed = new RegExp(`^(?:\\s+\\p{Ll}+(?:-\\p{Ll}+)?){${headAt + 1}}`, 'u').exec(next[0])![0];
      const name = `${adjectives.join(' ')} ${noun[0]}`;
      // `пекарня «Тёплый край»`: a name in quotation marks is a firm's, a ship's or a prize's, not the land its words name.
      if (place && /[«"“„]$/u.test(text.slice(0, m.index))) continue;
      if (place && capitalisedOnlyBySentence(texts, text, m.index, m[0])) continue;
      if (place) {
        placeAdjectives.add(m[0]);
        const named: [string, string][] = [
          ...listedAdjectives(text, m.index, headWord, noun[0], ukrainian),
          [adjectives.join(' '), m[0] + consumed],
        ];
        for (const [adjective, form] of named) {
          placeAdjectives.add(form.split(/\s/u)[0]!);
          const listedName = `${adjective} ${noun[0]}`;
          places.add(listedName);
          written.set(listedName, [...(written.get(listedName) ?? []), form]);
        }
      } else {
        bodyAdjectives.add(m[0]);
        // `Управление Федеральной налоговой службы …`: a body named in another's genitive tail is part of that name.
        if (headNoun(WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1] ?? '', ORG_NOUNS)) continue;
        const end = m.index + m[0].length + consumed.length;
        // `Лесогорский банк «Верхний мост»`: the adjective and the kind describe the body whose name the marks hold.
        if (!QUOTE_AFTER.test(text.slice(end, end + 3))) organizations.add([name, ...genitiveTail(text, end)].join(' '));
      }
    }
    for (const name of capitalisedHeadBodies(text, ukrainian)) organizations.add(name);
    for (const name of headedOrganisations(text, region)) organizations.add(name);
    for (const name of regionalOffices(text)) organizations.add(name);
    for (const street of cyrillicStreets(text, ukrainian)) places.add(street);
    for (const [written] of text.matchAll(REGION_WORD)) {
      if (NOT_A_REGION.test(written)) continue;
      const region = regionNominative(written);
      places.add(region);
      if (region !== written) declined.add(written);
    }
    for (const road of numberedRoads(text)) places.add(road);
    // The agency's own marker in the dateline (`ОДЕСА, 2 мая (Укрпресс) –`) names the source, no body of the story.
    for (const body of statePrefixedBodies(text.slice(datelineLength.get(index) ?? 0))) organizations.add(body);
    for (const [written, town] of listedTowns(text, ukrainian)) {
      places.add(town);
      if (town !== written) declined.add(written);
    }
    for (const m of text.matchAll(NAMED_PLANT)) {
      const plant = `${adjectiveNominative(m[1]!, 'f', ukrainian)} ${m[2]!}`;
      places.add(plant);
      if (plant !== m[0]) declined.add(m[0]);
    }
    for (const site of quotedSites(text)) places.add(site);
    for (const { name, written: form } of cyrillicSettlements(text, ukrainian)) {
      places.add(name);
      if (form !== name) declined.add(form);
    }
    // A quoted one-word name may be declined with the sentence (`компанії «Київпастрансу»`).
    for (const m of text.matchAll(QUOTED_COMPANY)) organizations.add(cyrillicOrganisationNominative(m[1]!));
    for (const body of findQuotedBodies([text])) organizations.add(body);
    for (const park of natureParks(text, ukrainian)) organizations.add(park);
    for (const m of text.matchAll(QUOTED_WORD)) {
      const body = quotedCompoundBody(m[1]!);
      if (body) organizations.add(body);
    }
    for (const m of text.matchAll(PLACE_AFTER_PREPOSITION)) {
      // Russian opens sentences with `У` before whom someone has something (`У Марии нет`); Ukrainian's `У` is "in".
      if (m[1] === 'У' && !ukrainian) continue;
      const preposition = m[1]!.toLowerCase();
      // `з Вінниччини Андрій Поліщук`: a given name after the town opens the person's name, which is none of the town's.
      const [town = '', next] = m[2]!.split(' ');
      let name: string | undefined = next && isGivenName(next) ? town : m[2]!;
      let end = m.index + m[0].length;
      // `в Тарусе и Старой Ладоге`: the list goes on in the same case.
      while (name) {
        const after = /^(?:\s+\p{Ll}+){1,3}/u.exec(text.slice(end, end + 70));
        // `в Рівненській міській раді`: the capital is the adjective of a body named by a head further on.
        if (after && headAfterAdjectives(after[0].trim().split(/\s+/u)) >= 0) break;
        const place = placeAdjectives.has(name.split(' ')[0]!) ? null : placeAfterPreposition(name, preposition, ukrainian);
        if (place) places.add(place);
        if (place && place !== name) {
          declined.add(name);
          declinedTo.set(name, place);
        }
        const next = LISTED_PLACE.exec(text.slice(end, end + 70));
        name = next?.[1];
        end += next?.[0].length ?? 0;
      }
    }
  }
  const orgs = [...organizations].filter(
    (o) =>
      isQuotedWhole(o, texts) ||
      ![...organizations].some(
        (other) => other !== o && (other.startsWith(`${o} `) || other.toLowerCase().endsWith(` ${o.toLowerCase()}`)),
      ),
  );
  const adjectiveTown = adjectiveOnlyTown(texts, new Set([...placeAdjectives, ...bodyAdjectives]), ukrainian);
  // `… и Верховного суда`: an adjective written before its head noun is no place of its own.
  const named = withWrittenSoftSigns([...new Set([...otherPlaces, ...places])]).filter(
    (p) => !declined.has(p) && !adjectiveTown(p) && !bodyAdjectives.has(p) && !placeAdjectives.has(p),
  );
  const all = named.filter((p) => !named.some((other) => declinedAdjectiveOf(p, other) || fullerFormOf(p, other)));
  const forms = capitalisedFormsByPlace(texts, ukrainian);
  const inside = (p: string) =>
    written.has(p) ? writtenOnlyInsideOrganisations(written.get(p)!, texts, orgs) : onlyInsideOrganisations(forms.get(p), texts, orgs);
  const nominative = writtenNominative(texts, declinedTo);
  return {
    places: [
      ...new Set(
        all
          .filter((p) => !inside(p) && !declinedOnlyInsideOrganisations(p, texts, orgs))
          .filter((p) => !onlyInStreetNames(forms.get(p), texts) && !writtenInLowerCase(p, texts))
          .map(nominative),
      ),
    ],
    organizations: orgs.filter((o) => !writtenInLowerCase(o, texts)),
  };
}

// `Міська рада`, `Городская дума`, `Центр міста`: a town's own council or centre, the town unnamed, is no one body's name,
// though it may speak for itself (`Міська рада називає це …`).
const LOCAL_BODY_UNNAMED =
  /^(?:(?:Міськ|Обласн|Районн|Сільськ|Селищн|Городск|Областн|Сельск|Поселков)\p{Ll}+\s+\p{Ll}+|Центр\s+(?:міста|города|села|селища))$/u;

export const isUnnamedLocalBody = (name: string) => LOCAL_BODY_UNNAMED.test(name);

const SENTENCE_OPENING = /(?:^|[.!?…]["»”]?\s+)$/u;
// An adjective made from a town's name: `Свердловская`, `Житомирська`, `Тверской`.
const TOWN_ADJECTIVE = /\p{Ll}(?:ск|цк|зьк|ськ|цьк)\p{Ll}+$/u;

/**
 * `Старий міст пошкодили`, `Новый мост откроют`: an adjective opening a sentence is capitalised by its place
 * there. One not made from a town's name names a place only where the text capitalises it mid-sentence too.
 */
function capitalisedOnlyBySentence(texts: readonly string[], text: string, at: number, adjective: string): boolean {
  if (!SENTENCE_OPENING.test(text.slice(0, at)) || TOWN_ADJECTIVE.test(adjective)) return false;
  const stem = adjective.slice(0, Math.max(4, adjective.length - 2));
  const midSentence = new RegExp(`(?<=[\\p{Ll}\\p{N},:]\\s)${escapeRegExp(stem)}\\p{Ll}*(?!\\p{L})`, 'u');
  return !texts.some((t) => midSentence.test(t));
}

/** The last letter of an adjective, its soft and hard spellings as one: `-яя` and `-ая` agree. */
const endingClass = (word: string) => ({ я: 'а', є: 'е', ї: 'і', ю: 'у' })[word.at(-1)!] ?? word.at(-1);

/**
 * Whether `other` is the same place named more fully, with words between the first and the last
 * (`Южное трамвайное депо` for `Южное депо`): the text's fullest form stands for both.
 */
function fullerFormOf(place: string, other: string): boolean {
  const words = place.split(' ');
  const others = other.split(' ');
  return words.length === 2 && others.length > 2 && others[0] === words[0] && others.at(-1) === words[1];
}

// A case ending of a noun in `-а`, `-я` or `-о`: `Тиму`, `Тимі`, `Тимою`, `Тими`, `Тимом`.
const OBLIQUE_OF_VOWEL_NOUN = /^(\p{Lu}\p{Ll}{2,}?)(?:у|ю|і|и|ы|е|ою|ею|ой|ей|ом|ем)$/u;
// A case ending of a name shaped as an adjective: `Зеленого`, `Зеленому`, `Зеленим` of `Зелене`, `Зелёное`, `Зелёный`.
const OBLIQUE_OF_ADJECTIVE_NAME = /^(\p{Lu}\p{Ll}{2,}?)(?:ого|его|ому|ему|им|ім|ым|ом)$/u;

/**
 * A one-word place read in a case form the rules could not undo, given back in the nominative the
 * text itself writes elsewhere: `через Тиму`, `на Тимі` beside `Тима піднялася` → `Тима`; `до Зеленого`
 * beside `селище Зелене` → `Зелене`.
 */
function writtenNominative(texts: readonly string[], declinedTo: ReadonlyMap<string, string>): (place: string) => string {
  const words = new Set<string>();
  for (const text of texts) for (const [word] of text.matchAll(/(?<![\p{L}-])\p{Lu}\p{Ll}+(?![\p{L}-])/gu)) words.add(word);
  return (place) => {
    // `Заречье` is a neuter's nominative already, whose genitive `Заречья` the text may write beside it.
    const stem = /ье$/u.test(place) ? undefined : OBLIQUE_OF_VOWEL_NOUN.exec(place)?.[1];
    const adjectiveStem = OBLIQUE_OF_ADJECTIVE_NAME.exec(place)?.[1];
    const written = stem && ['а', 'я', 'о'].map((e) => stem + e).find((w) => w !== place && words.has(w));
    // The text's word may itself be a case form read back after its preposition: `у Гадячі` beside `мешканці Гадяча` is `Гадяч`.
    return (
      (written && (declinedTo.get(written) ?? written)) ||
      (adjectiveStem && ['е', 'ое', 'ее', 'ий', 'ый', 'ій'].map((e) => adjectiveStem + e).find((w) => words.has(w))) ||
      place
    );
  };
}

/**
 * Whether a town was read only from a place's or a body's adjective (`Свердловск` from `Свердловской
 * области`, `Центральный` from `Центральным банком`), the text never writing the town itself.
 */
function adjectiveOnlyTown(texts: readonly string[], adjectives: ReadonlySet<string>, ukrainian: boolean): (place: string) => boolean {
  const fromAdjectives = new Set([...adjectives].map((a) => cyrillicPlace(a, ukrainian)));
  const fromOtherWords = new Set<string | null>();
  for (const text of texts) {
    for (const [word] of text.matchAll(/(?<!\p{L})\p{Lu}\p{Ll}+(?!\p{L})/gu))
      if (!adjectives.has(word) && fromAdjectives.has(cyrillicPlace(word, ukrainian))) fromOtherWords.add(cyrillicPlace(word, ukrainian));
  }
  return (place) => fromAdjectives.has(place) && !fromOtherWords.has(place);
}

// An adjective's oblique endings: `Зеленому`, `Лесной`, `Зеленого`.
const ADJECTIVE_OBLIQUE = /^(\p{Lu}\p{Ll}{3,}?)(?:ому|ого|ім|ом|ой|ую|ої|ій)$/u;

/** `Зеленому` beside `Зелене`, `Лесной` beside `улица Лесная`: the one-word name is the other's adjective in another case. */
function declinedAdjectiveOf(place: string, other: string): boolean {
  const stem = ADJECTIVE_OBLIQUE.exec(place)?.[1];
  return (
    stem !== undefined && other !== place && other.split(' ').some((w) => w !== place && w.startsWith(stem) && w.length - stem.length <= 2)
  );
}

const occurrences = (haystack: string, phrase: string) => haystack.split(phrase).length - 1;

/** `Тверской области` in `Арбитражный суд Тверской области`, each time it is written: the place is the court's. */
function writtenOnlyInsideOrganisations(forms: readonly string[], texts: readonly string[], orgs: readonly string[]): boolean {
  return [...new Set(forms)].every((form) => {
    const inside = orgs.reduce((n, o) => n + occurrences(o, form), 0);
    return inside > 0 && inside >= texts.reduce((n, t) => n + occurrences(t, form), 0);
  });
}

/** The capitalised words of the texts by the place each names, in whatever case they are written. */
function capitalisedFormsByPlace(texts: readonly string[], ukrainian: boolean): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  const seen = new Set<string>();
  for (const text of texts) {
    for (const [word] of text.matchAll(/(?<!\p{L})\p{Lu}\p{Ll}+(?!\p{L})/gu)) {
      if (seen.has(word)) continue;
      seen.add(word);
      const place = cyrillicPlace(word, ukrainian) ?? word;
      forms.set(place, (forms.get(place) ?? new Set()).add(word));
    }
  }
  return forms;
}

/**
 * `Российской Федерации` in `Министерство транспорта Российской Федерации`: a place of several words
 * written, in any case, only inside the organisations' names is theirs. Each word is matched on its
 * first letters, which its case endings leave alone.
 */
function declinedOnlyInsideOrganisations(place: string, texts: readonly string[], orgs: readonly string[]): boolean {
  const words = place.split(' ');
  if (words.length < 2 || !words.every((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w))) return false;
  const declined = new RegExp(`(?<!\\p{L})${words.map((w) => `${escapeRegExp(w.slice(0, -2))}\\p{Ll}{0,3}`).join(' ')}(?!\\p{L})`, 'gu');
  const count = (t: string) => [...t.matchAll(declined)].length;
  const all = texts.reduce((n, t) => n + count(t), 0);
  const inside = orgs.reduce(
    (n, o) =>
      n +
      count(o) *
        Math.max(
          1,
          texts.reduce((k, t) => k + occurrences(t, o), 0),
        ),
    0,
  );
  return all > 0 && inside >= all;
}

/**
 * `Новий міст через річку` opening a sentence beside `відкрили новий міст`: common words that only a
 * sentence's start capitalises, which the text writes in lower case elsewhere, name nothing.
 */
function writtenInLowerCase(name: string, texts: readonly string[]): boolean {
  const [first = '', ...rest] = name.split(' ');
  if (!rest.length || !rest.every((w) => /^\p{Ll}/u.test(w)) || !/^\p{Lu}\p{Ll}/u.test(first)) return false;
  const lower = new RegExp(`(?<!\\p{L})${escapeRegExp(first.toLowerCase())} ${rest.map(escapeRegExp).join(' ')}(?!\\p{L})`, 'u');
  return texts.some((t) => lower.test(t));
}

// A street's kind in any case, whose name follows it: `вулицю`, `улице`, `проспектом`, `провулку`.
const STREET_KIND_BEFORE =
  /(?<!\p{L})(?:вулиц|улиц|проспект|бульвар|провулк|провулок|переул|площ|набережн|шосе|шоссе|узвоз|узвіз|майдан)\p{Ll}*\s+$/iu;

/**
 * `Шевченка` in `вулицю Шевченка`: a word written only as a street's name, after the street's kind,
 * names the street (often after a person), not a place of its own, though a village is called so.
 */
function onlyInStreetNames(words: ReadonlySet<string> | undefined, texts: readonly string[]): boolean {
  if (!words?.size) return false;
  const uses = [...words].flatMap((w) =>
    texts.flatMap((t) =>
      [...t.matchAll(new RegExp(`(?<!\\p{L})${escapeRegExp(w)}(?!\\p{L})`, 'gu'))].map((m) => t.slice(Math.max(0, m.index - 30), m.index)),
    ),
  );
  return uses.length > 0 && uses.every((before) => STREET_KIND_BEFORE.test(before));
}

/**
 * `України` in `Адміністрація морських портів України` names the organisation, not a place of the
 * story: every time the place's `words` are written, they are written inside an organisation's name.
 */
function onlyInsideOrganisations(words: ReadonlySet<string> | undefined, texts: readonly string[], orgs: readonly string[]): boolean {
  if (!words?.size) return false;
  const count = (haystack: string, word: string) => haystack.split(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u')).length - 1;
  const all = [...words].reduce((n, w) => n + texts.reduce((k, t) => k + count(t, w), 0), 0);
  // A body written as it is listed (`банк «Центральный кредит»`, twice) holds the word each time it is written.
  const written = (o: string) =>
    Math.max(
      1,
      texts.reduce((k, t) => k + occurrences(t, o), 0),
    );
  const inside = [...words].reduce((n, w) => n + orgs.reduce((k, o) => k + count(o, w) * written(o), 0), 0);
  return inside > 0 && inside >= all;
}

/**
 * A name in the genitive (or a woman's in the instrumental) back in the nominative. A man's is read by his surname's ending
 * (manNominative); `genitive` says the words around put the name in that case (`по словам …`).
 * A woman's (`по словам Дарьи Колесниковой`, `за словами Олени Гнатюк`) by her first name: one in
 * the nominative never ends in `и`/`ы`/`ії`; the surname follows it when its ending is a feminine
 * genitive one. A name beside a verb in a woman's form (`feminine`) is never read as a man's.
 */
export function cyrillicPersonNominative(name: string, genitive = false, feminine = false): string {
  const words = name.split(' ');
  if (words.length !== 2 || !words.every((w) => /^\p{Script=Cyrillic}[\p{Script=Cyrillic}ʼ'’]+$/u.test(w))) return name;
  const [first, last] = words as [string, string];
  const man = feminine ? null : (manNominative(first, last, genitive) ?? manFromObliqueGivenName(first, last));
  if (man) return man;
  if (/\p{Ll}{2,}(?:ой|ьей|ией|ою|ією)$/u.test(first)) return womanFromInstrumental(first, last);
  if (MAN_INSTRUMENTAL_FIRST.test(first) && MAN_INSTRUMENTAL_LAST.test(last)) return manFromInstrumental(first, last);
  if (!/\p{Ll}{2,}[иыї]$/u.test(first)) return name;
  const nominative = first
    .replace(/ії$/u, 'ія')
    .replace(/([ьийжчшщ])и$/u, (_, c: string) => (c === 'ь' ? 'ья' : c === 'и' ? 'ия' : `${c}а`))
    .replace(/([^ьийїжчшщ])[иы]$/u, '$1а');
  const surname = last
    .replace(/(?<=[сц]ьк|[сц]к)(?:ой|ої)$/u, /ої$/u.test(last) ? 'а' : 'ая')
    .replace(/(?<=[ео]в|ин|ын|їн)(?:ой|ої)$/u, 'а');
  return `${nominative} ${surname}`;
}

// `із головою Остапом Ткаченком`, `с директором Олегом Шевчуком`: a man's name in the instrumental.
const MAN_INSTRUMENTAL_FIRST = /\p{Ll}[^аеиоуыэюяіїєьй]ом$/u;
const MAN_INSTRUMENTAL_LAST = /\p{Ll}{2,}(?:ом|[сц]ьким|[сц]ким)$/u;

function manFromInstrumental(first: string, last: string): string {
  const surname = last
    .replace(/(?<=[сц]ьк|[сц]к)им$/u, 'ий')
    .replace(/(?<=нк)ом$/u, 'о')
    .replace(/ом$/u, '');
  return `${first.slice(0, -2)} ${surname}`;
}

/**
 * `с главным врачом Варварой Самохиной`, `з головою громади Іриною Ковальською`: a woman's name
 * in the instrumental, which no first name has in the nominative.
 */
function womanFromInstrumental(first: string, last: string): string {
  const nominative = first
    .replace(/ией$/u, 'ия')
    .replace(/ією$/u, 'ія')
    .replace(/ьей$/u, 'ья')
    .replace(/(?:ой|ою)$/u, 'а');
  const surname = last
    .replace(/(?<=[сц]к)ой$/u, 'ая')
    .replace(/(?<=[сц]ьк|[сц]к)ою$/u, 'а')
    .replace(/(?<=[ео]в|ин|ын|ін|їн)(?:ой|ою)$/u, 'а');
  return `${nominative} ${surname}`;
}

/**
 * Surname endings only a man's name has in the genitive (`Олега Кравця`, `Андрія Шевченка`,
 * `Игоря Сокольского`), with their nominative. Endings a woman's surname has in the nominative
 * (`-ова`, `-ська`, `-ина`) are left alone: `Олена Іванова` is already as it should be.
 */
const MAN_GENITIVE_SURNAME: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<=[сцз]ьк|[сц]к)ого$/u, 'ий'],
  // `Вербицька`, `Ліщинська`: a woman's surname in `-ська`/`-цька` is in the nominative (a man's genitive is `-ського`).
  [/(?<![сцз]ь)(?<=[йьбвгджзклмнпрстфхцчшщ]к)а$/u, 'о'],
  [/(?<=\p{Ll})ця$/u, 'ець'],
  [/(?<=[иуюя]к|ч|щ)а$/u, ''],
];

/**
 * Where the words around say the name is in the genitive (`по словам министра Ильдара Мухаметова`,
 * `за словами завідувача Тараса Гайдара`), a surname of a consonant and `-а` is a man's: a woman's
 * would read `-овой`, `-иной`, or keep its consonant (`Олени Гнатюк`).
 */
const GENITIVE_ONLY_SURNAME: ReadonlyArray<readonly [RegExp, string]> = [[/(?<=[бвгджзлмнпрстфхш])а$/u, '']];

/**
 * `Игната Воронцова` where the text also writes `Воронцов` alone: a surname in `-а`/`-я` whose
 * stem the text gives as a word of its own is a man's in the genitive or accusative, and both
 * names go back to the nominative. A woman's surname (`Воронцова`) would not leave its stem alone.
 */
export function manNominativeByText(name: string, texts: readonly string[]): string {
  const words = name.split(' ');
  if (words.length !== 2 || !words.every((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w))) return name;
  const [first, last] = words as [string, string];
  const stem = /^(\p{Lu}\p{Ll}{3,}(?:ов|ев|ёв|ин|ын|ін|їн))а$/u.exec(last)?.[1];
  if (!stem || isWomansNameOnly(first)) return name;
  const alone = new RegExp(`(?<!\\p{L})${escapeRegExp(stem)}(?!\\p{L})`, 'u');
  const firstName = manFirstName(first);
  return firstName && texts.some((t) => alone.test(t)) ? `${firstName} ${stem}` : name;
}

/**
 * A woman's given name that is no man's in the genitive too: `Марта`, `Ганна`, but not
 * `Александра`, `Олександра`, which are as often `Александр`'s.
 */
export function isWomansNameOnly(first: string): boolean {
  return sexOfGivenName(first) === 'female' && sexOfGivenName(manFirstName(first) ?? '') !== 'male';
}

/** A man's first name back from the genitive: `Олега` → `Олег`, `Андрія` → `Андрій`, `Андрея` → `Андрей`, `Дмитра` → `Дмитро`. */
function manFirstName(first: string): string | null {
  if (/ія$/u.test(first)) return first.replace(/ія$/u, 'ій');
  if (/[иеє]я$/u.test(first)) return first.replace(/я$/u, 'й');
  if (/(?<=л)я$/u.test(first)) return first.replace(/я$/u, 'ь');
  // Ukrainian `Ігоря` → `Ігор`, Russian `Игоря` → `Игорь`.
  if (/(?<=р)я$/u.test(first)) return first.replace(/я$/u, /[іїєґ]/iu.test(first) ? '' : 'ь');
  if (/(?<=[тв][рл])а$/u.test(first)) return first.replace(/а$/u, 'о');
  if (/(?<=[бвгдзклмнпрстфх])а$/u.test(first)) return first.slice(0, -1);
  return null;
}

/** A man's first name back from the dative: `Геннадию` → `Геннадий`, `Сергею` → `Сергей`, `Игорю` → `Игорь`, `Ивану` → `Иван`. */
function manFirstNameFromDative(first: string): string | null {
  if (/[иеє]ю$/u.test(first)) return first.replace(/ю$/u, 'й');
  if (/(?<=л)ю$/u.test(first)) return first.replace(/ю$/u, 'ь');
  if (/(?<=р)ю$/u.test(first)) return first.replace(/ю$/u, /[іїєґ]/iu.test(first) ? '' : 'ь');
  if (/(?<=[тв][рл])ові$/u.test(first)) return first.replace(/ові$/u, 'о');
  if (/(?<=[бвгдзклмнпрстфх])(?:у|ові)$/u.test(first)) return first.replace(/(?:у|ові)$/u, '');
  return null;
}

/** A man's surname in the dative back in the nominative (`Петрову`, `Сокольскому`, `Шевченку`, `Кравцю`); null when nothing says so. */
function manSurnameFromDative(last: string): string | null {
  if (/(?<=[сцз]ьк|[сц]к)ому$/u.test(last)) return last.replace(/ому$/u, 'ий');
  if (/(?<=енк)у$/u.test(last)) return last.replace(/у$/u, 'о');
  if (/(?<=\p{Ll})цю$/u.test(last)) return last.replace(/цю$/u, 'ець');
  if (/(?<=[бвгджзклмнпрстфхцчшщ])(?:у|ові)$/u.test(last)) return last.replace(/(?:у|ові)$/u, '');
  if (/[аеиоуыэюяіїє]$/u.test(last)) return last;
  return null;
}

/**
 * `бывшему директору Геннадию Ярошенко`, `вызвали Андрея Кулагина`: a first name that is no given
 * name as written but a man's in the genitive or dative puts the whole name in that case, so the
 * surname goes back too (`-ина`, `-ова` here are a man's genitive, not a woman's nominative).
 * A surname that does not decline (`Ярошенко`, `Гайдай`) stays as written.
 */
function manFromObliqueGivenName(first: string, last: string): string | null {
  if (isGivenName(first)) return null;
  const genitive = manFirstName(first);
  if (genitive && sexOfGivenName(genitive) === 'male') return manNominative(first, last, true) ?? `${genitive} ${last}`;
  const dative = manFirstNameFromDative(first);
  if (!dative || sexOfGivenName(dative) !== 'male') return null;
  const surname = manSurnameFromDative(last);
  return surname ? `${dative} ${surname}` : null;
}

function manNominative(first: string, last: string, genitive: boolean): string | null {
  // `Марта`, `Ганна`: a woman's given name in the nominative is no man's in the genitive.
  if (isWomansNameOnly(first)) return null;
  const rule = [...MAN_GENITIVE_SURNAME, ...(genitive ? GENITIVE_ONLY_SURNAME : [])].find(([ending]) => ending.test(last));
  const firstName = rule ? manFirstName(first) : null;
  return rule && firstName ? `${firstName} ${last.replace(rule[0], rule[1])}` : null;
}
