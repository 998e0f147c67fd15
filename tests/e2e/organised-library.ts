import type { Server } from './fixtures.js';
import { addReviewedCorpusClips } from './corpus-library.js';

interface Clip {
  id: number;
  paragraphs: string[];
}

/** Adds a highlight over the first occurrence of `phrase` in a clip, as a selection in the reader would. */
export async function highlightPhrase(server: Server, clipId: number, phrase: string, color = 'yellow', note = ''): Promise<void> {
  const clip = await server.call<Clip>('clips.get', { id: clipId });
  const text = clip.paragraphs.join('\n\n');
  const start = text.indexOf(phrase);
  if (start === -1) throw new Error(`“${phrase}” is not in clip ${clipId}`);
  const end = start + phrase.length;
  await server.call('highlights.add', {
    clipId,
    exact: phrase,
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
    start,
    end,
    color,
    note,
  });
}

/**
 * A small library filed the way a user would: real corpus clips, nested tags with colours, nested
 * collections in a chosen order, a smart collection and a highlight. For the screenshots.
 */
export async function addOrganisedLibrary(server: Server) {
  const [olives, barents, winterRoad, china, dresden, lewis] = await addReviewedCorpusClips(server, [
    'v12_long_puglia_olives',
    'v05_ap_barents_rescue',
    'v16_cbc_winter_road',
    'v02_reuters_china_argentina',
    'v10_de_dresden_flood',
    'v13_mixed_quotes_lewis_wind',
  ]);
  const tag = (name: string, ids: (number | undefined)[], color: string | null) =>
    server.call('tags.apply', { clipIds: ids, names: [name] }).then(() => (color ? server.call('tags.setColor', { name, color }) : null));
  await tag('region/asia/china', [china], '#d1453b');
  await tag('region/europe/italy', [olives], null);
  await tag('region/europe/germany', [dresden], null);
  await tag('region/arctic', [barents, winterRoad], '#1f8a8a');
  await tag('topic/trade', [china], '#2f6fd0');
  await tag('topic/climate', [olives, winterRoad, dresden, lewis], '#3f9d4b');
  await tag('to-read', [lewis, barents], '#e07b24');

  const briefs = await server.call<{ id: number }>('collections.create', { name: 'Minister’s brief' });
  const trade = await server.call<{ id: number }>('collections.create', { name: 'Trade with South America', parentId: briefs.id });
  await server.call('collections.create', { name: 'Arctic shipping', parentId: briefs.id });
  const climate = await server.call<{ id: number }>('collections.create', { name: 'Climate and harvests' });
  await server.call('collections.addClips', { id: trade.id, clipIds: [china] });
  await server.call('collections.addClips', { id: climate.id, clipIds: [olives, dresden, winterRoad] });
  await server.call('collections.create', { name: 'Quoted: Echegaray', query: 'said:Echegaray' });

  return { olives, barents, winterRoad, china: china!, dresden, lewis, briefs: briefs.id, trade: trade.id, climate: climate.id };
}
