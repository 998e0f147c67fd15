import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../electron/shared/export/safe-file-name.js';

const bytes = (s: string) => Buffer.byteLength(s);

describe('the default file name of an export', () => {
  it('comes from the title, with characters a file system refuses turned into spaces', () => {
    expect(safeFileName('Brief: Ukraine/Russia', 'pdf')).toBe('Brief Ukraine Russia.pdf');
    expect(safeFileName('a<b>c|d?e*"f"\\g', 'md')).toBe('a b c d e f g.md');
    expect(safeFileName('Tab\there\nnewline\u0000nul\u007fdel', 'pdf')).toBe('Tab here newline nul del.pdf');
  });

  it('drops the invisible characters that reorder how a name reads', () => {
    expect(safeFileName('report\u202Efdp.exe', 'pdf')).toBe('report fdp.exe.pdf');
    expect(safeFileName('zero\u200Bwidth', 'pdf')).toBe('zero width.pdf');
  });

  it('has no leading dot (a hidden file) and no trailing dots or spaces (Windows drops them)', () => {
    expect(safeFileName('..hidden', 'pdf')).toBe('hidden.pdf');
    expect(safeFileName('Brief...  ', 'pdf')).toBe('Brief.pdf');
    expect(safeFileName(' . . ', 'pdf')).toBe('Dossier.pdf');
  });

  it('never takes a name Windows keeps for a device', () => {
    for (const name of ['CON', 'con', 'PRN', 'AUX', 'NUL', 'COM1', 'com9', 'LPT1', 'LPT¹']) {
      expect(safeFileName(name, 'pdf')).toBe(`${name}_.pdf`);
    }
    expect(safeFileName('nul.tar', 'pdf')).toBe('nul_.tar.pdf');
    expect(safeFileName('CON .x', 'pdf')).toBe('CON_.x.pdf');
    expect(safeFileName('Console report', 'pdf')).toBe('Console report.pdf');
    expect(safeFileName('COM10', 'pdf')).toBe('COM10.pdf');
  });

  it('falls back to a plain name when nothing is left', () => {
    expect(safeFileName('   ', 'pdf')).toBe('Dossier.pdf');
    expect(safeFileName('///', 'json', 'Cuttings export')).toBe('Cuttings export.json');
  });

  it('keeps long names within what file systems allow, cut between characters', () => {
    const latin = safeFileName('x'.repeat(300), 'pdf');
    expect(bytes(latin)).toBeLessThanOrEqual(255);
    expect(latin.endsWith('x.pdf')).toBe(true);
    const cjk = safeFileName('杭州大桥'.repeat(100), 'pdf');
    expect(bytes(cjk)).toBeLessThanOrEqual(255);
    expect(cjk).toMatch(/^[杭州大桥]+\.pdf$/);
    const emoji = safeFileName('🌉'.repeat(100), 'md');
    expect(emoji).toMatch(/^(🌉)+\.md$/u);
    expect(safeFileName(`${'a'.repeat(179)} b`, 'pdf')).toBe(`${'a'.repeat(179)}.pdf`);
  });

  it('is the same text in any Unicode normal form', () => {
    expect(safeFileName('Cafe\u0301', 'pdf')).toBe('Café.pdf');
  });
});
