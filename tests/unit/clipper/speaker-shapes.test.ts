import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('speakers found in more shapes of sentence', () => {
  it('credits the German person who "hat selbst gesagt:", not the interviewee whose answer holds the quote', () => {
    const draft = parseClip(
      'Die Mühle sucht Lehrlinge\n\nFrau Lindqvist, warum finden Sie keine Leute?\n\nLindqvist: Das Handwerk hat ein Imageproblem. Unser Obermeister Karl Oeser hat selbst gesagt: „Mehl riecht besser als jedes Büro.“ Das stimmt.',
    );
    expect(draft.quotes[0]).toEqual({ speaker: 'Karl Oeser', text: 'Mehl riecht besser als jedes Büro.' });
  });

  it('credits the person named after "nach den Worten von"', () => {
    const draft = parseClip(
      'Streit um den Radweg\n\nDer Weg führe mitten durch die Streuobstwiese, nach den Worten von Vereinssprecher Timo Brandl sei „jeder Meter Asphalt dort einer zu viel“.',
    );
    expect(draft.quotes[0]?.speaker).toBe('Timo Brandl');
  });

  it('credits the person named after a lower-case role in "Как отмечает старший инженер …,"', () => {
    const draft = parseClip(
      'Мост откроют весной\n\nКак отмечает старший инженер подрядчика Дарья Лемешева, «опоры простоят сто лет, если их не трогать».',
    );
    expect(draft.quotes[0]).toEqual({ speaker: 'Дарья Лемешева', text: 'опоры простоят сто лет, если их не трогать' });
  });

  it('credits the company, not the town it is based in', () => {
    const draft = parseClip(
      'Ferry line sold\n\nNordvik Ferjer, based in Tromsø, said on Monday that "the timetable will not change this winter."',
    );
    expect(draft.quotes[0]?.speaker).toBe('Nordvik Ferjer');
  });

  it('reads a club in quotation marks before a coach’s name as no speaker', () => {
    const draft = parseClip(
      'Голкіпер залишається\n\n«Він тренується більше за всіх, тому й грає», — пояснив головний тренер «Степових Орлів» Богдан Ярошенко.',
    );
    expect(draft.quotes[0]?.speaker).toBe('Богдан Ярошенко');
    expect(draft.people).not.toContain('Степових Орлів');
  });
});
