import { SPEECH_VERBS } from './lexicon/speech.js';

/** A quotation as marked in the text: where it opens and closes, and its words. */
export interface QuoteSpan {
  /** Paragraph and offset of the opening mark. */
  para: number;
  start: number;
  /** Paragraph and offset just after the closing mark. */
  endPara: number;
  end: number;
  text: string;
}

interface Open {
  para: number;
  start: number;
  closers: string;
  /** Straight and single quotes never carry over a paragraph break. */
  carries: boolean;
  parts: string[];
  from: number;
}

const POSSESSIVE_LOOKAHEAD = 300;
// After a closing mark the sentence goes on with words like these; after a possessive, a noun.
const CLAUSE_WORDS = new Set(
  'and or but nor with as to in on at for from by that which who is was were are has had have will would said says told than so while when where after before because if into over under about against between through during since until'.split(
    ' ',
  ),
);
const LETTER = /[\p{L}\p{N}]/u;
const OPENS_AFTER = /[\s([{\-—–/:;,]|^/u;

const isLetter = (ch: string | undefined) => ch !== undefined && LETTER.test(ch);

/** The marks that can close a quote opened by `ch`, or null when `ch` does not open one here. */
function opening(text: string, i: number): { closers: string; carries: boolean } | null {
  const ch = text[i]!;
  const prev = i > 0 ? text[i - 1]! : '';
  const next = text[i + 1];
  switch (ch) {
    case '“':
      return { closers: '”"“', carries: true };
    case '„':
      return { closers: '“”', carries: true };
    case '«':
      return { closers: '»', carries: true };
    // German books and magazines quote »so«: the mark French closes with opens here, against a word.
    case '»':
      return (prev === '' || OPENS_AFTER.test(prev)) && next !== undefined && /[\p{L}\p{N}]/u.test(next)
        ? { closers: '«', carries: true }
        : null;
    case '「':
      return { closers: '」', carries: true };
    case '『':
      return { closers: '』', carries: true };
    case '"':
      return (prev === '' || OPENS_AFTER.test(prev)) && next !== undefined && !/\s/u.test(next) ? { closers: '"”', carries: true } : null;
    case '‘':
      return !isLetter(prev) && next !== undefined && /\p{L}/u.test(next) ? { closers: "’'", carries: false } : null;
    case "'":
      return (prev === '' || OPENS_AFTER.test(prev)) && next !== undefined && /\p{L}/u.test(next)
        ? { closers: "’'", carries: false }
        : null;
    default:
      return null;
  }
}

/** Single closing marks double as apostrophes (`port’s`, `’80s`), so only one followed by a non-letter closes. */
function closes(text: string, i: number, open: Open): boolean {
  const ch = text[i]!;
  if (!open.closers.includes(ch)) return false;
  if (ch === '’' || ch === "'") {
    if (isLetter(text[i + 1]) || i <= open.from) return false;
    // `the farmers’ families`: a plural possessive, when another closing mark follows soon after.
    if (
      text[i - 1] === 's' &&
      /^ \p{Ll}/u.test(text.slice(i + 1, i + 3)) &&
      !CLAUSE_WORDS.has(/^ (\p{Ll}+)/u.exec(text.slice(i + 1, i + 16))?.[1] ?? '')
    ) {
      const ahead = text.slice(i + 1, i + 1 + POSSESSIVE_LOOKAHEAD);
      return !/[’'](?![\p{L}\p{N}])/u.test(ahead);
    }
    return true;
  }
  if (ch === '“' && open.closers === '”"“') return !isLetter(text[i + 1]) && !/\s/u.test(text[i - 1] ?? ' ');
  return true;
}

function finish(open: Open, endPara: number, end: number, last: string): QuoteSpan | null {
  const text = [...open.parts, last]
    .map((p) => p.trim())
    .filter(Boolean)
    .join(' ')
    .replace(/\s*,$/u, '')
    .trim();
  return text ? { para: open.para, start: open.start, endPara, end, text } : null;
}

/**
 * The outermost quotations in the paragraphs. Marks inside a quotation stay in its text; a
 * quotation left open at a paragraph's end continues when the next paragraph reopens it.
 */
export function findQuoteSpans(paragraphs: readonly string[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let carried: Open | null = null;
  paragraphs.forEach((text, para) => {
    let open: Open | null = null;
    let i = 0;
    let singles = true;
    if (carried) {
      const reopen = opening(text, 0);
      if (reopen && carried.closers.includes(reopen.closers[0]!)) {
        open = { ...carried, from: 1 };
        i = 1;
      }
      carried = null;
    }
    for (;;) {
      while (i < text.length) {
        if (open) {
          if (closes(text, i, open)) {
            const span = finish(open, para, i + 1, text.slice(open.from, i));
            if (span) spans.push(span);
            open = null;
          }
          i++;
          continue;
        }
        const o = opening(text, i);
        if (o && (singles || o.carries)) open = { para, start: i, closers: o.closers, carries: o.carries, parts: [], from: i + 1 };
        i++;
      }
      if (!open || open.carries) break;
      // An unclosed single mark was an apostrophe after all. No later single mark can close
      // either, so read on from just after it looking for double marks only.
      i = open.start + 1;
      open = null;
      singles = false;
    }
    if (open) carried = { ...open, parts: [...open.parts, text.slice(open.from)] };
  });
  return spans.flatMap((span) => splitAtInnerCredit(span, paragraphs[span.para]!));
}

/**
 * Russian, Ukrainian and French quote one speaker's two sentences inside one pair of marks, the
 * credit between them: `«A, — признал X. — B»`, `« A, a lancé X. B »`. The credit opens on a
 * speech verb; what stands before and after it are two quotations, and the credit stays outside
 * both, between them in the paragraph, where it is read as any credit between two quotations is.
 */
const INNER_CREDIT = [
  /[,!?…]\s+[—–]\s+(\p{Ll}+)[^—–«»„“”"]{2,150}?[.,]\s+[—–]\s+(?=\p{L})/u,
  /,\s+(?:(?:a|ont)\s+)?(\p{Ll}+)(?:-t-(?:il|elle)|-(?:il|elle))?\s[^.!?«»„“”"]{2,120}?\.\s+(?=\p{Lu})/u,
];

function splitAtInnerCredit(span: QuoteSpan, text: string): QuoteSpan[] {
  if (span.endPara !== span.para) return [span];
  const inner = text.slice(span.start + 1, span.end - 1);
  for (const credit of INNER_CREDIT) {
    const m = credit.exec(inner);
    if (!m || !SPEECH_VERBS.has(m[1]!)) continue;
    const creditAt = span.start + 1 + m.index;
    const resumeAt = creditAt + m[0].length;
    const first = text.slice(span.start + 1, creditAt).trim();
    const second = text.slice(resumeAt, span.end - 1).trim();
    if (!first || !second) continue;
    return [
      { para: span.para, start: span.start, endPara: span.para, end: creditAt, text: first },
      { para: span.para, start: resumeAt, endPara: span.para, end: span.end, text: second },
    ];
  }
  return [span];
}
