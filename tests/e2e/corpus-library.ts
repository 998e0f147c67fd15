import { corpusText, corpusTruth, type Server } from './fixtures.js';

const DRAFT_FIELDS = ['title', 'date', 'dateline', 'source', 'byline', 'language', 'quotes', 'people', 'places', 'organizations'];

/**
 * Adds corpus articles with their ground-truth fields as the user's reviewed draft, so pictures
 * of the app show real clips whatever the clipper currently makes of them.
 */
export async function addReviewedCorpusClips(server: Server, names: readonly string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const name of names) {
    const truth = corpusTruth(name);
    const draft = Object.fromEntries(DRAFT_FIELDS.filter((f) => f in truth).map((f) => [f, truth[f]]));
    const saved = await server.call<{ id: number }>('clips.create', { text: corpusText(name), draft });
    ids.push(saved.id);
  }
  return ids;
}
