import { describe, expect, it } from 'vitest';
import { methodNames } from '../../../electron/shared/api/contract.js';
import { ApiError } from '../../../electron/shared/api/errors.js';
import { authorize, isWrite, methodRoles, ROLES, type Role } from '../../../electron/shared/api/roles.js';

const rank = (role: Role) => ROLES.indexOf(role);

describe('the least role of every contract method', () => {
  it('covers exactly the contract', () => {
    expect(Object.keys(methodRoles).sort()).toEqual([...methodNames].sort());
  });

  describe.each(ROLES)('as %s', (role) => {
    it.each(methodNames)('%s is allowed or refused by its role', (method) => {
      const needed = methodRoles[method];
      if (rank(role) >= rank(needed)) {
        expect(() => authorize(role, method)).not.toThrow();
        return;
      }
      let refusal: unknown;
      try {
        authorize(role, method);
      } catch (err) {
        refusal = err;
      }
      expect(refusal).toBeInstanceOf(ApiError);
      expect((refusal as ApiError).code).toBe('forbidden');
      expect((refusal as ApiError).message).toContain(`needs the ${needed} role`);
      expect((refusal as ApiError).message).toContain(`signed in as a${role === 'admin' ? 'n' : ''} ${role}`);
    });
  });

  it('lets a reader read and export, but not change the library', () => {
    for (const method of ['search.query', 'clips.get', 'library.export', 'dossier.download'] as const)
      expect(methodRoles[method]).toBe('reader');
    for (const method of ['clips.create', 'tags.apply', 'highlights.add', 'collections.addClips'] as const) {
      expect(methodRoles[method]).toBe('editor');
      expect(isWrite(method)).toBe(true);
    }
  });

  it('keeps what cannot be undone, settings and backups for admins', () => {
    for (const method of ['trash.purge', 'trash.empty', 'settings.update', 'backups.restore', 'library.move'] as const) {
      expect(methodRoles[method]).toBe('admin');
    }
  });
});
