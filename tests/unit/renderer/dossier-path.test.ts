import { describe, expect, it } from 'vitest';
import { dossierFileName, folderOf, isAbsolutePath } from '../../../renderer/src/lib/format/dossier-path.js';

describe('the dossier builder’s default file', () => {
  it('names the file after the title, without characters a file system refuses', () => {
    expect(dossierFileName('Brief: Ukraine/Russia')).toBe('Brief Ukraine Russia.pdf');
    expect(dossierFileName('a<b>c|d?e*"f"')).toBe('a b c d e f.pdf');
    expect(dossierFileName('   ')).toBe('Dossier.pdf');
    expect(dossierFileName('..hidden')).toBe('hidden.pdf');
    expect(dossierFileName('x'.repeat(300))).toHaveLength(124);
  });

  it('puts it in the library’s folder, with that folder’s separator', () => {
    expect(folderOf('/home/ana/Cuttings/library.db')).toBe('/home/ana/Cuttings/');
    expect(folderOf('C:\\Users\\ana\\Cuttings\\library.db')).toBe('C:\\Users\\ana\\Cuttings\\');
    expect(folderOf('library.db')).toBe('');
  });

  it('asks for a path from the top of the disk, since the core resolves others against a folder the user cannot see', () => {
    expect(isAbsolutePath('/tmp/a.pdf')).toBe(true);
    expect(isAbsolutePath('C:\\a.pdf')).toBe(true);
    expect(isAbsolutePath('\\\\server\\share\\a.pdf')).toBe(true);
    expect(isAbsolutePath('a.pdf')).toBe(false);
    expect(isAbsolutePath('~/a.pdf')).toBe(false);
  });
});
