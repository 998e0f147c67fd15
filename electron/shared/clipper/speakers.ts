import { STRATEGIES, type QuoteAround } from './attribution-strategies.js';
import type { EntityIndex } from './entities.js';
import type { Mention } from './mentions.js';
import type { QuoteSpan } from './quote-spans.js';
import { createSpeakerFinder, type SpeakerFinder } from './speaker-finder.js';
import { sentenceEnd, sentenceStart } from './text-window.js';

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
 * No pattern credits the words: a quotation that goes on from the one before (the same paragraph,
 * or the paragraph right after) keeps its speaker; otherwise the person who opens the paragraph.
 */
function carriedOver(spans: readonly QuoteSpan[], k: number, earlier: readonly Attribution[], find: SpeakerFinder): Attribution {
  const span = spans[k]!;
  const prev = spans[k - 1];
  if (prev && (prev.endPara === span.para || (prev.endPara === span.para - 1 && span.start === 0))) return earlier[k - 1]!;
  const lead = find.inPara(span.para).filter((m) => m.end <= span.start && find.entities.kindOf(m.name) === 'person' && m.sentenceStart);
  return lead.length ? { speaker: find.entities.person(lead[lead.length - 1]!.name), credited: true } : { speaker: null, credited: false };
}

/** Credits each quotation to its speaker, trying each attribution pattern in turn. */
export function attributeQuotes(
  paragraphs: readonly string[],
  spans: readonly QuoteSpan[],
  mentions: readonly Mention[],
  entities: EntityIndex,
  language: string,
  scriptOrganisations: readonly string[] = [],
): Attribution[] {
  const find = createSpeakerFinder(paragraphs, mentions, entities, language, scriptOrganisations);
  const results: Attribution[] = [];
  spans.forEach((span, k) => {
    const quote = around(paragraphs, spans, k);
    let speaker: string | null | undefined;
    for (const strategy of STRATEGIES) {
      speaker = strategy(quote, find);
      if (speaker !== undefined) break;
    }
    const attribution = speaker === undefined ? carriedOver(spans, k, results, find) : { speaker, credited: true };
    if (attribution.speaker) find.recordSpeaker({ para: span.para, at: span.start }, attribution.speaker);
    results.push(attribution);
  });
  return results;
}
