import { cjkSpeakingNames, STRATEGIES, type QuoteAround } from './attribution-strategies.js';
import type { EntityIndex } from './entities.js';
import type { Mention } from './mentions.js';
import type { QuoteSpan } from './quote-spans.js';
import { createSpeakerFinder, type SpeakerFinder } from './speaker-finder.js';
import { SPEECH_VERBS } from './lexicon/speech.js';
import { sentenceEnd, sentenceStart, words } from './text-window.js';

/** Who a quotation is credited to, and whether the text credits it at all. */
export interface Attribution {
  speaker: string | null;
  /** False when nothing in the text credits the words (a coined term, a name in quotes). */
  credited: boolean;
}

/** The quotation with its own sentence around it, cut at the quotations on either side. */
function around(paragraphs: readonly string[], spans: readonly QuoteSpan[], k: number): QuoteAround {
  const span = spans[k]!;
  const text = paragraphs[span.para]!;
  const endText = paragraphs[span.endPara]!;
  const prev = spans[k - 1];
  const next = spans[k + 1];
  const preFrom = Math.max(sentenceStart(text, span.start), prev && prev.endPara === span.para ? prev.end : 0);
  const postTo = Math.min(sentenceEnd(endText, span.end), next && next.para === span.endPara ? next.start : endText.length);
  return { span, pre: text.slice(preFrom, span.start), preFrom, post: endText.slice(span.end, postTo) };
}

/**
 * `Sie habe zu spät umgeparkt, erzählt sie. „Mein eigener Fehler.“`: the sentence before, with no
 * quotation of its own, credits what it reported to someone, and the quotation after it goes on in
 * their words. Undefined when that sentence has no speech verb.
 */
function creditedSentenceBefore(span: QuoteSpan, find: SpeakerFinder): string | null | undefined {
  const text = find.paragraphs[span.para]!;
  // Up to the opening mark itself, so that a quotation opening its sentence is not read into the one before.
  const own = sentenceStart(text, span.start + 1);
  if (own === 0) return undefined;
  const from = sentenceStart(text, own - 1);
  const sentence = text.slice(from, own);
  if (QUOTE_MARK.test(sentence)) return undefined;
  const verb = words(sentence).findLast((w) => SPEECH_VERBS.has(w.word.toLowerCase()));
  if (!verb) return undefined;
  const verbAt = from + verb.index;
  const verbEnd = verbAt + verb.word.length;
  // `…, sagte Landesgeschäftsführer Tilo Roe.`: after a clause and its comma the subject follows the verb.
  const inverted = /,\s*$/u.test(text.slice(from, verbAt)) || /^\s+\p{Lu}/u.test(text.slice(verbEnd));
  const first = inverted ? find.subjectAfter(span.para, verbEnd) : find.subjectBefore(span.para, from, verbAt);
  return first ?? (inverted ? find.subjectBefore(span.para, from, verbAt) : find.subjectAfter(span.para, verbEnd)) ?? undefined;
}

const QUOTE_MARK = /[«»“”„"]/u;
// `林某：…`, `Roe: …`: an interview names who answers at the head of the paragraph.
const ANSWER_LABEL = /^\s*(\p{Script=Han}{2,4}|\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})\s*[：:]/u;

/**
 * The person an interview's answer is labelled with, when the label names one the text knows;
 * `cjkSpeakers` gives the Chinese names the whole text has speak, read once for all its quotations.
 */
function answerLabel(text: string, find: SpeakerFinder, cjkSpeakers: () => readonly string[]): string | null {
  const label = ANSWER_LABEL.exec(text)?.[1];
  if (!label) return null;
  if (/\p{Script=Han}/u.test(label)) return cjkSpeakers().includes(label) ? label : null;
  return find.entities.kindOf(label) === 'person' ? (find.entities.person(label) ?? label) : null;
}
// `Firmenchef Uwe Roe zeigte sich überrascht.`: a name after a title or a role of a word or two opens its sentence.
const TITLED_OPENING = /(?:^|[.!?]\s+)(?:\S+\s+){0,2}$/u;
const titledOpening = (m: Mention, text: string) => m.titled && TITLED_OPENING.test(text.slice(0, m.start));

/**
 * No pattern credits the words: a quotation that goes on from the one before (the same paragraph,
 * or the paragraph right after) keeps its speaker; then the one the sentence before credits;
 * otherwise the person who opens the paragraph.
 */
function carriedOver(
  spans: readonly QuoteSpan[],
  k: number,
  earlier: readonly Attribution[],
  find: SpeakerFinder,
  cjkSpeakers: () => readonly string[],
): Attribution {
  const span = spans[k]!;
  const prev = spans[k - 1];
  if (prev && (prev.endPara === span.para || (prev.endPara === span.para - 1 && span.start === 0))) return earlier[k - 1]!;
  const credited = creditedSentenceBefore(span, find);
  if (credited !== undefined) return { speaker: credited, credited: true };
  const answering = answerLabel(find.paragraphs[span.para]!, find, cjkSpeakers);
  if (answering) return { speaker: answering, credited: true };
  const lead = find
    .inPara(span.para)
    .filter(
      (m) =>
        m.end <= span.start &&
        find.entities.kindOf(m.name) === 'person' &&
        (m.sentenceStart || titledOpening(m, find.paragraphs[span.para]!)),
    );
  return lead.length ? { speaker: find.entities.person(lead[lead.length - 1]!.name), credited: true } : { speaker: null, credited: false };
}

/** What the text around the quotations tells their attribution. */
export interface AttributionContext {
  /** Bodies named in the text that only a script's own reading finds (Chinese, Cyrillic). */
  scriptOrganisations?: readonly string[];
  /** The news outlet that reports the story, when it is one. */
  outlet?: string | null;
}

/** Credits each quotation to its speaker, trying each attribution pattern in turn. */
export function attributeQuotes(
  paragraphs: readonly string[],
  spans: readonly QuoteSpan[],
  mentions: readonly Mention[],
  entities: EntityIndex,
  language: string,
  context: AttributionContext = {},
): Attribution[] {
  // The outlet is the one spoken to (`told Example News`, `в беседе с корреспондентом ТАСС`), not a speaker in its own story.
  const outlet = context.outlet?.toLowerCase();
  const speaking = outlet ? mentions.filter((m) => m.name.toLowerCase() !== outlet) : mentions;
  const find = createSpeakerFinder(paragraphs, speaking, entities, language, context.scriptOrganisations ?? []);
  const results: Attribution[] = [];
  let cjkNames: string[] | undefined;
  const cjkSpeakers = () => (cjkNames ??= cjkSpeakingNames(paragraphs.join('\n')));
  spans.forEach((span, k) => {
    const quote = around(paragraphs, spans, k);
    let speaker: string | null | undefined;
    for (const strategy of STRATEGIES) {
      speaker = strategy(quote, find);
      if (speaker && speaker.toLowerCase() === outlet) speaker = undefined;
      if (speaker !== undefined) break;
    }
    const attribution = speaker === undefined ? carriedOver(spans, k, results, find, cjkSpeakers) : { speaker, credited: true };
    if (attribution.speaker) find.recordSpeaker({ para: span.para, at: span.start }, attribution.speaker);
    results.push(attribution);
  });
  return results.map((attribution, k) => introducedAfter(paragraphs, spans, results, k) ?? attribution);
}

/**
 * `“Ran here three times, it felt natural.” Local runner Zhang Wei trains here weekly. He said: “…”`:
 * words that open a paragraph uncredited belong to the one the sentences after them bring in,
 * when the paragraph's next quotation is credited to that person.
 */
function introducedAfter(
  paragraphs: readonly string[],
  spans: readonly QuoteSpan[],
  results: readonly Attribution[],
  k: number,
): Attribution | null {
  const span = spans[k]!;
  const next = spans[k + 1];
  const speaker = results[k + 1]?.speaker;
  if (results[k]!.speaker || span.start !== 0 || !next || !speaker || next.para !== span.endPara) return null;
  const between = paragraphs[span.endPara]!.slice(span.end, next.start);
  return between.includes(speaker) ? { speaker, credited: true } : null;
}
