/**
 * Named landmarks and facilities in Chinese text: piers, port areas, bridges, reservoirs,
 * expressways, greenways, stations and airports, found by the kind word that ends their names
 * (`…码头`, `…港区`, `…大桥`, `…水库`), and rivers and lakes the word segmenter's dictionary knows
 * (`金沙江`), which a suffix alone cannot tell from the words after them.
 */

// Longest first, so that `港区` wins over `港` and `国际机场` over `机场`.
// A riverside park (`…江滩`), a wetland park (`…湿地公园`), a nature reserve (`…国家级自然保护区`) and a tunnel
// (`…隧道`) are named by what stands before their kind.
export const FACILITY_SUFFIX =
  '(?:国际机场|机场|国家级自然保护区|自然保护区|国家公园|湿地公园|隧道|火车站|高铁站|[东西南北]站|码头|渔港|港区|大桥|水库|高速公路|高速|绿道|步道|栈道|索道|景区|古镇|山庄|广场|公园|江滩|石窟|发电厂|电厂|大坝|坝|教堂|寺|站)';
// A facility's own name starts after the district it lies in (`东岸区青石码头`), so a division's
// kind ends the scan as a stop character does.
// `保持高速增长` is "high-speed growth" and `可以站在` "may stand": an expressway's or a station's name
// ends its phrase, and no verb follows a station's `站`. Another kind straight after, or after one character,
// makes the kind part of a longer name, unless a stop comes between (`火车站到机场`).
const FACILITY = (stop: string) =>
  new RegExp(
    `[^${stop}省市县区]{2,6}?(?<kind>${FACILITY_SUFFIX})(?!(?:(?![${stop}])\\p{Script=Han})?(?:${FACILITY_SUFFIX}))(?<!高速(?=[增发运行度化列]))(?<!站(?=[在着起了上住]))`,
    'gu',
  );
// A quantity, an ordinal, a stretch, an adverb or a verb of going or building inside the run ends no
// name: `西门一带部分浮船码头`, `已经开放的步道`, `第二座机场`, `去郊外公园`, `搭建临时码头`, `新增环湖步道`.
const NOT_IN_NAME =
  /部分|一带|附近|多个|所有|全部|一直|已经|正在|仍然|可以|能够|第[一二三四五六七八九十\d]|[一两三几]座|临时|[去往]|[建设修搭筹新]建|新增/u;

// Kinds of station, ground or park that any town has (`加油站`, `文化广场`; a town's `…火车站` is its own), and a pier named by what it
// handles or how it runs (`集装箱码头`, `自动化码头`): no name of one place.
const GENERIC_FACILITY =
  /(?:^|[网电油基总]|(?<!火)车)站$|^火车站$|^\p{Script=Han}{0,2}?(?:无人|自动化|集装箱|客运|货运|散货|油品|专用|新)码头$|(?:水文|服务|工作|监测|气象|充电|换电|地铁|公交|观测|水电|雷达|收费|检查|中转|救助|卫生)站$|^(?:城市|文化|中心|休闲|森林|湿地|主题|郊野|口袋|体育|市民|人民)(?:广场|公园)$|^(?:旅游|核心|主|各|该|热门|知名)景区$|^(?:跨江|跨河|跨海|新)?大桥$/u;

/** A facility's kind with what any town has before it, no name of one place: `加油站`, `集装箱码头`. */
export const isGenericFacility = (name: string) => GENERIC_FACILITY.test(name);

const FACILITY_CACHE = new Map<string, RegExp>();

/** Facility names with where they stand; `stop` lists the characters no name runs over. */
export function findFacilities(text: string, stop: string): { index: number; name: string; kind: string }[] {
  let pattern = FACILITY_CACHE.get(stop);
  if (!pattern) {
    pattern = FACILITY(stop);
    FACILITY_CACHE.set(stop, pattern);
  }
  return [...text.matchAll(pattern)]
    .filter((m) => !GENERIC_FACILITY.test(m[0]) && !NOT_IN_NAME.test(m[0]))
    .map((m) => ({ index: m.index, name: m[0], kind: m.groups!.kind! }));
}

// Dictionary words of this length or more ending in a river's or lake's kind are names (`金沙江`,
// `鄱阳湖`); two-character ones are as often common words (`江湖`, `山河`).
const WATER_WORD = /^\p{Script=Han}{2,}[江河湖]$/u;
// Common words the dictionary holds in that shape: a moat, a man-made lake, a grand canal, named by the words before it.
const COMMON_WATER_WORDS = /^(?:护城河|人工湖|母亲河|天河|银河|运河|大运河)$/u;
const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;

/** Rivers and lakes the segmenter reads as one dictionary word, with where they stand. */
export function dictionaryWaters(text: string): { index: number; name: string }[] {
  if (!segmenter) return [];
  return [...segmenter.segment(text)]
    .filter((s) => WATER_WORD.test(s.segment) && !COMMON_WATER_WORDS.test(s.segment))
    .map((s) => ({ index: s.index, name: s.segment }));
}
