import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a copyright footer naming an outlet in quotation marks', () => {
  it('names the source and is dropped, with the Ukrainian rights notice in either spelling', () => {
    const draft = parseClip(
      'Нові вагони для міста\n12.05.2026 10:20\n\nЛуцьк, 12 травня. Місто отримає нові трамвайні вагони, повідомили в управлінні транспорту.\n\nПерші вагони вийдуть на лінію в червні, решта — до кінця серпня.\n\nАгентство «Світанок» © 2026. Усі права захищено.',
    );
    expect(draft.source).toBe('Агентство Світанок');
    expect(draft.paragraphs.join('\n')).not.toContain('©');
  });
});
