import { expect, test } from 'vitest';
import { UndoStack } from '../../renderer/src/lib/ui/undo.svelte.js';
import { toasts } from '../../renderer/src/lib/ui/toasts.svelte.js';

test('each action pushes its way back and the newest is undone first', async () => {
  const undo = new UndoStack();
  const done: string[] = [];
  undo.offer('Tagged 2 clips “port”.', () => done.push('untag'));
  undo.offer('Moved to Trash.', () => done.push('restore'));
  expect(undo.size).toBe(2);
  expect(await undo.undo()).toBe(true);
  expect(await undo.undo()).toBe(true);
  expect(done).toEqual(['restore', 'untag']);
  expect(await undo.undo()).toBe(false);
});

test("the notice's Undo button takes the same entry, so it is undone once whichever is used", async () => {
  const undo = new UndoStack();
  const done: string[] = [];
  undo.offer('Renamed “a” to “b”.', () => done.push('rename back'));
  undo.offer('Deleted “Briefs”.', () => done.push('restore Briefs'));
  expect(toasts.current?.message).toBe('Deleted “Briefs”.');
  expect(toasts.current?.action?.label).toBe('Undo');

  await toasts.runAction();
  expect(done).toEqual(['restore Briefs']);
  expect(toasts.current).toBeNull();
  expect(undo.size).toBe(1);

  await undo.undo();
  expect(done).toEqual(['restore Briefs', 'rename back']);
});

test('undoing from the keyboard takes down the notice that offered it', async () => {
  const undo = new UndoStack();
  undo.offer('Highlight removed.', () => undefined);
  expect(toasts.current?.message).toBe('Highlight removed.');
  await undo.undo();
  expect(toasts.current).toBeNull();
});

test('an older entry is still undone after a newer notice replaced its own', async () => {
  const undo = new UndoStack();
  const done: string[] = [];
  const first = undo.offer('Moved “Ports”.', () => done.push('move back'));
  toasts.show('Backed up at 10:00.');
  expect(await undo.undo()).toBe(true);
  expect(done).toEqual(['move back']);
  expect(await undo.undo(first)).toBe(false);
});

test('a dropped entry is never run, and the stack keeps only the newest fifty', async () => {
  const undo = new UndoStack();
  const done: number[] = [];
  for (let n = 1; n <= 60; n++) undo.offer(`Action ${n}`, () => done.push(n));
  expect(undo.size).toBe(50);
  undo.drop(undo.top!);
  while (await undo.undo());
  expect(done[0]).toBe(59);
  expect(done.at(-1)).toBe(11);
  expect(done).toHaveLength(49);
});

test('clear forgets everything, for when another library is opened', async () => {
  const undo = new UndoStack();
  undo.offer('Moved to Trash.', () => {
    throw new Error('must not run against another library');
  });
  undo.clear();
  expect(await undo.undo()).toBe(false);
});
