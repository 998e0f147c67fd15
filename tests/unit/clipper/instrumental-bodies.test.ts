import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a body named in the instrumental', () => {
  it('is given in the nominative, Russian and Ukrainian alike', () => {
    const ru = parseClip(
      'Практика для студентов\n\nВерфь договорилась с Северным техническим институтом о практике для студентов третьего курса.',
    );
    expect(ru.organizations).toContain('Северный технический институт');
    const uk = parseClip('Практика для студентів\n\nЛісгосп уклав угоду з Поліським аграрним університетом про практику для студентів.');
    expect(uk.organizations).toContain('Поліський аграрний університет');
  });
});
