import { findHanPlaces } from './gazetteer.js';

/**
 * Organisations and places in Chinese text, found by the suffix that ends their names
 * (`…大学`, `…局`, `…区`, `…运河`). Chinese has no spaces, so a name starts after the nearest
 * character that cannot belong to it: a particle, a preposition, punctuation or a digit.
 */
const ORG_SUFFIX =
  '(?:委员会|研究院|研究所|博物馆|图书馆|大学|学院|医院|银行|公司|集团|协会|中心|法院|政府|部门|办公室|局|厅|署|部|院|馆|所)';
const PLACE_SUFFIX = '(?:大运河|运河|街道|自治区|特别行政区|省|市|区|县|镇|乡|村|湖|江|河|山|岛|港|湾|桥|路|街)';
// Characters that end a name when reading backwards from its suffix.
const STOP = '的了从在对和与是将于向由被把为及并也都就还又很这那其各该此每、，。“”‘’：；（）《》【】！？\\s\\d';
const ORG = new RegExp(`[^${STOP}]{2,10}?${ORG_SUFFIX}(?![\\p{Script=Han}]{0,1}${ORG_SUFFIX})`, 'gu');
const PLACE = new RegExp(`[^${STOP}]{1,4}?${PLACE_SUFFIX}(?=[${STOP}]|[^\\p{Script=Han}]|$)`, 'gu');

// Common words that end in a place suffix but name nowhere.
const NOT_PLACES =
  /^(?:地区|城市|市区|社区|山区|河流|道路|马路|公路|铁路|全市|全区|全省|本市|该市|两岸|沿江|城区|郊区|景区|园区|小区|片区|辖区)$/u;

// `有关部门` ("the departments concerned") and the like refer to an organisation without naming it.
const GENERIC_ORG = /^(?:相关|有关|各|该|本|当地|上级|主管)/u;

function nameFrom(match: string): string {
  // The lazy pattern may still start a little early; a leading verb or adverb is cut at known openers.
  return match.replace(/^(?:位于|来自|前往|邀请|邀请了|地处|坐落于|经过|通过|记者|据|据介绍)/u, '');
}

export function findCjkEntities(texts: readonly string[]): { places: string[]; organizations: string[] } {
  const places = new Set<string>();
  const organizations = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(ORG)) {
      const name = nameFrom(m[0]);
      if (name.length >= 3 && !GENERIC_ORG.test(name)) organizations.add(name);
    }
    for (const m of text.matchAll(PLACE)) {
      const name = nameFrom(m[0]);
      if (name.length >= 2 && !NOT_PLACES.test(name) && ![...organizations].some((o) => o.includes(name))) places.add(name);
    }
    for (const name of findHanPlaces(text)) if (![...organizations].some((o) => o.includes(name))) places.add(name);
  }
  return { places: [...places], organizations: [...organizations] };
}
