import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('Russian and Ukrainian bodies by their initials and the state adjective', () => {
  it('lists no body for the initials of a kind before a quoted name', () => {
    const draft = parseClip(
      'Пожар в депо\n\nУщерба не было, — рассказала пресс-секретарь МУПП «Тролтранс» Зарина Колесова. Документы передали от МКУ «Дирекция дорог». Работы оплатило ГБУ «Горсвет».',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Тролтранс', 'Горсвет']));
    expect(draft.organizations).not.toContain('МУПП');
    expect(draft.organizations).not.toContain('МКУ');
  });

  it('reads no body from the state adjective of a body or of a norm named in words', () => {
    const draft = parseClip(
      'Вода в Ковелі\n\nВода відповідає Державним будівельним нормам, повідомили в Державному агентстві з питань лісу.',
    );
    expect(draft.organizations).toContain('Державне агентство з питань лісу');
    expect(draft.organizations).not.toContain('Державному');
    expect(draft.organizations).not.toContain('Державним');
  });
});

describe('Ukrainian energy companies and national bodies by their initials', () => {
  it('reads a regional energy company as a body, and a national body’s initials without its country', () => {
    const draft = parseClip(
      'Негода на заході\n\nБез світла залишаються 40 тисяч абонентів, повідомили у Лісогірськобленерго. Автобус з’їхав у кювет, повідомили в Державному агентстві України з лісових пожеж. Рятувальники ДАЛП працюють на місці.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Лісогірськобленерго', 'Державне агентство України з лісових пожеж']));
    expect(draft.places).not.toContain('Лісогірськобленерго');
    expect(draft.organizations).not.toContain('ДАЛП');
  });
});
