import type { EntityIndex } from './entities.js';
import { ORG_NOUNS, ROLE_NOUNS } from './lexicon/entity-words.js';
import { CJK_SPEECH, CJK_SURNAMES, SOURCE_PHRASES, SPEECH_NOUNS, SPEECH_VERBS } from './lexicon/speech.js';
import type { Mention } from './mentions.js';
import type { QuoteSpan } from './quote-spans.js';
import { before, lastBefore, sentenceEnd, sentenceStart, WINDOW, words, type Site } from './text-window.js';

/** Who a quotation is credited to, and whether the text credits it at all. */
export interface Attribution {
  speaker: string | null;
  /** False when nothing in the text credits the words (a coined term, a name in quotes). */
  credited: boolean;
}

const CJK_NAME_BEFORE_VERB = [3, 2].map(
  (len) => new RegExp(`(\\p{Script=Han}{${len}})(?:说|表示|称|介绍|指出|认为|强调|告诉|坦言|透露|说道)`, 'u'),
);

/** A Chinese name right before a speech verb, starting with a family name: `工程师李明说`. */
function cjkSpeaker(text: string): string | null {
  for (const re of CJK_NAME_BEFORE_VERB) {
    const m = re.exec(text);
    if (m && CJK_SURNAMES.includes(m[1]![0]!)) return m[1]!;
  }
  return null;
}

const PRONOUN = /^(?:he|she|him|her|er|sie|он|она|він|вона|il|elle)$/iu;
const GROUP = /^(?:they|them|we|both|wir|они|вони|ils|elles|sie beide)$/iu;
const INDEFINITE = /^(?:a|an|one|some|several|another|other|many|two|three|four|local|ein|eine|einer|un|une|один|одна|одного)\s/iu;
const AUX = /(?:\s+(?:has|have|had|was|is|were|are|would|will|also|then|later|had been|has been|once|again|later|repeatedly))+\s*$/iu;
const TRAILING_CLAUSE =
  /,\s*(?:who|which|whose|a|an|the|in turn|however|meanwhile|too|for (?:his|her|its|their) part|\d{1,3})\b[^,]*,?\s*$/iu;
const ANONYMOUS = new RegExp(`(?<![\\p{L}])(?:a|an|one)\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:${[...ROLE_NOUNS].join('|')})(?![\\p{L}])`, 'gu');
// Words after a closing mark that carry the sentence on rather than attribute the quotation.
const POST_JOINER = /^[\s,]*(?:and|but|or|to|that|in|on|into|from|with|as|for|than|of|at|by|und|et|и|і|та)\s/iu;
const SPOKESPERSON =
  /(?:spokes(?:man|woman|person)|representative|sprecher(?:in)?|представител\p{L}*|пресс-служб\p{L}*|porte-parole)\s+(?:for|of|at|from|des|der|von|de la|du|de)\s/iu;
const FRENCH_INVERTED_PRONOUN = /-(?:t-)?(?:il|elle)$/iu;
const AUXILIARY = new Set(['a', 'ont', 'avait', 'hat', 'habe', 'has', 'had', 'have', 'ha', 'han']);
const RELATIVE_BEFORE = /(?:that|which|who|whom|by|of|to|with|from|for|and|or|than|at|in|on)\s+$/iu;

export function attributeQuotes(
  paragraphs: readonly string[],
  spans: readonly QuoteSpan[],
  mentions: readonly Mention[],
  entities: EntityIndex,
  language: string,
): Attribution[] {
  const results: Attribution[] = [];
  const spoke: { site: Site; speaker: string }[] = [];
  const anonymous: Site[] = [];
  // `a senior official`, `one farmer`: English articles and nouns, so only English text is searched.
  if (language === 'en') {
    paragraphs.forEach((text, para) => {
      for (const m of text.matchAll(ANONYMOUS)) anonymous.push({ para, at: m.index });
    });
  }

  const speakerOfMention = (m: Mention): string | null => {
    const kind = entities.kindOf(m.name);
    if (kind === 'person' || (kind === null && m.tokens.length >= 2)) return entities.person(m.name) ?? m.name;
    if (kind === 'org' || kind === 'place') return m.name;
    return entities.person(m.name) ?? m.name;
  };

  const byPara = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = byPara.get(m.para) ?? [];
    list.push(m);
    byPara.set(m.para, list);
  }
  const inPara = (para: number) => byPara.get(para) ?? [];
  const orgMentions = mentions.filter((m) => entities.kindOf(m.name) === 'org');
  const mentionsIn = (para: number, from: number, to: number) => inPara(para).filter((m) => m.start >= from && m.end <= to + 2);

  // Everyone a pronoun may point back to, in reading order: salient people and unnamed parties.
  const antecedents: { site: Site; speaker: string | null }[] = [];
  for (const m of mentions) {
    const kind = entities.kindOf(m.name);
    // He or she is a person: an unclassified full name (`Ruth Ambani has worked …`) will do.
    const unclassifiedName = kind === null && m.tokens.length >= 2 && m.tokens.length <= 3 && (m.sentenceStart || m.titled);
    if (m.para < 0 || !(kind === 'person' || unclassifiedName)) continue;
    const salient =
      m.sentenceStart ||
      m.titled ||
      SPEECH_VERBS.has(/^\W*([\p{L}]+)/u.exec(m.after)?.[1] ?? '') ||
      SPEECH_VERBS.has(/([\p{L}]+)\W*$/u.exec(m.before.slice(-30))?.[1] ?? '') ||
      (/^\s+\p{Ll}/u.test(m.after) && !RELATIVE_BEFORE.test(m.before.slice(-20)));
    if (salient) antecedents.push({ site: { para: m.para, at: m.start }, speaker: entities.person(m.name) ?? m.name });
  }
  for (const a of anonymous) antecedents.push({ site: a, speaker: null });
  antecedents.sort((x, y) => (before(x.site, y.site) ? -1 : before(y.site, x.site) ? 1 : 0));

  // Failing a salient one, any earlier full name that is not a place or an organisation will do.
  const namesInOrder = mentions
    .filter((m) => m.para >= 0 && m.tokens.length >= 2 && m.tokens.length <= 3 && (entities.kindOf(m.name) ?? 'person') === 'person')
    .map((m) => ({ site: { para: m.para, at: m.start }, speaker: entities.person(m.name) ?? m.name }));

  /** The person a pronoun at `site` most likely means: the latest salient person, anonymous party or speaker. */
  const pronounAt = (site: Site): string | null => {
    const candidates = [lastBefore(antecedents, site), lastBefore(spoke, site)].filter((c) => c !== null);
    candidates.sort((x, y) => (before(x.site, y.site) ? 1 : -1));
    return candidates.length ? candidates[0]!.speaker : (lastBefore(namesInOrder, site)?.speaker ?? null);
  };

  /** The speaker named by the words just before a verb, `Ian Ward, who chairs …, said`. */
  const subjectBefore = (para: number, from: number, verbAt: number): string | null | undefined => {
    const text = paragraphs[para]!;
    let region = text.slice(from, verbAt);
    for (let k = 0; k < 3; k++)
      region = region
        .replace(AUX, '')
        .replace(TRAILING_CLAUSE, '')
        .replace(/[\s,]+$/u, '');
    const end = from + region.length;
    const forOrg = spokespersonFor(para, from, end);
    if (forOrg) return forOrg;
    const regionWords = words(region);
    const cut = Math.max(
      regionWords.map((w) => SPEECH_VERBS.has(w.word.toLowerCase()) || /^(?:that|dass|что|що|que)$/iu.test(w.word)).lastIndexOf(true),
      regionWords.findLastIndex((w) => /[,;:]/u.test(region.slice(0, w.index).slice(-3))) - 1,
    );
    const tail = regionWords.slice(Math.max(cut + 1, regionWords.length - 4)).map((w) => w.word);
    const last = tail[tail.length - 1] ?? '';
    if (PRONOUN.test(last)) return pronounAt({ para, at: verbAt });
    if (GROUP.test(last) || (/\b(?:both|and)\b/iu.test(tail.slice(-3).join(' ')) && !mentionsIn(para, from, end).length)) return null;
    const near = mentionsIn(para, from, end).filter((m) => m.end >= end - 2);
    const named = near[near.length - 1];
    if (named) {
      const andBefore = /\band\s+$/u.test(text.slice(Math.max(0, named.start - 5), named.start));
      return andBefore ? null : speakerOfMention(named);
    }
    // A participle clause may separate the subject from its verb: `Учительница Вера Соколова, пришедшая …, призналась`.
    const opening = mentionsIn(para, from, end).find((m) => m.start - from <= 20 && (m.titled || m.sentenceStart) && m.tokens.length >= 2);
    if (opening && !tail.length) return speakerOfMention(opening);
    const phrase = nounPhrase(tail.join(' '), { para, at: verbAt });
    const unnamed = INDEFINITE.test(tail.join(' ') + ' ') || GROUP.test(tail[0] ?? '');
    return opening && (phrase === undefined || (phrase === null && !unnamed)) ? speakerOfMention(opening) : phrase;
  };

  /** `a spokesperson for the X`: unnamed, but speaking for an organisation, which is then the speaker. */
  const spokespersonFor = (para: number, from: number, to: number): string | null => {
    const region = paragraphs[para]!.slice(from, to);
    const m = SPOKESPERSON.exec(region);
    if (!m) return null;
    const org = mentionsIn(para, from + m.index, to).find((x) => entities.kindOf(x.name) !== 'person');
    return org ? org.name : null;
  };

  /** The speaker named just after a verb, `said farmer Ewan Grant, 54, …`. */
  const subjectAfter = (para: number, verbEnd: number): string | null | undefined => {
    const text = paragraphs[para]!;
    const stop = text.slice(verbEnd, verbEnd + WINDOW).search(/[,.;:!?。]/u);
    const to = stop < 0 ? Math.min(text.length, verbEnd + WINDOW) : verbEnd + stop;
    const region = text.slice(verbEnd, to);
    const first = words(region)[0]?.word ?? '';
    if (PRONOUN.test(first)) return pronounAt({ para, at: verbEnd });
    const forOrg = spokespersonFor(para, verbEnd, Math.min(text.length, verbEnd + 120));
    if (forOrg) return forOrg;
    if (GROUP.test(first) || INDEFINITE.test(region.trim() + ' ')) return null;
    const inRegion = mentionsIn(para, verbEnd, to);
    const named = inRegion.find((m) => m.tokens.length >= 2 || entities.kindOf(m.name) !== null) ?? inRegion[0];
    if (named) return speakerOfMention(named);
    return nounPhrase(region, { para, at: verbEnd });
  };

  /** An unnamed or organisational subject: `one resident`, `the ministry`, `the ministry's press office`. */
  const nounPhrase = (phrase: string, site: Site): string | null | undefined => {
    const p = phrase.trim().toLowerCase();
    if (!p) return undefined;
    if (INDEFINITE.test(p + ' ')) return null;
    const nouns = p.split(/[\s'’]+/u);
    if (nouns.some((n) => ORG_NOUNS.has(n) || n === 'service' || n === 'statement')) {
      const orgs = orgMentions.filter((m) => before({ para: m.para, at: m.start }, site));
      const namedNoun = orgs.filter((m) => nouns.some((n) => n.length > 3 && m.name.toLowerCase().includes(n)));
      const speaking = orgs.filter((m) => SPEECH_VERBS.has(/^\W*([\p{L}]+)/u.exec(m.after)?.[1] ?? ''));
      const pick = namedNoun[namedNoun.length - 1] ?? speaking[speaking.length - 1] ?? orgs[orgs.length - 1];
      return pick ? pick.name : null;
    }
    if (/^(?:the\s+)?[\p{Ll}\s-]+$/u.test(p)) return null;
    return undefined;
  };

  spans.forEach((span, k) => {
    const text = paragraphs[span.para]!;
    const endText = paragraphs[span.endPara]!;
    const prev = spans[k - 1];
    const next = spans[k + 1];
    const preFrom = Math.max(sentenceStart(text, span.start), prev && prev.endPara === span.para ? prev.end : 0);
    const pre = text.slice(preFrom, span.start);
    const postTo = Math.min(sentenceEnd(endText, span.end), next && next.para === span.endPara ? next.start : endText.length);
    const post = endText.slice(span.end, postTo);
    let speaker: string | null | undefined;
    let credited = true;

    const postWords = words(post);
    const lead = postWords.slice(0, 8);
    const joined = POST_JOINER.test(post);
    const verbAfter = joined ? -1 : lead.findIndex((w) => SPEECH_VERBS.has(w.word.toLowerCase()));
    if (CJK_SPEECH.test(post.slice(0, 40).replace(/[，,。].*$/u, '')) || /^[^，,。]{0,20}(?:说|表示|称)/u.test(post)) {
      speaker = cjkSpeaker(post.slice(0, 40));
    }
    if (speaker === undefined && verbAfter >= 0) {
      const verb = lead[verbAfter]!;
      // `», a déclaré Paul Durand`: only auxiliaries before the verb, so the speaker follows it;
      // `», a-t-il déclaré`: the auxiliary carries the pronoun.
      const inverted = lead.slice(0, verbAfter).every((w) => AUXILIARY.has(w.word.toLowerCase()));
      const pronounInside = lead.slice(0, verbAfter).some((w) => FRENCH_INVERTED_PRONOUN.test(w.word));
      if (pronounInside) speaker = pronounAt({ para: span.endPara, at: span.end });
      else
        speaker = inverted
          ? subjectAfter(span.endPara, span.end + verb.index + verb.word.length)
          : subjectBefore(span.endPara, span.end, span.end + verb.index);
    }
    if (speaker === undefined) {
      const cjk = /(?:说|表示|称|介绍|指出|认为|强调|坦言)[：:，,]?\s*$/u.test(pre) ? cjkSpeaker(pre.slice(-20)) : null;
      if (cjk) speaker = cjk;
    }
    if (speaker === undefined) {
      const source = [...pre.matchAll(SOURCE_PHRASES)].pop();
      const preWords = words(pre);
      const verbIdx = preWords.map((w) => SPEECH_VERBS.has(w.word.toLowerCase())).lastIndexOf(true);
      const owner = inPara(span.para).find(
        (m) =>
          m.possessive &&
          m.start >= preFrom &&
          m.end <= span.start &&
          words(m.after)
            .slice(0, 3)
            .some((w) => SPEECH_NOUNS.has(w.word)),
      );
      if (source) speaker = subjectAfter(span.para, preFrom + source.index + source[0].length);
      else if (owner) speaker = speakerOfMention(owner);
      else if (verbIdx >= 0) {
        const verb = preWords[verbIdx]!;
        const afterVerb = text.slice(preFrom + verb.index + verb.word.length, span.start);
        const inverted = /^\s+\p{Lu}/u.test(afterVerb) && /[:,]\s*$/u.test(afterVerb) && !/\bthat\b/u.test(afterVerb);
        speaker = inverted
          ? subjectAfter(span.para, preFrom + verb.index + verb.word.length)
          : subjectBefore(span.para, preFrom, preFrom + verb.index);
      }
    }
    if (speaker === undefined && verbAfter < 0 && !joined && postWords.length) {
      const anyVerb = postWords.findIndex((w) => SPEECH_VERBS.has(w.word.toLowerCase()));
      if (anyVerb >= 0) speaker = subjectBefore(span.endPara, span.end, span.end + postWords[anyVerb]!.index);
    }
    if (speaker === undefined) {
      const inherit =
        prev && (prev.endPara === span.para || (prev.endPara === span.para - 1 && span.start === 0)) ? results[k - 1] : undefined;
      if (inherit) {
        speaker = inherit.speaker;
        credited = inherit.credited;
      } else {
        const lead = inPara(span.para).filter((m) => m.end <= span.start && entities.kindOf(m.name) === 'person' && m.sentenceStart);
        speaker = lead.length ? entities.person(lead[lead.length - 1]!.name) : null;
        credited = lead.length > 0;
      }
    }
    if (speaker) spoke.push({ site: { para: span.para, at: span.start }, speaker });
    results.push({ speaker: speaker ?? null, credited });
  });
  return results;
}
