import { describe, expect, it } from 'vitest';
import { saveDialogFilters, suggestedName } from '../../../electron/main/download-rules.js';

describe('the save dialog', () => {
  it('offers the file’s own type first', () => {
    expect(saveDialogFilters('Ukraine briefing.pdf')).toEqual([
      { name: 'PDF Document', extensions: ['pdf'] },
      { name: 'All Files', extensions: ['*'] },
    ]);
    expect(saveDialogFilters('library.JSON')[0]).toEqual({ name: 'Cuttings Export (JSON)', extensions: ['json'] });
    expect(saveDialogFilters('notes.xyz')[0]).toEqual({ name: 'XYZ File', extensions: ['xyz'] });
    expect(saveDialogFilters('README')).toEqual([{ name: 'All Files', extensions: ['*'] }]);
  });

  it('suggests the name without any folder a page slipped in', () => {
    expect(suggestedName('Dossier.pdf')).toBe('Dossier.pdf');
    expect(suggestedName('../../.bashrc')).toBe('.bashrc');
    expect(suggestedName('C:\\Windows\\evil.md')).toBe('evil.md');
    expect(suggestedName('..')).toBe('Cuttings export');
    expect(suggestedName('')).toBe('Cuttings export');
  });
});
