import { describe, expect, it } from 'vitest';
import { isAppDownload, saveDialogFilters, suggestedName } from '../../../electron/main/download-rules.js';

const origin = 'app://cuttings';
const page = 'app://cuttings/index.html';

describe('which downloads the app saves', () => {
  it('saves what the app page made itself', () => {
    expect(isAppDownload('blob:app://cuttings/4f1c-99', page, origin)).toBe(true);
    expect(isAppDownload('data:application/pdf;base64,JVBERi0=', page, origin)).toBe(true);
    expect(isAppDownload('app://cuttings/export.md', page, origin)).toBe(true);
  });

  it('refuses anything from elsewhere, or started by another page', () => {
    expect(isAppDownload('https://example.com/payload.exe', page, origin)).toBe(false);
    expect(isAppDownload('blob:https://example.com/4f1c', page, origin)).toBe(false);
    expect(isAppDownload('app://cuttings.evil/x', page, origin)).toBe(false);
    expect(isAppDownload('blob:app://cuttings/4f1c', 'https://example.com/', origin)).toBe(false);
    expect(isAppDownload('data:text/plain,hi', 'file:///tmp/dossier.html', origin)).toBe(false);
    expect(isAppDownload('blob:app://cuttings/4f1c', '', origin)).toBe(false);
  });
});

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
