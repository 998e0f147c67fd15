import { FACILITY_SUFFIX, dictionaryWaters, findFacilities, isGenericFacility } from './cjk-landmarks.js';
import { findHanPlaces, hanCommonName, isCountryName, leadingHanTown } from './gazetteer.js';
import { toSimplifiedChars } from './lexicon/han-traditional.js';

/**
 * Organisations and places in Chinese text, found by the suffix that ends their names
 * (`…大学`, `…局`, `…有限公司`, `…运河`). Chinese has no spaces, so a name starts after the nearest
 * character that cannot belong to it: a particle, a preposition, punctuation or a digit.
 */
const ORG_SUFFIX = new RegExp(
  '(?:股份有限公司|有限责任公司|有限公司|委员会|海关|证监会|银保监会|联合会|研究院|研究所|(?:研究|繁育|科研)基地|管理处|办事处|联络处|服务处|分会|管委会|居委会|村委会|联盟|商会|总站|监测站|博物馆|图书馆|气象台|电视台|广播电台|日报社|(?:日|晚|早)报(?!道)|报社|通讯社|新闻网|幼儿园|大学|学院|中学|小学|医院|银行|分行|支行|证券|基金|控股|公司|集团|协会|中心|法院|政府|部门|办公室|局|厅|署|部|院|馆|所)',
  'gu',
);
const SUFFIX_AT_START = new RegExp(`^${ORG_SUFFIX.source}`, 'u');
const SUFFIX_AT_END = new RegExp(`${ORG_SUFFIX.source}$`, 'u');
const PLACE_SUFFIX = '(?:大运河|运河|街道|自治区|特别行政区|高原|盆地|草原|平原|省|市|区|县|镇|乡|村|湖|江|河|山|岛|港|湾|桥|路|街)';
// Suffixes long enough to end a place name whatever follows: `天府国际机场`, `东侨经济开发区`.
const LONG_PLACE_SUFFIX = '(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|高新区|新区|新城|大湾区|城市群|经济圈|经济带|三角洲)';
// Characters that end a name when reading backwards from its suffix.
const STOP_CHARS = '的了着从在对和与是将于向由被把为及并也都就还又而很这那其各该此每到住、，。“”‘’：；（）《》【】！？｜|·';
const STOP = `${STOP_CHARS}\\s\\d`;
const IS_STOP = new RegExp(`[${STOP}]`, 'u');
// No name runs on past a province's `省`: `江苏省盐城市` is a province, then a city in it.
// A list's `等` ("and others") ends the last name in it: `镜湖、月湖等`.
// A place may be followed by where in it (`…山段`, `…镇一带`, `…河沿线`, `…河沿岸`, `…省中部`, `…市东南部`), or by where it lies (`…市位于`).
const PLACE_PART =
  '(?:段|一带|附近|沿线|沿岸|境内|周边|上游|下游|畔|内|海域|水域|[东西南北]岸|[东西南北中]部|[东西][南北]部|以[东西南北]|位于|地处)';
// `一路向北` ("all the way north") goes somewhere; no road is named `一路` before where it heads.
const ALL_THE_WAY = '(?!(?<=一路)[向往朝])';
const PLACE = new RegExp(`[^${STOP}省等]{1,4}?${PLACE_SUFFIX}${ALL_THE_WAY}(?=[${STOP}]|等|${PLACE_PART}|[^\\p{Script=Han}]|$)`, 'gu');
// A county, town, township or subdistrict listed after another place or a conjunction ends at its suffix, a verb after it
// or not: `在临溪县、青峰县拥有`, `在临溪镇设有`, `从湖西街道步行`.
// So does an island or a port after where something is, comes from or goes to: `从梅山岛驶入`, `在澜江港新建`.
const LISTED_DIVISION = new RegExp(
  `(?<=[、和与及在到从赴])(?![多几各每全两一本该]个?)(?![在到从赴])\\p{Script=Han}{2,3}?(?:街道|[县镇乡]|岛|港(?![区口务湾城内外]))(?![长级委政办])`,
  'gu',
);
const PROVINCE_BEFORE_CITY = new RegExp(`[^${STOP}省]{2,3}?省(?=[^${STOP}省]{1,4}?[市县州])`, 'gu');
// A development zone's own name may run long (`…青山新技术开发区`); one cut off by the window is left out.
const LONG_PLACE = new RegExp(`[^${STOP}]{2,6}?${LONG_PLACE_SUFFIX}`, 'gu');
// A road or street, ended by its suffix even before more text (`长安大道与和平路交汇处`); its name
// starts after the division it lies in (`城东区长安大道`).
const ROAD = new RegExp(
  `[^${STOP}省市县区]{2,4}?(?:大道|大街|路|街|巷)${ALL_THE_WAY}(?=与|和|交汇|交叉|口|沿线|两侧|附近|[${STOP}]|[^\\p{Script=Han}]|$)`,
  'gu',
);
// A road's own name has two characters or more, so a `和` or `与` before one more and the suffix is the name's
// first character, not a conjunction: `滨江区和平路` is `和平路`, `城南区与安街` `与安街`.
const ROAD_OPENING_ON_CONJUNCTION = /(?<=[省市县区])[和与]\p{Script=Han}(?:大道|大街|路|街|巷)/gu;
// `澜江市市长`, `青州县县长`: a division, then its head's title, which repeats the division's suffix.
const PLACE_BEFORE_HEAD = new RegExp(`[^${STOP}]{2,4}?([省市县区镇])(?=\\1长)`, 'gu');
// `云岭省苍山彝族自治州漾川县`, `西城区桂香社区`: a province, a prefecture, a county, a township and a
// community written one inside the next with no break between them; each ends at its own suffix.
const ADMIN_UNIT = `[^${STOP}]{2,7}?(?:自治区|自治州|自治县|省|州|市|县|社区|区|旗|街道|镇|乡)`;
const ADMIN_CHAIN = new RegExp(`(?:${ADMIN_UNIT}){2,4}`, 'gu');
const ADMIN_UNIT_AT = new RegExp(ADMIN_UNIT, 'gu');
/** The level of a division by its suffix: province 1, prefecture 2, county 3, township 4, community 5. */
const adminLevel = (unit: string) =>
  /(?:自治区|省)$/u.test(unit) ? 1 : /(?:自治州|州|市)$/u.test(unit) ? 2 : /(?:街道|镇|乡)$/u.test(unit) ? 4 : /社区$/u.test(unit) ? 5 : 3;

/** The divisions of a chain, each inside the one before; a chain that does not step down is none. */
function adminUnits(text: string): RegExpExecArray[] {
  return [...text.matchAll(ADMIN_CHAIN)].flatMap((chain) => {
    const units = [...chain[0].matchAll(ADMIN_UNIT_AT)];
    const steps = units.every((u, k) => k === 0 || adminLevel(u[0]) > adminLevel(units[k - 1]![0]));
    return steps ? units.map((u) => Object.assign(u, { index: chain.index + u.index })) : [];
  });
}
// After a preposition a river or mountain ends its name even before a verb: `从松花江采冰`.
// `在半山腰`, `在河边`: a slope's or a bank's word after it makes the whole a common word, no name.
const PLACE_AFTER_PREPOSITION =
  /(?<=[从在到沿至])[^\s\d\p{P}从在到沿至经往的了着]{1,3}?(?<!运)[江河湖山](?![江河湖山腰边顶脚坡畔岸区县市镇乡村港岛湾桥路街])/gu;
// The one-character short names of China's provinces and province-level cities, which join into
// the names of regions: `京津冀`, `粤港澳`, `川渝`, `江浙沪`. Those that are everyday words too
// (`新`, `青`, `吉`, `港`) make no region unless two others stand with them.
const PROVINCE_SHORT = '京津冀沪苏浙皖粤闽赣湘鄂豫鲁晋陕甘陇宁青新藏川蜀渝黔贵滇云桂琼辽吉黑蒙港澳台江';
const PROVINCE_SHORT_ONLY = /[京津冀沪苏浙皖粤闽赣湘鄂豫鲁晋陕陇黔滇桂琼辽渝蜀]/u;
const REGION_OF_PROVINCES = new RegExp(`[${PROVINCE_SHORT}]{3,5}|[${PROVINCE_SHORT}]{2}(?=地区|两地|一体化|协同|区域|城市群|经济圈)`, 'gu');
// A river delta by its river's first character: `长三角`, `珠三角`; not the shape `三角形`.
const DELTA = /(?<![一二两三几个块小])\p{Script=Han}三角(?![形函尺板架洲])/gu;
// `中华科学院东南海洋生态` + `研究所`: an institute's name may run long before its suffix.
const MAX_ORG_PREFIX = 14;
const MAX_JOINED_PART = 8;

// Common words that end in a place suffix but name nowhere (`入市`, `楼市` are markets, not towns); a direction before `新区` only says which new area.
// `江湖` ("the world of wanderers"), a man-made lake and a moat are common words; so are `新建` ("newly built") and `大桥` ("the bridge"), though towns are named so.
// A measure word before the suffix (`这条路`, `一座山`) or a verb of going (`上山`, `过河`) makes a phrase, no name;
// a ship leaving or making port (`出港`, `返港`) too, and a town's `本岛` ("main island") is the town.
// `其他城市` ("other cities"), read from after the `其` that stops the scan, names none.
// `沿湖`, `临湖`, `环湖` ("along", "by", "round the lake") say where something lies by water, whatever comes before them;
// a canal with no name before it is any canal.
const NOT_PLACES =
  /^(?:[多几各每全两一]?个|乡镇|部分|[条座片道处艘批])|^他(?:城市|地区|省份|县市|区县|乡镇)$|[上下爬登翻过渡]山$|[过渡]河$|过桥$|上路$|[出返进离回入归靠驶]港$|本岛$|^(?:地区|城市|市区|社区|山区|农村|乡村|山村|渔村|河流|道路|马路|公路|铁路|全市|全区|全省|全县|全镇|本市|本县|该市|两岸|沿江|城区|郊区|[东西南北]岸|景区|风景区|园区|小区|片区|辖区|校区|新校区|老校区|港区|码头|机场|子湖|产业园区|工业园区|江湖|人工湖|护城河|母亲河|新建|大桥)$|^\p{Script=Han}*(?:线路|电路|思路|出路|网路|中心城区)$|^[东西南北中]部?新区$|^\p{Script=Han}*(?:道路|马路)$|^\p{Script=Han}*(?:入市|上市|开市|休市|股市|楼市|债市|车市)$|[沿环靠绕][江河湖海]$|\p{Script=Han}临[江河湖海]$|^临[河湖海]$|^大?运河$/u;

// `古镇` ("the old town"), `新桥` ("the new bridge"): a landmark's kind alone, or with an age or size before it, names none.
const KIND_ALONE = new RegExp(`^[新老古旧大小]?(?:${FACILITY_SUFFIX}|镇|桥)$`, 'u');

// `有关部门` ("the departments concerned") and the like refer to an organisation without naming it (`…市等地中小学`, "schools in … and other places", too), and so does
// one counted by its measure word (`这家银行`, read from after the `这`);
// `市中心` is the city centre, `上市公司` any listed company; `税务等部门`, `多个银行` count bodies (`等` "and others", `多个` "several").
// `监管部门` ("the regulators") and a centre named only by its job (`研发中心`, R&D) name a kind of office, not one body.
// A count of bodies anywhere in it (`一家模具企业获三家银行`) makes a clause, not a name; so does a job
// title inside it (`副总裁兼农业事业部`): the name ended before the person's title.
// A length of time before it (`开了二十多年小卖部`) says how long one was kept, and a restaurant joined to another
// kind (`客栈和餐馆`) is the kind again; a committee of a park or a community named by its kind alone (`园区管委会`) is
// the one the story is about, unnamed.
const GENERIC_ORG =
  /^(?:相关|有关|各|该|本|当地|上级|主管)|^家(?:银行|公司|企业|医院|机构|集团|学校|单位)$|上市公司$|^(?:母公司|子公司|分公司)$|等地|^一(?:名|个|家|位|男子|女子)|市中心$|(?:等|多个|多家|几家|一些)\p{Script=Han}{1,2}$|[一二两三四五六七八九十几数多]家|总裁|总经理|董事长|经理|主任|书记|部门$|^(?:研发|数据|服务|指挥|客服|调度|运营|营销|结算|展示|体验|培训|检测|监控|控制)中心$|^[一二两三四五六七八九十百几数]+多?(?:年|个月|天)|[和与](?:餐|饭|酒|茶|旅)馆$|^(?:园区|景区|风景区|开发区|高新区|新区|社区|小区|街道|村|镇)(?:管委会|居委会|村委会)$/u;
// A name that opens with a place (`哈尔滨市…`, `宁德市…`) may run on over `和`: `发展和改革委员会`.
const OPENS_WITH_PLACE = /^\p{Script=Han}{2,4}?[省市县区]/u;

function nameFrom(match: string): string {
  // The scan may still start a little early; a leading verb or adverb is cut at known openers.
  // `京津冀地区` is the region `京津冀`: `地区` only says it is one.
  return (
    match
      .replace(
        /^(?:仅|至|针对|关于|对于|位于|选址于|选址|来自|前往|[开驶运发送]往|往返|毗邻|紧邻|临近|靠近|家住|覆盖|涵盖|包括|涉及|走访|考察|视察|邀请|邀请了|地处|坐落于|经过|通过|途经|途径|抵达|到达|来到|落户|赶赴|飞抵|飞往|进入|离开|返回|驶入|驶向|路过|穿过|连接|连通|通往|直达|开通|接|出任|担任|加入|收购|记者|据|据介绍|今年|明年|去年|前年|今天|明天|昨天|近日|日前|目前|当日|当天|当晚|次日|同日)/u,
        '',
      )
      // `步行至长水镇`: where one goes to starts after `至` ("to").
      .replace(/^\p{Script=Han}{1,2}至(?=\p{Script=Han}{2})/u, '')
      // `研究团队联合澜州大学`: a body that another works with starts after `联合` (`联合国` is a name).
      .replace(/^\p{Script=Han}{0,8}?联合(?![国会网通])(?=\p{Script=Han}{3})/u, '')
      // `串联起城东新区`, `建起…`: a verb with its resultative `起` comes before the name.
      .replace(/^\p{Script=Han}{1,2}起(?=\p{Script=Han}{3})/u, '')
      .replace(/(?<=\p{Script=Han}{2})地区$/u, '')
      // `青州市区` is the city `青州` within its bounds.
      .replace(/(?<=\p{Script=Han}{2})市区$/u, '')
      // `一家印染企业青州…有限公司`: a firm's registered name after the kind it is counted as.
      .replace(/^\p{Script=Han}*?[一两几数多]家\p{Script=Han}{0,4}?(?:企业|工厂|机构|单位)(?=\p{Script=Han}{4})/u, '')
      // `该校材料学院`: "the school's" college, after the `该` that stops the scan.
      .replace(/^校(?=\p{Script=Han}{2,}(?:学院|系)$)/u, '')
      // `临溪镇设有仓库`, `交易尚需交易所审核`, `工程覆盖河西县`: what a place has, a deal needs or a work covers is named after the verb;
      // so is the body that someone asks, works with or urges (`市府已请水利局`, `协调农业局`), whose rule or data one goes by (`按照…大学提供的配方`), or that one buys or sues (`以两亿元收购…有限公司`).
      .replace(
        /^\p{Script=Han}*?(?:设有|拥有|尚需|还需|需经|设立|成立|建立|组建|新建|筹建|协调|委托|会同|督促|要求|配合|联系|经营|覆盖|涵盖|途经|流经|跨越|横跨|按照|根据|依照|依据|收购|并购|起诉|状告|入股|请)(?=\p{Script=Han}{2})/u,
        '',
      )
  );
}

/** Where `name`, read by `nameFrom` out of the run `run` at `index`, stands: it may have lost words at either end (`西北地区` → `西北`). */
function spanOf(run: string, index: number, name: string): Found {
  const start = index + Math.max(0, run.lastIndexOf(name));
  return { start, end: start + name.length, name };
}

/** Positions inside a known place name, where a stop character (`都` in `成都`) belongs to the name. */
function placeSpans(text: string): boolean[] {
  const inside = new Array<boolean>(text.length).fill(false);
  for (const place of findHanPlaces(text)) {
    for (let at = text.indexOf(place); at >= 0; at = text.indexOf(place, at + place.length)) {
      for (let i = at; i < at + place.length; i++) inside[i] = true;
    }
  }
  return inside;
}

/** Where a name ending at `end` starts, reading back to the nearest stop character. */
function nameStart(text: string, end: number, inPlace: readonly boolean[], limit: number): number {
  let start = end;
  const within = (i: number) =>
    !IS_STOP.test(text[i]!) ||
    inPlace[i] ||
    WORDS_OF_BODIES.has(text.slice(i, i + 2)) ||
    (i > 0 && WORDS_OF_BODIES.has(text.slice(i - 1, i + 1)));
  while (start > 0 && end - start < limit && within(start - 1)) start--;
  return start;
}

// Words of bodies' names that hold a stop character: `住房保障局` (housing), `对外经济贸易大学`
// (foreign), `首都医科大学` (capital); the stop is read with the characters around it.
const WORDS_OF_BODIES = new Set(['住房', '对外', '首都']);

/**
 * `哈尔滨市文化广电` + `和` + `旅游局`, `…县海洋` + `与` + `渔业局`: one name whose first part opens with a place. `仁和` + `医院`:
 * a suffix with nothing before it names nothing, so the `和` is the name's own.
 */
function joinedOverAnd(text: string, start: number, suffixAt: number, inPlace: readonly boolean[]): number {
  // `能源科学与工程学院`: a school named by two fields joined by `与`; `…大学生态与环境学院`: any two fields, after its university.
  const beforeAnd = text.slice(Math.max(0, start - 8), start - 1);
  if (
    text[start - 1] === '与' &&
    (FIELD_BEFORE_AND.test(beforeAnd) || UNIVERSITY_BEFORE_FIELD.test(beforeAnd)) &&
    SCHOOL_AT.test(text.slice(suffixAt))
  )
    // After its university the school's name runs back over the university's whole name: `西安交通大学公共政策与管理学院`.
    return nameStart(text, start - 1, inPlace, UNIVERSITY_BEFORE_FIELD.test(beforeAnd) ? MAX_ORG_PREFIX : MAX_JOINED_PART);
  if (!/[和与]/u.test(text[start - 1] ?? '') || OPENS_WITH_PLACE.test(text.slice(start))) return start;
  // `…省体育局和…州人民政府`: a whole body's name before the `和` is the first of two bodies.
  if (SUFFIX_AT_END.test(text.slice(Math.max(0, start - 8), start - 1))) return start;
  const before = nameStart(text, start - 1, inPlace, MAX_JOINED_PART);
  const first = text.slice(before, start - 1);
  return OPENS_WITH_PLACE.test(first) || NATIONAL_FIRST.test(first) || TRADE_BEFORE_AND.test(first) || suffixAt - start <= 1
    ? before
    : start;
}

// `国家湖泊和湿地管理局`, `中国化学与物理…协会`: a national body's name opens on the nation, and runs on over its `和`.
const NATIONAL_FIRST = /^(?:国家|中国|全国|中华)\p{Script=Han}{2}/u;
// `东岳机械与电子工业集团`: a group named by its own name and two trades, the first of which closes the part before `与`.
const TRADE_BEFORE_AND =
  /^\p{Script=Han}{2}(?:机械|电子|化工|化学|物理|电气|电力|能源|交通|物流|建筑|纺织|钢铁|冶金|矿业|农业|林业|渔业|水利)$/u;

// The fields a college or an institute is named by, one of which may stand before its `与`.
const FIELD_BEFORE_AND = /(?:科学|技术|工程|管理|经济|信息|艺术|设计|传播)$/u;
const SCHOOL_AT = /^(?:学院|研究院|研究所)/u;
const UNIVERSITY_BEFORE_FIELD = /大学\p{Script=Han}{2,4}$/u;

interface Found {
  start: number;
  end: number;
  name: string;
}

// A sports team: a town, the club's own name, then the team (`星火女足`, `海港俱乐部`).
const TEAM_SUFFIX = /(?:女足|男足|女篮|男篮|女排|男排|足球俱乐部|篮球俱乐部|俱乐部|足球队|篮球队)/gu;
const MAX_TEAM_NAME = 8;

/** Teams named from their town on: with no town before it, a team's short name may not be told from the words before. */
function findTeams(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(TEAM_SUFFIX)) {
    const from = Math.max(0, m.index - MAX_TEAM_NAME);
    const window = text.slice(from, m.index);
    const town = findHanPlaces(window).find((t) => !IS_STOP.test(window.slice(window.indexOf(t) + t.length)));
    if (!town) continue;
    const start = from + window.indexOf(town);
    const end = m.index + m[0].length;
    found.push({ start, end, name: text.slice(start, end) });
  }
  return found;
}

// The character before the suffix, the suffix and the one after it. `布局`, `格局` are "layout", `有所` "somewhat",
// `部分` "part", `东部` "the east", `总部` "headquarters", `场馆` "a venue", `客厅`, `阅览厅` "a (reading) room",
// `新馆`, `分馆` "a new building", "a branch" of a library or museum: no body's name ends there.
const VERB_NOT_SUFFIX =
  /^(?:[签部]署|\p{Script=Han}所[谓有以在得属需]|有所|[布格结]局|\p{Script=Han}部[分位]|[东西南北中内外全局总]部|[场展宾旅饭新分老]馆|[览客餐大展门舞]厅)/u;

// `…法院曾审理过集团`: a body's name, then an adverb opening its verb; the suffix after is another mention (`集团`, "the group").
const BODY_THEN_ADVERB = new RegExp(`${ORG_SUFFIX.source}[曾已将正也还又均都再](?=\\p{Script=Han})`, 'u');

function findOrganisations(text: string): Found[] {
  const inPlace = placeSpans(text);
  const found: Found[] = findTeams(text);
  for (const m of text.matchAll(ORG_SUFFIX)) {
    const end = m.index + m[0].length;
    // `签署`, `部署` are verbs and `所谓` is "so-called": the suffix's character ends no name there.
    if (VERB_NOT_SUFFIX.test(text.slice(m.index - 1, end + 1))) continue;
    // `旅游局局长`, `研究所所长`, `信息化局副局长`: the repeated character opens a job title, not another name.
    if (text[end] === '长' && (text[m.index - 1] === m[0][0] || /[副正]/u.test(text[m.index - 1] ?? ''))) continue;
    const titleFollows = text[end] === m[0].at(-1) && text[end + 1] === '长';
    // Another suffix follows at once (`第三工程局有限公司`): the name goes on.
    if (!titleFollows && SUFFIX_AT_START.test(text.slice(end))) continue;
    // `售后部` after `…有限公司`: a department of the firm, which is the body named.
    if (m[0] === '部' && /(?:公司|集团)\p{Script=Han}{1,3}$/u.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const scanned = joinedOverAnd(text, nameStart(text, m.index, inPlace, MAX_ORG_PREFIX), m.index, inPlace);
    // `其中中华…银行`: the scan stops at the `其` of `其中` ("among them"), whose `中` opens no name.
    const from = text.slice(scanned - 1, scanned + 1) === '其中' ? scanned + 1 : scanned;
    const name = nameFrom(text.slice(from, end));
    // The name starts where what is cut from its front ends: `…联合澜州大学` holds no other body's name.
    if (name.length >= 3 && !GENERIC_ORG.test(name) && !BODY_THEN_ADVERB.test(name)) found.push({ start: end - name.length, end, name });
  }
  // `福州大学材料学院`: a name that another one extends is part of it.
  return found.filter((o) => !found.some((p) => p !== o && p.start <= o.start && p.end > o.end));
}

const PART_FIRST = new RegExp(`^${PLACE_PART}(?=\\p{Script=Han}{3})`, 'u');

/**
 * Names ending in a place's suffix. One that opens with where in a place lies (`南岸月亮岛` after
 * `金沙江`) starts after it. One with more of the same run before it hit the window's end, and
 * where it starts is known only if it opens with a verb that is cut off (`抵达青州港`) or a town
 * that stands apart (`大理石桥村`).
 */
function placeMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  return [...text.matchAll(pattern)].flatMap((m) => {
    const part = PART_FIRST.exec(m[0])?.[0];
    if (part) return [Object.assign([m[0].slice(part.length)], { index: m.index + part.length, input: text }) as RegExpExecArray];
    const before = text[m.index - 1] ?? '';
    const cut = /\p{Script=Han}/u.test(before) && !IS_STOP.test(before) && !/[省等]/u.test(before);
    if (!cut || nameFrom(m[0]) !== m[0] || leadingHanTown(m[0])) return [m];
    // The verb may have begun before the window (`开` + `往泰国宋港`): read it with the characters before.
    const end = m.index + m[0].length;
    for (const back of [1, 2]) {
      if (m.index < back || IS_STOP.test(text[m.index - back]!)) break;
      const run = text.slice(m.index - back, end);
      const name = nameFrom(run);
      if (name.length < m[0].length)
        return [Object.assign([name], { index: m.index - back + run.lastIndexOf(name), input: text }) as RegExpExecArray];
    }
    return [];
  });
}

// A port or a station inside a run before another facility's kind ends a name: `…北港` + `白沙港区`.
const INNER_FACILITY = /^.*(?:港|站|码头)(?=\p{Script=Han}{2})/u;
const MAX_FACILITY_HEAD = 4;

/**
 * A facility's name from the run before its kind word. A run longer than a name's usual four
 * characters, or one the scan's window cut short, starts where it is known to: after a verb that is
 * cut off (`毗邻…`) or at a known town (`临州青山国际机场`, `…延伸至临州高铁站`); else it names nothing sure.
 */
function facilityName(text: string, facility: { index: number; name: string; kind: string }): Found[] {
  const end = facility.index + facility.name.length;
  const head = facility.name.slice(0, -facility.kind.length);
  const inner = INNER_FACILITY.exec(head)?.[0];
  if (inner) {
    const name = facility.name.slice(inner.length);
    return isGenericFacility(name) ? [] : [{ start: end - name.length, end, name }];
  }
  const name = withoutLeadingWater(nameFrom(facility.name));
  const before = text[facility.index - 1] ?? '';
  const cut = /\p{Script=Han}/u.test(before) && !IS_STOP.test(before) && !/[省市县区]/u.test(before);
  const known = name !== facility.name || leadingHanTown(name) !== null;
  if ((cut || head.length > MAX_FACILITY_HEAD) && !known) return townInside(facility.name, facility.index, head);
  return [spanOf(facility.name, facility.index, name)];
}

/** `…延伸至青州高铁站`: in a run too long for one name, a town the gazetteer knows, right before the kind, is the facility's name. */
function townInside(run: string, index: number, head: string): Found[] {
  for (let from = 1; from < head.length - 1; from++) {
    const town = leadingHanTown(head.slice(from));
    if (town && from + town.length === head.length) return [{ start: index + from, end: index + run.length, name: run.slice(from) }];
  }
  return [];
}

/** Place names of a text with where they stand, from the suffix patterns and the gazetteer. */
function placeCandidates(text: string): Found[] {
  const regions = [...text.matchAll(REGION_OF_PROVINCES)].filter((m) => [...m[0]].filter((c) => PROVINCE_SHORT_ONLY.test(c)).length >= 2);
  const matches = [
    ...adminUnits(text),
    ...text.matchAll(PLACE_BEFORE_HEAD),
    ...placeMatches(text, LONG_PLACE),
    ...text.matchAll(ROAD_OPENING_ON_CONJUNCTION),
    ...text.matchAll(ROAD),
    ...text.matchAll(DELTA),
    ...regions,
    ...text.matchAll(PLACE_AFTER_PREPOSITION),
    ...text.matchAll(PROVINCE_BEFORE_CITY),
    ...placeMatches(text, PLACE),
    ...text.matchAll(LISTED_DIVISION),
  ];
  // Landmarks first: their kind words are longer than the one-character suffixes of the rules after.
  const found: Found[] = findFacilities(text, STOP).flatMap((facility) => facilityName(text, facility));
  const named = matches.map((m) => {
    // `到达黄山` ("reached Huangshan"): the verb's `到` stops the scan, its `达` is no part of the name.
    const reached = /^达/u.test(m[0]) && /[到抵]$/u.test(text.slice(0, m.index)) ? 1 : 0;
    return spanOf(m[0], m.index, nameFrom(m[0].slice(reached)));
  });
  found.push(...named);
  // After the rules: a river the dictionary knows may be the tail of a longer name (a canal's name before `大运河`).
  for (const water of dictionaryWaters(text)) found.push({ start: water.index, end: water.index + water.name.length, name: water.name });
  // Longest first, so that `江安县` keeps its stretch from the `江安` written elsewhere.
  for (const name of findHanPlaces(text).sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length))
      found.push({ start: at, end: at + name.length, name });
  }
  return found;
}

// `美国人`, `日本人`: a people, named by its country and `人`, is no place (`人民`, `人大` open a body's name).
const DEMONYM_AFTER = /^人(?![民大口员士物才力群])/u;
// `青湖风景区管委会`: a place right before a managing body's head word is the body's name, short or whole.
const BODY_HEAD_AFTER = /^(?:管委会|管理委员会|管理局|管理处)/u;

// `珠江白沙站`: a gauging station or a pier on a river is named after the river, apart from it.
const WATER_BEFORE_STATION = /^\p{Script=Han}{1,3}[江河湖](?=\p{Script=Han}{2,3}(?:站|码头|港区|渔港)$)/u;
const withoutLeadingWater = (name: string) => name.replace(WATER_BEFORE_STATION, '');

// An airport, a railway station or a seaport is named after the city it serves (`临州西站`,
// `宁州北港`), with the city; a fishing port after its own village.
const NAMED_FOR_ITS_CITY = /(?:机场|站|(?<!渔)港)$/u;

const ONE_CHARACTER_FACILITY = new RegExp(`^\\p{Script=Han}(?=\\p{Script=Han}{2})${FACILITY_SUFFIX}$`, 'u');

/**
 * `宁德东侨经济开发区` → `东侨经济开发区`, `温州苍南石坪渔港` → `石坪渔港`: known towns and counties
 * before a district's or a facility's own name stand apart.
 */
function withoutLeadingTown(place: Found, afterTown = false): Found {
  const town = leadingHanTown(place.name, afterTown);
  // A country before a town abroad stands apart even before a two-character name: `泰国` + `宋港`.
  const country = town !== null && isCountryName(town, 'zh');
  if (!country && NAMED_FOR_ITS_CITY.test(place.name)) return place;
  if (!town || place.name.length - town.length < (country ? 2 : 3)) return place;
  // `凤山` + `湖…`: a town's name that runs into a landmark's kind is that landmark's own (`凤山湖`).
  // `太原` + `路街道`: a subdistrict or a stop named after a road keeps the road's town-named part (`太原路`).
  if (/^[湖江河山岛港湾]|^[路街]/u.test(place.name.slice(town.length))) return place;
  // `武汉` + `关码头`: a facility's own name has two characters or more, so one left with a single one keeps the town.
  if (ONE_CHARACTER_FACILITY.test(place.name.slice(town.length))) return place;
  return withoutLeadingTown({ ...place, start: place.start + town.length, name: place.name.slice(town.length) }, true);
}

/** `青山机场` beside `临州青山国际机场`: a short form of a place named in full, with the same kind, is the same place. */
const isShortFormOf = (short: string, full: string) =>
  short !== full && short.at(-1) === full.at(-1) && short.length >= 3 && full.includes(short.slice(0, 2)) && full.length > short.length;

// A firm named by two characters and its trade (`蓝帆饮品`, `青禾药业`, `澜远电气`), with no `公司` after.
const TRADE_NAME =
  /\p{Script=Han}{2}(?:饮品|茶业|药业|乳业|酒业|矿业|置业|食品|科技|物流|传媒|化工|电器|电气|储能|电子|航运|水务|环保|制药|重工)/gu;

/**
 * Firms named by their trade: the two characters before the trade cannot be told from the words
 * before them, so a name counts when the text writes it at least twice, each time the same.
 */
function tradeNames(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const [name] of text.matchAll(TRADE_NAME)) counts.set(name, (counts.get(name) ?? 0) + 1);
  const all = texts.join('\n');
  // `三家储能` ("three storage firms") counts firms of the trade, and names none.
  return [...counts]
    .filter(([name, n]) => n >= 2 && occurrences(all, name) >= 2 && !IS_STOP.test(name) && !GENERIC_ORG.test(name))
    .map(([name]) => name);
}

/**
 * Places and organisations named in Chinese text, simplified or traditional: the rules read the
 * text with its traditional characters simplified, and each name is given as the text writes it.
 */
export function findCjkEntities(written: readonly string[]): { places: string[]; organizations: string[] } {
  const texts = written.map(toSimplifiedChars);
  const all = written.join('\n');
  const places: string[] = [];
  const organizations = new Set<string>(tradeNames(texts).map((name) => asWritten(texts, written, name)));
  for (const name of texts.flatMap(toldOutlets)) organizations.add(asWritten(texts, written, name));
  texts.forEach((text, k) => {
    const orgs = findOrganisations(text);
    for (const o of orgs) organizations.add(written[k]!.slice(o.start, o.end));
    // Only a place named outside an organisation's name counts: `哈尔滨市` in `哈尔滨市旅游局` does not.
    const outside = (p: Found) => !orgs.some((o) => p.start < o.end && p.end > o.start);
    // Each stretch of the text names one place: the first rule to read a place there wins it.
    const taken: Found[] = [];
    const candidates = placeCandidates(text).filter((p) => !NOT_PLACES.test(p.name) && !KIND_ALONE.test(p.name));
    for (const place of candidates.map((p) => withoutLeadingTown(p))) {
      if (
        place.name.length < 2 ||
        NOT_PLACES.test(place.name) ||
        !outside(place) ||
        taken.some((t) => place.start < t.end && place.end > t.start) ||
        DEMONYM_AFTER.test(text.slice(place.end, place.end + 2)) ||
        BODY_HEAD_AFTER.test(text.slice(place.end))
      )
        continue;
      taken.push(place);
      // `株洲市` is the city of `株洲`, listed by the name it goes by; `江安` then `江安县`: a county
      // or a province with its kind is the fuller form of the same place.
      const asText = written[k]!.slice(place.start, place.end);
      const common = hanCommonName(asText);
      // `合肥市` where the text never writes `合肥` alone: the name as the text has it.
      const name = common !== asText && occurrences(all, common) === occurrences(all, asText) ? asText : common;
      const bare = places.findIndex((p) => name === `${p}县` || name === `${p}省`);
      if (bare >= 0) places[bare] = name;
      else if (!places.includes(name) && !places.some((p) => p === `${name}县` || p === `${name}省`)) places.push(name);
    }
  });
  // `港务局` after `韦尔马港务局`: the body's short form, not a second body. `中国银行` written only in
  // `华兴银行澜州分行`, a firm's trade name only in its registered name, is part of the longer name.
  const bodies = [...organizations];
  const simplified = texts.join('\n');
  const onlyInside = (o: string) => {
    const longer = bodies.filter((other) => other !== o && other.includes(o));
    return (
      longer.length > 0 &&
      occurrences(simplified, o) <= longer.reduce((n, other) => n + occurrences(simplified, other) * occurrences(other, o), 0)
    );
  };
  return {
    places: places.filter((p) => !places.some((full) => isShortFormOf(p, full))),
    organizations: bodies.filter(
      (o) => !bodies.some((other) => other !== o && (other.endsWith(o) || abbreviates(o, other, simplified))) && !onlyInside(o),
    ),
  };
}

const LEGAL_FORM_END = /(?:股份有限公司|有限责任公司|有限公司)$/u;

/**
 * `青州中院` for `青州市中级人民法院`, `澜清公司` for `青州澜清印染有限公司`, `省卫健委` for `…省卫生健康委员会`:
 * a body's short form keeps some of its characters in order, its first two together and its last, and is
 * written after the full name, or in the headline. The full name is longer by three characters or more: `…师范大学` is no
 * `…大学` written in full.
 */
function abbreviates(short: string, full: string, text: string): boolean {
  // `岷江集团` for `…岷江水利建设集团有限公司`: the short form may end on the kind before the legal form.
  const ends = [full.at(-1), full.replace(LEGAL_FORM_END, '').at(-1)];
  if (short.length < 3 || full.length < short.length + 3 || !ends.includes(short.at(-1)) || !full.includes(short.slice(0, 2))) return false;
  let at = 0;
  for (const c of short) {
    at = full.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  // A headline names the body by its short form before the story writes it in full.
  const inHeadline = text.indexOf(short) < text.indexOf('\n');
  return text.indexOf(full) >= 0 && (text.indexOf(full) < text.indexOf(short) || inHeadline);
}

// `告诉“澜江观察”`, `接受“澜州日报”采访`: whom someone tells or gives an interview to, in marks, is an outlet.
const TOLD_OUTLET = /(?:告诉|接受)[“「"]([\p{Script=Han}A-Za-z]{2,10})[”」"](?=[，,。]|采访|记者)/gu;
const toldOutlets = (text: string) => [...text.matchAll(TOLD_OUTLET)].map((m) => m[1]!);

/** A name found in the simplified text, as the text writes it at its first occurrence. */
function asWritten(texts: readonly string[], written: readonly string[], name: string): string {
  for (let k = 0; k < texts.length; k++) {
    const at = texts[k]!.indexOf(name);
    if (at >= 0) return written[k]!.slice(at, at + name.length);
  }
  return name;
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** `承德` in `教授吴承德`: a place the text names only inside a person's name is no place of the story. */
export function withoutPlacesInNames(places: readonly string[], people: readonly string[], texts: readonly string[]): string[] {
  return places.filter((place) => {
    const holders = people.filter((p) => p.includes(place));
    if (!holders.length) return true;
    const all = texts.reduce((n, t) => n + occurrences(t, place), 0);
    const inside = texts.reduce((n, t) => n + holders.reduce((k, h) => k + occurrences(t, h), 0), 0);
    return all > inside;
  });
}

/**
 * `浙江湖州`, `湖北洪湖`: a province or city run into a town it holds names both places, each listed
 * apart, as a name with neither kind word between them is no one place of its own.
 */
export function withJoinedHanPlacesSplit(places: readonly string[]): string[] {
  const out: string[] = [];
  for (const place of places) {
    const parts = findHanPlaces(place);
    const split = parts.length >= 2 && parts.join('') === place ? parts : [place];
    for (const part of split) if (!out.includes(part)) out.push(part);
  }
  return out;
}
