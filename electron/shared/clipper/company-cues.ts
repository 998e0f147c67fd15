import { JOB_TITLES } from './lexicon/job-titles.js';
import type { Mention } from './mentions.js';

/**
 * Business stories name firms, banks and funds bare (`Halden agreed to buy Corvell`, `advised by
 * Marsh`), with no `Inc` or `Bank` to tell them. What is done with them tells: their shares are
 * traded, they advise and are advised, they have chairmen and shareholders.
 */

// `shares in Corvell`, `a stake in Corvell`, `advised by Marsh`, `conseillée par Marsh`, `rachetée par Corvell`.
const FIRM_BEFORE =
  /(?:\b(?:shares|stake|stakes|holding|investment)\s+in|\badvised(?:\s+by)?|\b(?:acquired|bought|taken over)\s+by|\b(?:conseill|rachet|détenu|financ)\p{Ll}{0,3}\s+par|\brachat\s+(?:de\s+\S+\s+){0,3}par)\s+$/iu;
// `Corvell shareholders`, `Corvell shares`, `Marsh advised …`, `Marsh and Lund advised …`; `Corvell, which is
// owned by …`, `Corvell, a unit of …`: what owns a name, or what it is part of, says it is a firm.
const FIRM_AFTER =
  /^(?:(?:\s+(?:and|et)\s+\p{Lu}[\p{L}-]*)?\s+(?:shareholders|shares|stock|advised|actionnaires)|,\s+(?:which|that)\s+is\s+(?:(?:wholly|partly|majority|jointly)[\s-])?(?:owned|controlled)\s+by|,\s+(?:a|the)\s+(?:unit|subsidiary|division|filiale)\s+(?:of|de))(?!\p{L})/u;
// `Corvell chairman Ann Lee`: a one-word name whose office-holder is named after the office.
const OFFICE_THEN_NAME = /^\s+([\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;
// `a spokesperson for Corvell`: who speaks for a one-word name speaks for a body.
const SPOKESPERSON_FOR = /\bspokes(?:person|man|woman)\s+for\s+$/iu;

/** How strongly the business words around a mention say it names a firm: 0 when they say nothing. */
export function firmEvidence(m: Mention): number {
  let org = 0;
  if (FIRM_BEFORE.test(m.before.slice(-40)) || FIRM_AFTER.test(m.after)) org += 2;
  if (m.tokens.length > 1) return org;
  const office = OFFICE_THEN_NAME.exec(m.after)?.[1];
  // `Chief executive Ann Lee`: a title's first word opening the sentence owns no office.
  if (office && !m.possessive && JOB_TITLES.has(office) && !JOB_TITLES.has(m.name.toLowerCase())) org += 1;
  if (SPOKESPERSON_FOR.test(m.before.slice(-30))) org += 2;
  return org;
}

/** `shares in Corvell`: the preposition of place before the name is a market's, not a place's. */
export const isFirmAfterPreposition = (m: Mention) => FIRM_BEFORE.test(m.before.slice(-40));
