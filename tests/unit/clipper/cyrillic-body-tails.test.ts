import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('Russian and Ukrainian bodies: where their name ends, and bodies named in lower case', () => {
  it('ends a body’s name before the person after it, keeping a place’s genitive', () => {
    const draft = parseClip(
      'Новости\n\nДиректор Заречного управления по водным ресурсам Ольга Петрова сообщила о паводке. Датчики поставили инженеры Заречного технического университета по заказу области.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['Заречное управление по водным ресурсам', 'Заречный технический университет']),
    );
    expect(draft.organizations.some((o) => o.includes('Ольга') || o.includes('заказу'))).toBe(false);
  });

  it('keeps a country’s genitive in a Ukrainian body’s name and leaves out a given name with an apostrophe', () => {
    const draft = parseClip(
      "Новини\n\nПро це розповів голова Асоціації річкових перевізників України Олег Петренко. За словами голови Липовецької районної ради В'ячеслава Коваля, міст відкриють улітку.",
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Асоціація річкових перевізників України', 'Липовецька районна рада']));
    expect(draft.organizations.some((o) => o.includes('Олег') || o.includes("В'ячеслава"))).toBe(false);
  });

  it('reads a town’s or region’s own government written in lower case, and no place inside it', () => {
    const draft = parseClip(
      'Новости\n\nГорожане пожаловались в мэрию Тамбова на ямы. Письмо направили в правительство Заречной области и в департамент культуры Твери.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['мэрия Тамбова', 'правительство Заречной области', 'департамент культуры Твери']),
    );
    expect(draft.places).not.toContain('Заречная область');
    expect(draft.places).not.toContain('Тамбов');
  });

  it('reads a planetarium, a metro and an office named by a hyphened adjective as bodies', () => {
    const draft = parseClip(
      'Новости\n\nЗаречный планетарий открылся после ремонта. Работники Заречного метрополитена и Лесогорское трамвайно-троллейбусное управление поддержали акцию.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['Заречный планетарий', 'Заречный метрополитен', 'Лесогорское трамвайно-троллейбусное управление']),
    );
  });
});

describe('Russian and Ukrainian bodies by the region they serve, and units of the border guard', () => {
  it('ends a branch’s name with the region it serves', () => {
    const draft = parseClip(
      'Новини\n\nПеревірку провело Головне управління Держпраці у Липовецькій області. Справу веде Управление Росреестра по Заречной области.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['Головне управління Держпраці у Липовецькій області', 'Управление Росреестра по Заречной области']),
    );
  });

  it('reads a border detachment named by its adjectives as a body', () => {
    const draft = parseClip('Новини\n\nЗаріченський прикордонний загін посилив охорону кордону.');
    expect(draft.organizations).toContain('Заріченський прикордонний загін');
  });
});
