import {
  CJK_SPEECH,
  CJK_VERB_LIST,
  CJK_SURNAMES,
  FRENCH_VIEW_OPENER,
  pronounSourceIn,
  SOURCE_PHRASES,
  SPEECH_NOUNS,
  SPEECH_PHRASES,
  SPEECH_VERBS,
} from './lexicon/speech.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { toSimplifiedChars, writtenAs } from './lexicon/han-traditional.js';
import { isRoleNoun } from './lexicon/job-titles.js';
import { PREPOSITION_AT_END } from './lexicon/stopwords.js';
import type { SpeakerFinder } from './speaker-finder.js';
import type { QuoteSpan } from './quote-spans.js';
import { sentenceEnd, words } from './text-window.js';

/**
 * One way a text credits a quotation to someone, each a small function tried in order by
 * `attributeQuotes`. A strategy answers with the speaker (a name, or null for an unnamed one such as
 * `one farmer`), or with undefined when its pattern is not there and the next one should look.
 */
export type Strategy = (quote: QuoteAround, find: SpeakerFinder) => string | null | undefined;

/** A quotation with the text of its sentence on either side. */
export interface QuoteAround {
  span: QuoteSpan;
  /** The sentence before the opening mark, from `preFrom` in the opening paragraph. */
  pre: string;
  preFrom: number;
  /** The sentence after the closing mark, in the closing paragraph. */
  post: string;
}

// Words after a closing mark that carry the sentence on rather than attribute the quotation.
const POST_JOINER = /^[\s,]*(?:and|but|or|to|that|in|on|into|from|with|as|for|than|of|at|by|und|aber|et|mais|и|но|і|та|але)\s/iu;
const FRENCH_INVERTED_PRONOUN = /-(?:t-)?(il|elle)$/iu;
const FRENCH_AGREED_PARTICIPLE = /\p{L}(?:ée|és|ées)$/u;
const FRENCH_AUXILIARY = /^(?:est|sont|été|était|étaient|s['’]est|se\s+sont|a|ont)$/iu;
const AUXILIARY = new Set(['a', 'ont', 'avait', 'se', 'hat', 'habe', 'has', 'had', 'have', 'ha', 'han']);
const LEAD_WORDS = 8;
// A sentence that opens by pointing back at what was just said: `Об этом сообщил …`, `Про це заявив …`,
// `Das sagte …`, `C’est ce qu’a déclaré …`. Russian and Ukrainian may put whom it was told between
// (`Об этом корреспонденту сообщили`); elsewhere the verb follows at once, or `Das Ministerium sagte`
// has a subject of its own.
const POINTER_OPENER = /^\s*(?:(Об этом|Про це)|Das|Dies|C['’]est ce qu['’](?:a|ont)?)(?!\p{L})/u;
const WORDS_TOLD_BETWEEN = 2;

/** The speech verb right after a sentence's opening that points back at what was said, if it opens so. */
function pointingVerb(sentence: string): { word: string; index: number } | undefined {
  const opener = POINTER_OPENER.exec(sentence);
  if (!opener) return undefined;
  const next = words(sentence.slice(opener[0].length)).slice(0, opener[1] ? WORDS_TOLD_BETWEEN + 1 : 1);
  const verb = next.find((w) => isVerb(w.word));
  return verb ? { word: verb.word, index: opener[0].length + verb.index } : undefined;
}

const CJK_VERBS = `${CJK_VERB_LIST}|告诉记者`;
// Where or to whom, between the speaker and the verb: `在码头大门外`, `对记者`, `跟我`, `接受采访时`.
const CJK_SETTING = '(?:(?:在|对|向|接受|跟|同)[^，,。：:“”「」]{1,12}?|受访时)';
// An adverb between the speaker and the verb: `邓某则坦言`, `李某也表示`, `王某随后说`; and the manner
// of speaking, a verb with `着` or one that asks or weighs (`笑着说`, `分析说`, `回忆说`), or what the
// speaker does meanwhile (`一边吃一边说`).
const CJK_ADVERB =
  '(?:则|也|还|又|亦|再次|随后|同时|当即|則|還|隨後|同時|當即)?(?:一边\\p{Script=Han}{1,4}?一边|\\p{Script=Han}[着著]|分析|回忆|回憶|感慨|笑)?';
// When, between the speaker and the verb: `王建国17日称`, `李明日前表示`, `王某当晚表示`.
const CJK_WHEN = '(?:\\d{1,2}日|[今昨]天|日前|近日|当[天日晚]|[昨今当]晚|[上下]午|晚间)?';
// When may come before where or after it: `王某当晚在接受采访时表示`, `王某在会上17日称`.
const CJK_BETWEEN = `${CJK_WHEN}(?:${CJK_SETTING})?${CJK_WHEN}`;
const CJK_NAME_BEFORE_VERB = [3, 2].map((len) => new RegExp(`(\\p{Script=Han}{${len}})${CJK_BETWEEN}${CJK_ADVERB}(?:${CJK_VERBS})`, 'u'));
const CJK_NAME_BEFORE_VERB_LAST = [3, 2].map(
  (len) => new RegExp(`(\\p{Script=Han}{${len}})${CJK_BETWEEN}${CJK_ADVERB}(?:${CJK_VERBS})(?!.*(?:${CJK_VERBS}))`, 'u'),
);
const CJK_PRONOUN_VERB = new RegExp(`(?:他|她)${CJK_ADVERB}(?:${CJK_VERBS})[：:，,]?\\s*$`, 'u');
// `她介绍，新厂年底投产。“…”`: the sentence may close right before the quotation, which goes on in the same voice.
// `她希望地铁早日开通。“…”`: a hope or a feeling, as much as a speech verb, opens what the quotation goes on to say.
const CJK_VIEW_VERBS = '希望|觉得|期待|期盼|担心|感慨|感叹';
const CJK_PRONOUN_OPENS = new RegExp(
  `(?<=^|[。！？]\\s*)(?:他|她)${CJK_ADVERB}(?:${CJK_VERBS}|${CJK_VIEW_VERBS})[^。！？“”「」"]*[。！？]?\\s*$`,
  'u',
);
// (`“…。”他介绍，工厂……` goes on to report more: only `说` may run on past a comma, or `说着` as the speaker does something.)
// An adverb may come between: `他也说`.
const CJK_PRONOUN_AFTER = new RegExp(`^(?:他|她)${CJK_ADVERB}(?:(?:${CJK_VERBS})(?:。|$)|说着?[，,])`, 'u');
const CJK_VERB_BEFORE_MARK = new RegExp(`(?:${CJK_VERBS})(?:记者)?[：:，,]?\\s*$`, 'u');

// The last character of a place or a body (`沈阳市`, `卫健委`, `宁州港`), which no given name ends with.
const CJK_PLACE_OR_BODY_END = /[市省县区局部厅委会院所司行队处站港厂团社馆校村镇州]$/u;

// The last character of a title before a name (`主任`, `局长`, `主席`, `经理`, `书记`, `教授`).
const CJK_TITLE_END = /^[任长席理记员师授士官总监导]/u;

const isCjkSurname = (c: string | undefined) => c !== undefined && CJK_SURNAMES.includes(c);

// Words that open like a family name but name no one: `有关方面表示`, and the weekdays (`周二表示`).
const CJK_NOT_NAMES = /^(?:方面|方案|高层|高管|曾经|万一|周[一二三四五六日末])$/u;

// A foreign name is written in parts joined by a middle dot (`保罗·费雷拉`); the given name before it
// starts after the speaker's title (`主教练保罗`), or runs at most four characters.
const FOREIGN_NAME_BEFORE_VERB = new RegExp(
  `(\\p{Script=Han}{1,8})·(\\p{Script=Han}{1,6}?)${CJK_BETWEEN}${CJK_ADVERB}(?:${CJK_VERBS})`,
  'u',
);
const CJK_TITLE_BEFORE_GIVEN_NAME =
  /^.*(?:教练|队长|前锋|后卫|门将|经理|董事长|主席|总统|总理|部长|大使|发言人|教授|博士|球员|选手|记者|代表|主任|局长|市长)/u;
const MAX_FOREIGN_GIVEN = 4;

// A name kept in Latin letters, perhaps with its Chinese one in brackets after it: `向导Anna Berg（中文名安娜）说`.
const LATIN_NAME_BEFORE_VERB = new RegExp(
  `(\\p{Lu}[\\p{Script=Latin}'’-]+(?: \\p{Lu}[\\p{Script=Latin}'’-]+){1,2})(?:[（(][^）)]{1,12}[）)])?${CJK_BETWEEN}${CJK_ADVERB}(?:${CJK_VERBS})`,
  'u',
);

function foreignSpeaker(text: string): string | null {
  const latin = LATIN_NAME_BEFORE_VERB.exec(text);
  if (latin) return latin[1]!;
  const m = FOREIGN_NAME_BEFORE_VERB.exec(text);
  if (!m) return null;
  const given = m[1]!.replace(CJK_TITLE_BEFORE_GIVEN_NAME, '').slice(-MAX_FOREIGN_GIVEN);
  return given ? `${given}·${m[2]}` : null;
}

/**
 * A Chinese name right before a speech verb, starting with a family name: `工程师李明说`; or a foreign
 * one: `保罗·费雷拉说`. Traditional text is read through its simplified characters (`處長溫某表示`)
 * and the name given as written.
 */
function cjkSpeaker(written: string, patterns = CJK_NAME_BEFORE_VERB): string | null {
  const text = toSimplifiedChars(written);
  const foreign = foreignSpeaker(text);
  if (foreign) return writtenAs(written, text, foreign);
  for (const re of patterns) {
    const name = re.exec(text)?.[1];
    if (!name || !isCjkSurname(name[0]) || CJK_PLACE_OR_BODY_END.test(name) || CJK_NOT_NAMES.test(name)) continue;
    // `主任王强说`: the three characters before the verb are a title's last and a two-character name.
    return writtenAs(written, text, name.length === 3 && CJK_TITLE_END.test(name) && isCjkSurname(name[1]) ? name.slice(1) : name);
  }
  return null;
}

// An unnamed official speaking for the body (`宁州市交通局相关负责人表示`), or where it spoke (`在声明中`).
const CJK_BODY_VOICE = '(?:相关负责人|负责人|新闻发言人|发言人)?';
// `该局表示`: `该` and a body's last character or word point back to the body named last that ends so.
const CJK_THAT_BODY = new RegExp(
  `该(局|部|厅|委|会|院|所|公司|集团|银行|机构|中心)${CJK_BODY_VOICE}${CJK_BETWEEN}${CJK_ADVERB}(?:${CJK_VERBS})`,
  'u',
);

/** A Chinese body the text names, right before a speech verb in `text` (the last such), or pointed back to by `该局`. */
function cjkBodySpeaker(written: string, find: SpeakerFinder): string | null {
  const text = toSimplifiedChars(written);
  const bodies = find.organisations.filter((o) => /\p{Script=Han}/u.test(o));
  let found: { body: string; at: number } | null = null;
  for (const body of bodies) {
    const re = new RegExp(`${escapeRegExp(toSimplifiedChars(body))}${CJK_BODY_VOICE}${CJK_BETWEEN}${CJK_ADVERB}(?:${CJK_VERBS})`, 'gu');
    for (const m of text.matchAll(re)) if (!found || m.index > found.at) found = { body, at: m.index };
  }
  if (found) return found.body;
  const kind = CJK_THAT_BODY.exec(text)?.[1];
  if (!kind) return null;
  const named = bodies.filter((o) => toSimplifiedChars(o).endsWith(kind) && written.includes(o));
  return named.sort((a, b) => written.lastIndexOf(b) - written.lastIndexOf(a))[0] ?? null;
}

const CJK_ANSWER_LABEL = /(?:^|\n)(\p{Script=Han}{2,3})[：:]/gu;
const CJK_VERB = new RegExp(`(?:${CJK_VERBS})`, 'gu');

/** The Chinese names a text has speak, quoted or reported (`局长严明章表示，…`), each once, in order. */
export function cjkSpeakingNames(written: string): string[] {
  const text = toSimplifiedChars(written);
  const names = new Set<string>();
  // `罗海平：最大的难题是资金。`: an interview names who answers at the head of the line.
  for (const m of text.matchAll(CJK_ANSWER_LABEL)) if (isCjkSurname(m[1]![0])) names.add(m[1]!);
  for (const sentence of text.split(/[。！？]/u)) {
    for (const m of sentence.matchAll(CJK_VERB)) {
      const end = m.index + m[0].length;
      const name = cjkSpeaker(sentence.slice(Math.max(0, end - 24), end), CJK_NAME_BEFORE_VERB_LAST);
      if (name) names.add(name);
    }
  }
  return [...names].map((name) => writtenAs(written, text, name));
}

// A person's title right before the name, in a report that names people without having them speak:
// `前锋罗志远头球破门`, `村民王建国家中`. The name takes its usual three characters, or two when a
// verb or a stop follows at once.
const CJK_PERSON_TITLE =
  /(?:前锋|后卫|中场|门将|队长|主教练|教练|球员|选手|医生|护士|教授|院长|校长|局长|市长|县长|镇长|村支书|书记|主任|总经理|经理|董事长|总裁|工程师|研究员|村民|居民|市民|游客|司机|店主|志愿者)(\p{Script=Han}{3})/gu;
const CJK_VERB_AT = new RegExp(`^(?:${CJK_VERBS})`, 'u');
const CJK_NOT_THIRD = /[说表称介指认强告坦透在是将于和与的了也都就还又被把向对从到为等]/u;

/** The Chinese names a text gives after a person's title. */
export function cjkTitledNames(written: string): string[] {
  const text = toSimplifiedChars(written);
  const names: string[] = [];
  for (const m of text.matchAll(CJK_PERSON_TITLE)) {
    const run = m[1]!;
    // A rarer family name counts where a title before and a speech verb after frame the name (`研究员单某某指出`).
    const framed = CJK_VERB_AT.test(text.slice(m.index + m[0].length));
    if (!(isCjkSurname(run[0]) || framed) || CJK_NOT_NAMES.test(run.slice(0, 2))) continue;
    const name = CJK_NOT_THIRD.test(run[2]!) ? run.slice(0, 2) : run;
    if (!CJK_PLACE_OR_BODY_END.test(name)) names.push(name);
  }
  return names.map((name) => writtenAs(written, text, name));
}

const PARAGRAPHS_BACK = 2;

/** The Chinese person named last before `at` in paragraph `para` or up to `back` before it: whom `他` or `她` means. */
const cjkNamesOfText = new WeakMap<readonly string[], string[]>();

/** The Chinese names the whole text gives a title or has speak somewhere. */
function cjkNamesIn(paragraphs: readonly string[]): string[] {
  let names = cjkNamesOfText.get(paragraphs);
  if (!names) {
    const text = paragraphs.join('\n');
    names = [...new Set([...cjkTitledNames(text), ...cjkSpeakingNames(text)])];
    cjkNamesOfText.set(paragraphs, names);
  }
  return names;
}

function cjkLastPerson(find: SpeakerFinder, at: number, para: number, back = 0): string | null {
  // A name the text gives elsewhere counts wherever it stands: `王某签了字。“…”他说`.
  const people = cjkNamesIn(find.paragraphs);
  for (let k = para; k >= Math.max(0, para - back); k--) {
    const text = k === para ? find.paragraphs[k]!.slice(0, at) : find.paragraphs[k]!;
    const listed = people.filter((p) => text.includes(p));
    const named = [...cjkTitledNames(text), ...cjkSpeakingNames(text), ...listed].map((p) => ({ p, at: text.lastIndexOf(p) }));
    if (named.length) return named.reduce((a, b) => (b.at > a.at ? b : a)).p;
  }
  return null;
}

const isVerb = (word: string) => SPEECH_VERBS.has(word.toLowerCase());
// `400 replies`, `the notes`, `their claims`: an English verb in -s after a number or a determiner is a plural noun.
const DETERMINER_BEFORE =
  /(?:\d|(?<!\p{L})(?:the|a|an|his|her|its|their|our|my|your|these|those|many|some|several|few|more|no|any|all|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands))\s+$/iu;
const pluralNoun = (text: string, w: { word: string; index: number }, language: string) =>
  language === 'en' && /s$/u.test(w.word) && DETERMINER_BEFORE.test(text.slice(Math.max(0, w.index - 20), w.index));
const postJoined = (q: QuoteAround) => POST_JOINER.test(q.post);
// `the arrangement had been agreed`, `he was told`: a verb in the passive has no speaker for its subject.
const PASSIVE_AUXILIARY_BEFORE = /(?<!\p{L})(?:been|being|be|was|were|is|are)\s+$/iu;
const passive = (text: string, w: { word: string; index: number }, language: string) =>
  language === 'en' && PASSIVE_AUXILIARY_BEFORE.test(text.slice(Math.max(0, w.index - 10), w.index));

// How many words a line that only credits the quotation before it may take after its verb: `Roe said.`,
// `said the company's chief executive, Jane Roe.`
const CREDIT_LINE_WORDS = 6;
const REPORT_AFTER_VERB = /^\s*(?:that|it|they|he|she|что|що|dass|que|qu['’])(?!\p{L})/iu;

/**
 * `"… rules." The company said it had offered …`: words closed by their own stop end their
 * sentence, and a new one that reports more with its verb credits nothing before it.
 */
function reportsAnew(q: QuoteAround, verb: { word: string; index: number }): boolean {
  if (!/[.!?…]$/u.test(q.span.text) || !/^\s*\p{Lu}/u.test(q.post)) return false;
  const rest = q.post.slice(verb.index + verb.word.length);
  return REPORT_AFTER_VERB.test(rest) || words(rest).length > CREDIT_LINE_WORDS;
}

/** `“…”李明说。`: a Chinese name and speech verb right after the quotation; `“…”他说。` for the person last named. */
export const cjkVerbAfter: Strategy = (q, find) => {
  const post = toSimplifiedChars(q.post);
  const head = post.slice(0, 40);
  if (CJK_PRONOUN_AFTER.test(head)) {
    return (
      cjkSpeaker(q.pre, CJK_NAME_BEFORE_VERB_LAST) ??
      cjkLastPerson(find, q.span.start, q.span.para) ??
      find.pronounAt({ para: q.span.para, at: q.span.start })
    );
  }
  // `表示：“…。”他介绍，工厂……`: after a finished sentence that a verb before credited, a verb that goes on
  // past a comma reports more, not this. With no such verb before, `“…。”林某坦言，…` credits it.
  const creditedBefore = CJK_VERB_BEFORE_MARK.test(toSimplifiedChars(q.pre));
  if (creditedBefore && /[。！？]$/u.test(q.span.text) && /^[^，,。]{0,12}[，,：:]/u.test(head) && !/^[^，,。]*说[，,]/u.test(head)) {
    return undefined;
  }
  if (!CJK_SPEECH.test(head.replace(/[，,。].*$/u, '')) && !/^[^，,。]{0,20}(?:说|表示|称)/u.test(post)) return undefined;
  return cjkSpeaker(q.post.slice(0, 40)) ?? cjkBodySpeaker(q.post.slice(0, 40), find);
};

/**
 * `“…,” Ward said` and `“…,” said Ward`; in French `», a déclaré Paul Durand` (only auxiliaries
 * before the verb, so the speaker follows it) and `», a-t-il déclaré`, `», explique-t-elle` (the
 * pronoun rides on the auxiliary or the verb).
 */
export const verbAfter: Strategy = (q, find) => {
  if (postJoined(q)) return undefined;
  const lead = words(q.post).slice(0, LEAD_WORDS);
  // `», explique-t-il`: the pronoun rides on the verb itself. `la hausse réclamée`: a participle
  // after a noun, with no auxiliary, describes the noun.
  const at = lead.findIndex(
    (w, k) =>
      (isVerb(w.word) || isVerb(w.word.replace(FRENCH_INVERTED_PRONOUN, ''))) &&
      !(FRENCH_AGREED_PARTICIPLE.test(w.word) && k > 0 && !FRENCH_AUXILIARY.test(lead[k - 1]!.word)),
  );
  if (at < 0) return undefined;
  const verb = lead[at]!;
  if (reportsAnew(q, verb)) return undefined;
  const { span } = q;
  // The pronoun gives the speaker's sex: `affirme-t-il` points back to the last man named.
  const riding = lead.slice(0, at + 1).find((w) => FRENCH_INVERTED_PRONOUN.test(w.word));
  if (riding) return find.pronounAt({ para: span.endPara, at: span.end }, FRENCH_INVERTED_PRONOUN.exec(riding.word)![1]!);
  // `… fortsetzen, sagte er`: German puts the verb before its subject after a clause and its comma.
  const germanInverted = find.language === 'de' && at > 0 && /,\s*$/u.test(q.post.slice(0, verb.index));
  const inverted =
    germanInverted || pointingVerb(q.post) !== undefined || lead.slice(0, at).every((w) => AUXILIARY.has(w.word.toLowerCase()));
  return inverted
    ? find.subjectAfter(span.endPara, span.end + verb.index + verb.word.length)
    : find.subjectBefore(span.endPara, span.end, span.end + verb.index, verb.word);
};

/** `李明说：“…”`, `李明告诉记者：“…”`, and `他说：“…”` for the person last named. */
export const cjkVerbBefore: Strategy = (q, find) => {
  // The pronoun points back to the last person the paragraph has speak or think (`赵立新认为…。他说：`),
  // whether the verb comes right before the quotation or opens its sentence (`她指出，…，“…”`).
  const pre = toSimplifiedChars(q.pre);
  const pronoun = CJK_PRONOUN_VERB.exec(pre) ?? CJK_PRONOUN_OPENS.exec(pre);
  if (pronoun) {
    const site = { para: q.span.para, at: q.span.start };
    return (
      cjkSpeaker(q.pre.slice(0, pronoun.index), CJK_NAME_BEFORE_VERB_LAST) ??
      cjkLastPerson(find, q.preFrom + pronoun.index, q.span.para) ??
      find.pronounAt(site) ??
      cjkLastPerson(find, q.preFrom + pronoun.index, q.span.para, PARAGRAPHS_BACK)
    );
  }
  if (!CJK_VERB_BEFORE_MARK.test(pre)) return undefined;
  return cjkSpeaker(q.pre.slice(-24)) ?? cjkBodySpeaker(q.pre, find) ?? cjkSentenceSubject(q.pre, find) ?? undefined;
};

/**
 * `应海生拎起一只梭子蟹笑着说：`, `走进车间，林振华指着储能柜说：`: the name that opens the sentence,
 * or a clause of it, whose verb credits the quotation, what the person does in between. The name
 * must recur in the text, as a name does and the first characters of a common word seldom do.
 */
function cjkSentenceSubject(pre: string, find: SpeakerFinder): string | null {
  const sentence = pre.split(/[。！？]/u).pop() ?? '';
  const clauses = sentence.split(/[，,]/u);
  for (let k = clauses.length - 1; k >= 0; k--) {
    const name = cjkNameOpening(clauses[k]!, find);
    if (name) return name;
  }
  return null;
}

/** The name a Chinese clause opens on, when the text gives it again; else null. */
function cjkNameOpening(written: string, find: SpeakerFinder): string | null {
  const clause = toSimplifiedChars(written);
  const run = /^\s*(\p{Script=Han}{3})/u.exec(clause)?.[1];
  if (!run || !isCjkSurname(run[0]) || CJK_NOT_NAMES.test(run.slice(0, 2))) return null;
  const simplified = CJK_NOT_THIRD.test(run[2]!) ? run.slice(0, 2) : run;
  if (CJK_PLACE_OR_BODY_END.test(simplified)) return null;
  const name = writtenAs(written, clause, simplified);
  return find.paragraphs.join('\n').split(name).length > 2 ? name : null;
}

/** `За її словами, «…»`, `Selon lui, X a « … »`: the words of the one the pronoun points back to. */
export const pronounSourceBefore: Strategy = (q, find) => {
  const sex = pronounSourceIn(q.pre);
  return sex ? find.pronounAt({ para: q.span.para, at: q.preFrom }, sex === 'male' ? 'he' : 'she') : undefined;
};

/** `according to X`, `selon X`, `laut X`, `по словам X`, `за словами X`, `Pour X,`, with the quote after. */
export const sourcePhraseBefore: Strategy = (q, find) => {
  const source = [...q.pre.matchAll(SOURCE_PHRASES)].pop() ?? FRENCH_VIEW_OPENER.exec(q.pre);
  return source ? find.subjectAfter(q.span.para, q.preFrom + source.index + source[0].length) : undefined;
};

/** `« … », selon le parquet`, `“…,” according to the ministry`: the source phrase right after the quotation. */
export const sourcePhraseAfter: Strategy = (q, find) => {
  const source = new RegExp(`^[\\s,—–-]*(?:${SOURCE_PHRASES.source})`, 'iu').exec(q.post);
  return source ? find.subjectAfter(q.span.endPara, q.span.end + source[0].length) : undefined;
};

/** `Brazil’s repeated references to “…”`: the words belong to whoever owns the speech noun. */
export const possessiveSpeechNoun: Strategy = (q, find) => {
  const owner = find.inPara(q.span.para).find(
    (m) =>
      m.possessive &&
      m.start >= q.preFrom &&
      m.end <= q.span.start &&
      words(m.after)
        .slice(0, 3)
        .some((w) => SPEECH_NOUNS.has(w.word)),
  );
  return owner ? find.speakerOfMention(owner) : undefined;
};

/**
 * The verb before the quotation: `Ward said: “…”`, `Ward said that “…”`, or inverted
 * `said Ward: “…”`, and the dash or colon of Russian, Ukrainian and French (`заявило: «…»`).
 */
const ROLE_BEFORE_NAME =
  /^\s+(?:(?!(?:in|on|at|to|for|with|by|from|of|в|на|с|к|по|у|з|із|до|für|mit|bei|von|zu|à|au|en|dans|pour|avec|de|du|des)\s)\p{Ll}[\p{L}-]*\s+){1,4}\p{Lu}/u;

export const verbBefore: Strategy = (q, find) => {
  const preWords = words(q.pre);
  const at = preWords
    .map((w) => isVerb(w.word) && !pluralNoun(q.pre, w, find.language) && !passive(q.pre, w, find.language))
    .lastIndexOf(true);
  if (at < 0) return undefined;
  const verb = preWords[at]!;
  const text = find.paragraphs[q.span.para]!;
  const afterVerb = text.slice(q.preFrom + verb.index + verb.word.length, q.span.start);
  // `Как отмечает старший инженер Анна Петрова, «…»`: after a one-word opener, a role in lower case may come before the name.
  // German capitalises the role, so there lower-case words before a capital are an article and its noun (`wies die Kritik zurück`).
  const roleFirst = at <= 1 && find.language !== 'de' && ROLE_BEFORE_NAME.test(afterVerb);
  // `…, said engineer Tilo Roe. “…”`: a verb after a clause and its comma has its subject after it, and
  // the credit may close the sentence before the quotation. German does so with any subject
  // (`…, teilte der Verband mit, …`), not with a preposition (`sprach von einem „…“`).
  const afterComma = /,\s*$/u.test(q.pre.slice(0, verb.index));
  const germanInverted = find.language === 'de' && afterComma && /^\s+(?:der|die|das|ein|eine|er|sie|man|\p{Lu})/u.test(afterVerb);
  const capitalNext = /^\s+\p{Lu}/u.test(afterVerb) || roleFirst;
  // `про це прямо каже дитяча лікарка з Холодної Гори Наталія Роенко: «…»`: a person named right before
  // the colon, after the verb, is its subject however the words between begin.
  const colonAt = q.preFrom + q.pre.search(/:\s*$/u);
  const namedAtColon = /:\s*$/u.test(afterVerb)
    ? find.inPara(q.span.para).find(
        (m) =>
          m.start > q.preFrom + verb.index &&
          m.end >= colonAt - 1 &&
          m.end <= colonAt &&
          find.namesPerson(m) &&
          // `сказала мне после концерта в Нижнем Лесном:`: a name after a preposition says where, not who.
          !PREPOSITION_AT_END.test(m.before),
      )
    : undefined;
  if (namedAtColon && !/\bthat\b/u.test(afterVerb)) return find.speakerOfMention(namedAtColon);
  const inverted =
    ((capitalNext && (/[:,]\s*$/u.test(afterVerb) || (afterComma && /[.!?]\s*$/u.test(afterVerb)))) || germanInverted) &&
    !/\bthat\b/u.test(afterVerb);
  const verbEnd = q.preFrom + verb.index + verb.word.length;
  if (inverted) return find.subjectAfter(q.span.para, verbEnd);
  // Russian and Ukrainian name no one new by a bare noun before the verb (`Синоптик предупредила`): it describes someone named.
  const describes = find.language === 'ru' || find.language === 'uk';
  const subject = find.subjectBefore(q.span.para, q.preFrom, q.preFrom + verb.index, describes ? verb.word : undefined);
  // `Im Gespräch sagte Roe, sie habe …`: a person follows the verb at once, and nothing before it
  // speaks; in German, whose verb comes second, nobody before it does.
  const personNext = find.inPara(q.span.para).some((m) => m.start > verbEnd && m.start <= verbEnd + 2 && find.namesPerson(m));
  const kind = subject == null ? null : find.entities.kindOf(subject);
  if (personNext && (subject == null || (find.language === 'de' && kind !== 'person'))) return find.subjectAfter(q.span.para, verbEnd);
  // `Ihre Bilder nennt sie „…“`: a German pronoun after the verb is its subject when no one before the verb can be.
  const pronoun = /^\s+(er|sie)(?!\p{L})/u.exec(text.slice(verbEnd))?.[1];
  return pronoun && find.language === 'de' && kind === null ? find.pronounAt({ para: q.span.para, at: verbEnd }, pronoun) : subject;
};

// What may stand between a speech phrase and the quotation: its colon or comma, after the
// speaker's name where the phrase comes first (`как выразилась Анна Петрова:`).
const PHRASE_TO_MARK = /^(\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?\s*[:,]\s*$/u;

/**
 * `As Jane Roe put it: “…”`: speech said in a phrase rather than a verb, right before the colon.
 * The quotation is credited whether or not a name goes with the phrase (`as the planner put it`).
 */
export const phraseBefore: Strategy = (q, find) => {
  const phrase = [...q.pre.matchAll(SPEECH_PHRASES)].pop();
  const end = phrase ? phrase.index + phrase[0].length : 0;
  const rest = phrase ? PHRASE_TO_MARK.exec(q.pre.slice(end)) : null;
  if (!phrase || !rest) return undefined;
  const speaker = rest[1]
    ? find.subjectAfter(q.span.para, q.preFrom + end)
    : find.subjectBefore(q.span.para, q.preFrom, q.preFrom + phrase.index);
  return speaker ?? null;
};

/** `“…” The remark, Ward later said, …`: a speech verb further on in the same sentence. */
export const verbLaterInSentence: Strategy = (q, find) => {
  if (postJoined(q)) return undefined;
  const postWords = words(q.post);
  const at = postWords.findIndex((w) => isVerb(w.word) && !pluralNoun(q.post, w, find.language));
  if (at < 0 || reportsAnew(q, postWords[at]!)) return undefined;
  const verb = postWords[at]!;
  // `… habe „…“, ob …, teilte sie mit`: after a clause and its comma German puts the subject after the verb.
  if (find.language === 'de' && /,\s*$/u.test(q.post.slice(0, verb.index))) {
    return find.subjectAfter(q.span.endPara, q.span.end + verb.index + verb.word.length);
  }
  return find.subjectBefore(q.span.endPara, q.span.end, q.span.end + verb.index);
};

const COLON_PRONOUN = /^(?:he|she|er|il|elle|он|она|він|вона)$/iu;
const COLON_PRONOUN_REACH = 6;
const POSSESSIVE_OPENING = /^\s*(его|её|ее|його|її|his|her|sein|seine|ihr|ihre)\s+\p{L}/iu;
const FEMININE_POSSESSIVE = /^(?:её|ее|її|her|ihr|ihre)$/u;
const POSSESSIVE_SENTENCE_WORDS = 5;

// What may open a sentence before its subject: an article, a title or a role (`Mayor`, `Die Intendantin`).
const SUBJECT_LEAD = /^\s*(?:\p{L}[\p{L}.-]*\s+){0,3}$/u;
// A role with what it is of before the subject: some more words, and no clause break among them but
// the comma that sets the name off (`Sa directrice, Anne Roe, reste calme :`).
const ROLE_LEAD = /^\s*(?:[\p{L}’'-]+\s+){0,6}[\p{L}’'-]+,?\s+$/u;
// The role that opens the sentence, after an article or a possessive.
const ROLE_FIRST = /^\s*(?:(?:the|le|la|der|die|son|sa|his|her|its|sein|seine|ihr|ihre)\s+|l['’])?(\p{L}+)/iu;

/**
 * `Mayor Ann Lee defended the plan: “…”`, `Intendantin X verteidigte die Länge: »…«`: a sentence
 * that opens on a person or a body and ends on a colon introduces their words, whatever its verb.
 */
export const subjectBeforeColon: Strategy = (q, find) => {
  if (!/:\s*$/u.test(q.pre)) return undefined;
  // `Её позиция короткая: «…»`, `His answer was short:`: a short sentence on someone's view or words,
  // owned by a possessive, introduces that person's words.
  const owner = POSSESSIVE_OPENING.exec(q.pre)?.[1]?.toLowerCase();
  const namesSomeone = find.inPara(q.span.para).some((m) => m.start >= q.preFrom && m.end <= q.span.start && find.namesPerson(m));
  if (owner && !namesSomeone && words(q.pre).length <= POSSESSIVE_SENTENCE_WORDS) {
    return find.pronounAt({ para: q.span.para, at: q.preFrom }, FEMININE_POSSESSIVE.test(owner) ? 'she' : 'he');
  }
  const text = find.paragraphs[q.span.para]!;
  const inSentence = find.inPara(q.span.para).filter((m) => m.start >= q.preFrom && m.end <= q.span.start);
  const subject = inSentence[0];
  const speaks = subject && (find.namesPerson(subject) || find.entities.kindOf(subject.name) === 'org');
  if (speaks && SUBJECT_LEAD.test(text.slice(q.preFrom, subject.start))) return find.speakerOfMention(subject);
  // `Голова обласної адміністрації Андрій Мигович звернувся до мешканців:`: a role and what it is of, then the person.
  const person = inSentence.find((m) => find.namesPerson(m));
  const lead = person ? text.slice(q.preFrom, person.start) : '';
  const role = ROLE_FIRST.exec(lead)?.[1]?.toLowerCase() ?? '';
  if (person && isRoleNoun(role) && ROLE_LEAD.test(lead)) return find.speakerOfMention(person);
  // `Сусідка Ганна Роенко вийшла на ґанок і всміхнулася:`: a short description, then the person.
  if (person && find.opensClause(person, lead)) return find.speakerOfMention(person);
  // `Am letzten Tag ergriff er selbst das Wort:`, `Then she turned to the crowd:`: a pronoun as the subject.
  const pronoun = words(q.pre)
    .slice(0, COLON_PRONOUN_REACH)
    .find((w) => COLON_PRONOUN.test(w.word));
  return pronoun && !person ? find.pronounAt({ para: q.span.para, at: q.preFrom }, pronoun.word) : undefined;
};

/**
 * `«…». Об этом сообщил мэр Иван Петров`, `„…“ Das sagte Ute Roe`: the next sentence, in the
 * paragraph or opening the next one, points back to the quotation and names who said it after its verb.
 */
export const pointerSentenceAfter: Strategy = (q, find) => {
  // The quotation is the whole sentence: in `банка «Северный кредит». Об этом …` the pointer is to the sentence.
  if (/\p{L}/u.test(q.post) || /\p{L}/u.test(q.pre)) return undefined;
  const { span } = q;
  let para = span.endPara;
  let from = span.end + q.post.length;
  if (!find.paragraphs[para]!.slice(from).trim()) {
    para += 1;
    from = 0;
  }
  const text = find.paragraphs[para];
  if (text === undefined) return undefined;
  const sentence = text.slice(from, sentenceEnd(text, from));
  const verb = pointingVerb(sentence);
  return verb ? find.subjectAfter(para, from + verb.index + verb.word.length) : undefined;
};

/** `市民刘晓梅说，过去……。“现在……”`: Chinese credits the speaker in the sentence before the quote. */
export const cjkSentenceBefore: Strategy = (q, find) =>
  /\p{Script=Han}/u.test(q.pre) ? (cjkSpeaker(q.pre, CJK_NAME_BEFORE_VERB_LAST) ?? cjkBodySpeaker(q.pre, find) ?? undefined) : undefined;

/** The patterns in the order they are tried: the closest and most explicit first. */
export const STRATEGIES: readonly Strategy[] = [
  cjkVerbAfter,
  verbAfter,
  sourcePhraseAfter,
  cjkVerbBefore,
  pronounSourceBefore,
  sourcePhraseBefore,
  possessiveSpeechNoun,
  phraseBefore,
  verbBefore,
  verbLaterInSentence,
  subjectBeforeColon,
  cjkSentenceBefore,
  pointerSentenceAfter,
];
