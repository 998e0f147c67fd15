import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DossierExport } from '../../electron/shared/models/dossier.js';
import { saveBriefClip } from '../support/dossier-clips.js';
import { useTestCore } from '../support/test-core.js';

/** A dossier counts a name once however its clips spell it: accents and case make no second person. */
describe('names in a dossier, whatever their spelling', () => {
  const lib = useTestCore('cuttings-names-');
  const { call } = lib;
  const ids: number[] = [];

  beforeAll(async () => {
    const spellings = ['Martín Echegaray', 'Martin Echegaray', 'Martín Echegaray'];
    for (const [i, person] of spellings.entries()) {
      ids.push(
        await saveBriefClip(
          call,
          `Harbour works ${i + 1}`,
          `2025-04-0${i + 1}`,
          [`Work on the harbour went on, day ${i + 1}.`],
          'Tidewater Post',
          {
            people: [person],
            places: [i === 1 ? 'VALPARAÍSO' : 'Valparaíso'],
            quotes: [{ speaker: person, text: `The harbour will open on time, part ${i + 1}` }],
          },
        ),
      );
    }
  });

  async function exported(format: 'md' | 'html'): Promise<string> {
    const outPath = join(lib.dir, `names.${format}`);
    const result = await call<DossierExport>('dossier.export', { clipIds: ids, spec: { title: 'Harbour brief' }, outPath, format });
    expect(result.format).toBe(format);
    return readFileSync(outPath, 'utf8');
  }

  it('lists one person and one place in the Markdown index, under the commonest spelling', async () => {
    const md = await exported('md');
    expect(md).toContain('- Martín Echegaray: clip [1](#clip-1), [2](#clip-2), [3](#clip-3)');
    expect(md).not.toMatch(/^- Martin Echegaray/mu);
    expect(md).toContain('- Valparaíso: clip [1](#clip-1), [2](#clip-2), [3](#clip-3)');
    expect(md).not.toContain('VALPARAÍSO:');
    const speakerHeadings = md.match(/^### Mart.n Echegaray$/gmu) ?? [];
    expect(speakerHeadings).toEqual(['### Martín Echegaray']);
  });

  it('counts the person once per clip in the HTML overview and index', async () => {
    const html = await exported('html');
    expect(html.match(/class="index-entry">Mart.n Echegaray/gu)).toEqual(['class="index-entry">Martín Echegaray']);
    expect(html).toMatch(/<li><span>Martín Echegaray<\/span><span class="count">3<\/span><\/li>/u);
    expect(html).not.toMatch(/<span>Martin Echegaray<\/span>/u);
  });
});
