import { describe, expect, it } from 'vitest';
import { readDateline } from '../../../electron/shared/clipper/dateline.js';

describe('a French regional paper’s dateline', () => {
  it('gives the town and its department in brackets, closed by a dash or a full stop', () => {
    expect(readDateline('GRENOBLE (Isère) – Le conseil municipal a voté mardi.')?.place).toBe('GRENOBLE (Isère)');
    expect(readDateline('GRENOBLE (Isère). Le conseil municipal a voté mardi.')?.place).toBe('GRENOBLE (Isère)');
  });

  it('is not capitals and a bracket opening a sentence', () => {
    expect(readDateline('ACME (Estrellia). Le groupe a publié ses comptes mardi.')).toBeNull();
    expect(readDateline('GRENOBLE (AFP). Le conseil municipal a voté mardi.')?.place ?? null).not.toBe('GRENOBLE (AFP)');
  });
});
