import { sameCyrillicNoun } from './cyrillic-names.js';
import type { EntityIndex } from './entities.js';
import { isAgency } from './lexicon/agencies.js';
import { CYRILLIC_LEGAL_FORMS } from './lexicon/entity-words.js';
import { isRoleNoun } from './lexicon/job-titles.js';
import { BODY_BACK_NOUN, BODY_PHRASE_LEAD, BODY_THERE, OFFICE_NOUN, STATEMENT_NOUN } from './lexicon/body-nouns.js';
import { SOURCE_PHRASES, SPEECH_VERBS } from './lexicon/speech.js';
import { inQuoteMarks, type Mention } from './mentions.js';
import { before, type Site } from './text-window.js';

/** What a noun phrase that points back to a body (`в ведомстве`, `le parquet`) is read against. */
export interface BodyText {
  paragraphs: readonly string[];
  mentions: readonly Mention[];
  entities: EntityIndex;
  /** Organisations found by script-specific rules, not in the entity index. */
  scriptOrganisations: readonly string[];
}

// Russian and Ukrainian decline a body's words: a stem this long before the ending is the same word.
const stemOf = (word: string) => word.toLowerCase().slice(0, Math.max(3, word.length - 2));
const sameWord = (a: string, b: string) => {
  const [x, y] = [stemOf(a), stemOf(b)];
  return x.length >= 3 && (x.startsWith(y) || y.startsWith(x));
};
const SENTENCE = /[^.!?。]+[.!?。]*/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
// A German compound's head shorter than this (`Amt`) ends too many other words to point back to a body.
const COMPOUND_HEAD = 5;
/** The word before a name, past its opening quotation mark: the body's kind in `Компания «Степной колос»`. */
const kindBefore = (before: string) => /([\p{L}-]+)[\s«"„“]*$/u.exec(before)?.[1] ?? '';
const SEPARABLE_PARTICLE = /^(?:mit|an|ein|hinzu|zu|fest|klar|aus|vor|dar|hervor|zurück)[.,;:]?$/u;
// A preposition right after the noun opens how or where it was said, not more of the noun: `das Unternehmen auf Anfrage`.
const PREPOSITION_AFTER =
  /^(?:auf|am|im|in|gegenüber|bei|per|on|at|in|to|by|over|à|au|en|lors|dans|sur|par|в|во|на|по|при|у|під|під час)$/iu;
// A Cyrillic body's kind written as one word with what it deals in: `авиакомпания` is a `компания`.
const KIND_PREFIX = /^(?:авиа|авіа|агро|энерго|енерго|медиа|медіа|строй|буд|транс|нефте|нафто|газо)(?=\p{L}{5})/iu;
const COMPANY_NOUN = /^(?:компани|компані|фирм|фірм)\p{L}*$/iu;
const LEGAL_FORM = new RegExp(`^(?:${CYRILLIC_LEGAL_FORMS})$`, 'u');
const SOURCE_WORD = /(?<!\p{L})(?:nach angaben|по данным|за даними|selon|d['’]après)(?!\p{L})/iu;

/**
 * Reads a phrase that names a body by a noun (`в ведомстве`, `in einer Mitteilung der Polizei`,
 * `le tribunal`, `die Hochschule`) as the body named before it: the one whose name holds the noun,
 * or for a bare `agency` or `statement`, the body the text last had speak.
 */
export function createBodyReference({ paragraphs, mentions, entities, scriptOrganisations }: BodyText) {
  const bodies = mentions.filter((m) => m.para >= 0 && entities.kindOf(m.name) === 'org' && !isAgency(m.name));
  const orgs = bodies.filter((m) => !inQuoteMarks(m));
  const known = [...entities.organizations, ...scriptOrganisations];

  /** The name the index lists a body under, the mention declined as the text has it (`Державній службі …`). */
  const canonical = (name: string): string => {
    // `МЧС России` of `МЧС России по Ярославской области`: a mention cut short before a lower-case word.
    const longer = known.find((o) => o.startsWith(`${name} `));
    if (longer) return longer;
    if (known.includes(name)) return name;
    const words = name.split(' ');
    const listed = known.find((o) => {
      const parts = o.split(' ');
      return parts.length === words.length && parts.every((p, k) => p === words[k] || sameWord(p, words[k]!));
    });
    return listed ?? name;
  };

  /** The latest body named before `site` with a word that starts as `noun` does (`Polizei` → `Polizeidirektion X`). */
  const holding = (noun: string, site: Site): string | null => {
    const stem = stemOf(noun);
    // `la ministre` is a person, though `ministère` starts as she does.
    if (stem.length < 3 || isRoleNoun(noun.toLowerCase())) return null;
    // A Cyrillic noun must be the body's word in another case (`фонду`, `Міжнародного`), where `банкир` is no `банк`.
    // German ends a compound on its head (`Ministerium` of `Verkehrsministerium`).
    const holds = (t: string) =>
      CYRILLIC.test(noun)
        ? sameCyrillicNoun(noun, t)
        : t.toLowerCase().startsWith(stem) || (noun.length >= COMPOUND_HEAD && t.toLowerCase().endsWith(noun.toLowerCase()));
    // `Компания «Степной колос»` … `в компании`: the body may be named after its kind, and its name is
    // then often in quotation marks (`банк «Озёрный»`), which otherwise mark an outlet's or a ship's.
    // The kind may be written as one word with what the body deals in (`Авиакомпания «X»`), which names no body of its own.
    // A firm's legal form in initials (`АО «X»`) says it is a company.
    const isKind = (t: string) =>
      holds(t) ||
      (CYRILLIC.test(noun) && KIND_PREFIX.test(t) && sameCyrillicNoun(noun, t.replace(KIND_PREFIX, ''))) ||
      (COMPANY_NOUN.test(noun) && LEGAL_FORM.test(t));
    const named = bodies.filter(
      (m) => before({ para: m.para, at: m.start }, site) && ((!inQuoteMarks(m) && m.tokens.some(holds)) || isKind(kindBefore(m.before))),
    );
    const last = named[named.length - 1];
    if (last) return canonical(last.name);
    return scriptOrganisations.find((o) => o.split(' ').some(holds)) ?? scriptOrganisationOfKind(isKind, site);
  };

  /** The body found by script rules that the text last names after a kind `holds` is true of, before `site`. */
  const scriptOrganisationOfKind = (holds: (word: string) => boolean, site: Site): string | null => {
    for (let para = site.para; para >= 0; para--) {
      const text = para === site.para ? paragraphs[para]!.slice(0, site.at) : paragraphs[para]!;
      const found = scriptOrganisations
        .map((o) => ({ o, at: text.lastIndexOf(o) }))
        .filter(({ at }) => at > 0 && holds(kindBefore(text.slice(0, at))));
      if (found.length) return found.reduce((a, b) => (b.at > a.at ? b : a)).o;
    }
    return null;
  };

  /** The body found by script rules that the text names last before `site`, and where. */
  const lastScriptOrganisation = (site: Site): { name: string; site: Site } | null => {
    for (let para = site.para; para >= 0; para--) {
      const text = para === site.para ? paragraphs[para]!.slice(0, site.at) : paragraphs[para]!;
      const found = scriptOrganisations.map((name) => ({ name, at: text.lastIndexOf(name) })).filter(({ at }) => at >= 0);
      if (found.length) {
        const last = found.reduce((a, b) => (b.at > a.at ? b : a));
        return { name: last.name, site: { para, at: last.at } };
      }
    }
    return null;
  };

  /** The body named last before `site`, by a mention or by script rules (`Conseil départemental du …`). */
  const lastBody = (site: Site): string | null => {
    const named = orgs.filter((m) => before({ para: m.para, at: m.start }, site));
    const last = named[named.length - 1];
    const script = lastScriptOrganisation(site);
    if (script && (!last || before({ para: last.para, at: last.start }, script.site))) return script.name;
    return last ? canonical(last.name) : null;
  };

  /** A body named in `sentence` of `para` (from `at`): a mention, a script-found one declined, or a noun of one named before. */
  const bodyIn = (para: number, at: number, sentence: string): string | null => {
    const site = { para, at: at + sentence.length };
    const named = orgs.filter((m) => m.para === para && m.start >= at && m.end <= site.at);
    const script = scriptOrganisations.find((o) => o.includes(' ') && sentence.includes(o.slice(o.indexOf(' ') + 1)));
    const last = named[named.length - 1];
    // `В Министерстве транспорта края`: the capitalised head alone is a mention, the body its script rule found.
    if (last && script && last.tokens.length === 1 && sameWord(last.name, script.split(' ')[0]!)) return script;
    if (last) return canonical(last.name);
    if (script) return script;
    for (const word of sentence.match(/\p{Ll}[\p{L}-]+/gu) ?? []) {
      const body = word.length >= 3 && !BODY_PHRASE_LEAD.test(word) ? holding(word, site) : null;
      if (body && word.length <= body.length) return body;
    }
    return null;
  };

  /** The body the latest sentence that reports speech (`сообщили в …`, `nach Angaben der …`) names, this paragraph or the two before. */
  const lastSpeakingBody = (site: Site): string | null => {
    for (let para = site.para; para >= Math.max(0, site.para - 2); para--) {
      const text = para === site.para ? paragraphs[para]!.slice(0, site.at) : paragraphs[para]!;
      const sentences = [...text.matchAll(SENTENCE)].reverse();
      for (const s of sentences) {
        const reports =
          s[0].split(/[^\p{L}]+/u).some((w) => SPEECH_VERBS.has(w.toLowerCase())) ||
          SOURCE_WORD.test(s[0]) ||
          new RegExp(SOURCE_PHRASES.source, 'iu').test(s[0]);
        const body = reports ? bodyIn(para, s.index, s[0]) : null;
        if (body) return body;
      }
    }
    return null;
  };

  /**
   * The body `phrase` points back to, null when it names a body none can be found for, undefined
   * when it is no such phrase.
   */
  return (phrase: string, site: Site): string | null | undefined => {
    const words = phrase.split(/[\s'’]+/u).filter(Boolean);
    let k = 0;
    while (k < words.length && BODY_PHRASE_LEAD.test(words[k]!)) k++;
    const noun = words[k];
    if (!noun) return undefined;
    // `teilte der Verband mit`: the particle of a German separable verb closes the phrase.
    const rest = PREPOSITION_AFTER.test(words[k + 1] ?? '')
      ? []
      : words.slice(k + 1).filter((w) => !BODY_PHRASE_LEAD.test(w) && !SEPARABLE_PARTICLE.test(w));
    if (BODY_THERE.test(noun) && rest.length === 0) return lastSpeakingBody(site) ?? undefined;
    if (STATEMENT_NOUN.test(noun) || BODY_BACK_NOUN.test(noun) || OFFICE_NOUN.test(noun)) {
      // The owner may be named here for the first time: `сообщили в пресс-службе Министерства транспорта`.
      const owner = rest[0] ? holding(rest[0], { para: site.para, at: site.at + phrase.length }) : null;
      // `в сообщении ведомства`, `в ведомстве`: the body by its kind alone is the last one named, speaking or not.
      const backNoun = BODY_BACK_NOUN.test(rest[0] ?? '') || BODY_BACK_NOUN.test(noun);
      return owner ?? lastSpeakingBody(site) ?? (backNoun ? lastBody(site) : null);
    }
    return rest.length === 0 ? (holding(noun, site) ?? undefined) : undefined;
  };
}
