import { describe, expect, it } from 'vitest';
import { findQuotedBodies } from '../../../electron/shared/clipper/quoted-bodies.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a body in quotation marks after the adjective of its town or country', () => {
  it('is read as an organisation, back in the nominative after a genitive adjective', () => {
    expect(findQuotedBodies(['Півзахисник прийшов з харківського «Металурга», а воротар — з чеської «Моравії».'])).toEqual([
      'Металург',
      'Моравія',
    ]);
  });

  it('names clubs in a Ukrainian transfer story', () => {
    const draft = parseClip(
      'Луцьк посилює оборону\n\nЛуцькі «Волинські Вовки» взяли в оренду захисника з бакинського «Нефтчі», на якого претендувала й угорська «Ференцварош».',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Волинські Вовки', 'Нефтчі', 'Ференцварош']));
  });
});

describe('a team’s plural name declined with its town’s adjective', () => {
  it('gives the adjective and the noun back in the nominative plural', () => {
    const ru = parseClip(
      'Овертайм\n\nЛесогорские «Лесные рыси» обыграли озёрских «Северных соколов», а заводские «Степные лисы» уступили заречным «Белым медведям».',
    );
    expect(ru.organizations).toEqual(expect.arrayContaining(['Лесные рыси', 'Северные соколы', 'Степные лисы']));
    expect(ru.organizations).not.toContain('Северных соколов');
    const uk = parseClip('Овертайм\n\nОдеські «Морські Вовки» обіграли харківських «Степових Котів».');
    expect(uk.organizations).toEqual(expect.arrayContaining(['Морські Вовки', 'Степові Коти']));
  });
});
