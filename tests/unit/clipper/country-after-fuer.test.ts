import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a German common noun, für, then a country', () => {
  it('names the country alone, while a body keeps its für', () => {
    const draft = parseClip(
      'Silber im Vierer\n\nDie Ruderin holte zwei Medaillen für Norwegen. Das Ministerium für Europa gratulierte am Abend.',
    );
    expect(draft.places).toContain('Norwegen');
    expect(draft.organizations).toContain('Ministerium für Europa');
  });
});
