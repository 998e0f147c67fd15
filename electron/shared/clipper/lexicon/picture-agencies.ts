import { escapeRegExp } from '../../text/escape-regexp.js';

export interface PictureAgency {
  /** The name as a photo's credit writes it. */
  name: string;
  /**
   * A news wire that credits its own photographs by its bare name (`Jane Doe/Reuters`): the same
   * name beside a story's byline credits the story, so it marks a photo only where the line's
   * shape says so.
   */
  wire: boolean;
}

/**
 * Who supplies a news page's photographs, as their credits name them: the picture libraries, the
 * wires' photo services, and the wires credited for photos by their own names. Each pattern for a
 * photo's credit is built from this one list.
 */
export const PICTURE_AGENCIES: readonly PictureAgency[] = [
  { name: 'Getty Images', wire: false },
  { name: 'Getty', wire: false },
  { name: 'Shutterstock', wire: false },
  { name: 'iStock', wire: false },
  { name: 'Alamy', wire: false },
  { name: 'imago', wire: false },
  { name: 'picture alliance', wire: false },
  { name: 'Sipa', wire: false },
  { name: 'ZUMA', wire: false },
  { name: 'EPA', wire: false },
  { name: 'PA Images', wire: false },
  { name: 'eyevine', wire: false },
  { name: 'AP Photo', wire: false },
  { name: 'AFP Photo', wire: false },
  { name: 'Reuters', wire: true },
  { name: 'AFP', wire: true },
  { name: 'Associated Press', wire: true },
  { name: 'dpa', wire: true },
];

/** The agencies' names as one alternation for a regular expression, longest first; `wires` false leaves out the wires' bare names. */
export function pictureAgencyPattern(wires = true): string {
  const names = PICTURE_AGENCIES.filter((a) => wires || !a.wire).map((a) => a.name);
  return names
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}
