import type { SavedClip } from '../../electron/shared/models/clip.js';

type Call = <T>(method: string, args: unknown) => Promise<T>;

/**
 * Saves a clip for a dossier test and returns its id: the paragraphs as its text, with one person
 * and one quote so every index has something to print.
 */
export async function saveBriefClip(
  call: Call,
  name: string,
  date: string | null,
  paragraphs: string[],
  source = 'Reuters',
  draft: Record<string, unknown> = {},
): Promise<number> {
  const saved = await call<SavedClip>('clips.create', {
    text: paragraphs.join('\n\n'),
    draft: {
      title: name,
      date,
      source,
      paragraphs,
      people: ['Anna Berg'],
      quotes: [{ speaker: 'Anna Berg', text: 'We will rebuild the bridge' }],
      ...draft,
    },
  });
  return saved.id;
}
