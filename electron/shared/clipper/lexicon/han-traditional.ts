/**
 * Traditional characters and their simplified forms, one for one, for the characters the Chinese
 * name rules read: the kind words that end names (`管理處`, `協會`, `醫院`, `縣`, `機場`), the
 * particles and prepositions that end a name when reading back, the speech verbs and job titles
 * around a person's name, and the common family names.
 * Each pair maps one character to one, so a position in the mapped text is the same in the original.
 */
const PAIRS =
  '處处協协會会員员醫医銀银學学館馆圖图書书機机場场縣县區区鄉乡鎮镇灣湾島岛橋桥園园國国際际門门廳厅長长與与們们這这對对將将從从於于說说為为並并該该還还臺台廣广運运務务辦办營营觀观遊游導导團团勞劳資资產产業业電电視视醫医療疗衛卫監监測测總总統统農农漁渔環环發发開开關关專专華华陽阳東东廠厂車车鐵铁軌轨線线號号館馆術术藝艺語语網网銷销證证條条黨党軍军區区際际風风嶼屿灘滩頭头濱滨龍龙鳳凤雲云嶺岭湧涌溝沟塢坞礦矿貿贸庫库聯联盟盟協协議议報报紙纸應应來来過过還还時时間间後后裡里裏里' +
  '稱称紹绍認认強强調调訴诉釋释補补籲吁記记訪访溫温葉叶陳陈張张劉刘楊杨黃黄趙赵吳吴許许鄭郑謝谢韓韩馮冯鄧邓蕭萧羅罗蘇苏呂吕盧卢鍾钟譚谭陸陆賈贾鄒邹龔龚錢钱顧顾萬万嚴严蔣蒋孫孙馬马韋韦閆闫賀贺湯汤齊齐喬乔龐庞顏颜莊庄聶聂魯鲁歐欧蘭兰紀纪畢毕塗涂駱骆藍蓝鮑鲍饒饶繆缪簡简婁娄竇窦宮宫費费閔闵鄔邬欒栾榮荣叢丛鞏巩遲迟鄺邝經经護护練练隊队選选';

export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = new Map(
  Array.from({ length: PAIRS.length / 2 }, (_, i) => [PAIRS[2 * i]!, PAIRS[2 * i + 1]!] as const).filter(([t, s]) => t !== s),
);

/** `name`, found in `simplified` (the simplified reading of `written`), as `written` writes it. */
export function writtenAs(written: string, simplified: string, name: string): string {
  const at = simplified.indexOf(name);
  return at < 0 ? name : written.slice(at, at + name.length);
}

/** The text with each listed traditional character written simplified; its length and positions are unchanged. */
export const toSimplifiedChars = (text: string) => text.replace(/./gu, (c) => TRADITIONAL_TO_SIMPLIFIED.get(c) ?? c);
