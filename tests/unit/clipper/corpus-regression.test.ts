import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftFromPaste } from '../../../electron/core/clipper/draft-from-paste.js';
import { pasteFromFile } from '../../../electron/core/import/paste-from-file.js';
import { scoreDraft, SCORED_FIELDS, type FieldScores, type GroundTruth } from '../../support/clipper-score.js';
import {
  CLIPPER_FLOORS_PATH,
  CORPUS_DIR,
  corpusNames,
  corpusPastePath,
  corpusTruth,
  UNSEEN_DIR,
  UNSEEN_FLOORS_PATH,
} from '../../support/fixtures.js';

/**
 * Every corpus article, and every held-out article, through the clipper, as `cuttings parse` reads it, scored field by field
 * against its ground truth. Each score must stay at or above its floor, a little under the score
 * the clipper reached when the floors were last written, so a change that breaks one article fails
 * here even when the average hides it.
 *
 * After improving the clipper, raise the floors:
 *   CUTTINGS_WRITE_CLIPPER_FLOORS=1 npx vitest run tests/unit/clipper/corpus-regression.test.ts
 */
const MARGIN = 0.05;
const writeFloors = process.env.CUTTINGS_WRITE_CLIPPER_FLOORS === '1';

type Floors = Record<string, Partial<Record<keyof FieldScores, number>>>;

const scoresOf = async (name: string, dir: string): Promise<FieldScores> =>
  scoreDraft(await draftFromPaste(await pasteFromFile(corpusPastePath(name, dir))), corpusTruth(name, dir) as unknown as GroundTruth);

const floorFor = (score: number) => Math.max(0, Math.floor((score - MARGIN) * 100) / 100);

function readFloors(path: string): Floors {
  if (!existsSync(path)) return {};
  return JSON.parse(readFileSync(path, 'utf8')) as Floors;
}

const SETS = [
  { label: 'corpus', dir: CORPUS_DIR, floorsPath: CLIPPER_FLOORS_PATH },
  { label: 'held-out', dir: UNSEEN_DIR, floorsPath: UNSEEN_FLOORS_PATH },
];

describe.each(SETS)('the clipper on every $label article', ({ dir, floorsPath }) => {
  const names = corpusNames(dir);
  const floors = readFloors(floorsPath);

  it.runIf(writeFloors)('writes today’s floors', async () => {
    const fresh: Floors = {};
    for (const name of names) {
      const scores = await scoresOf(name, dir);
      fresh[name] = Object.fromEntries(SCORED_FIELDS.filter((f) => scores[f] !== null).map((f) => [f, floorFor(scores[f]!)]));
    }
    writeFileSync(floorsPath, `${JSON.stringify(fresh, null, 2)}\n`);
  });

  it.skipIf(writeFloors)('has a floor for every article', () => {
    expect(Object.keys(floors).sort()).toEqual(names);
  });

  it.skipIf(writeFloors).each(names)('%s keeps every field at or above its floor', async (name) => {
    const scores = await scoresOf(name, dir);
    const below = SCORED_FIELDS.flatMap((field) => {
      const floor = floors[name]?.[field];
      const score = scores[field] ?? 0;
      return floor !== undefined && score < floor ? [`${field} ${score.toFixed(2)} is below its floor ${floor.toFixed(2)}`] : [];
    });
    expect(below).toEqual([]);
  });
});
