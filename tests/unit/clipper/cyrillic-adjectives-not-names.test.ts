import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('Russian and Ukrainian adjectives and body heads that name no place', () => {
  it('reads no body or place from an adjective opening a sentence before its noun', () => {
    const draft = parseClip(
      'Новини\n\nМіський голова Липовця Олег Бондар відкрив міст. Комерційний директор Анна Лисенко подякувала будівельникам.',
    );
    expect(draft.organizations).not.toContain('Міський');
    expect(draft.organizations).not.toContain('Комерційний');
    expect(draft.places).not.toContain('Міський');
  });

  it('reads no town from an adjective in -н- before its noun, nor from a body’s head after a preposition', () => {
    const russian = parseClip(
      'Новости\n\nБаржи пошли через Южную Лиману к морю.\n\nДиректор Южного управления по водным ресурсам Анна Орлова сообщила о паводке.',
    );
    expect(russian.places).not.toContain('Южный');
    const ukrainian = parseClip('Новини\n\nСкаргу розглянули в Адміністрації міського парку.');
    expect(ukrainian.places).not.toContain('Адміністрація');
  });
});
