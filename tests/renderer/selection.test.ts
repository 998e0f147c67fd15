import { expect, test } from 'vitest';
import { SelectionStore } from '../../renderer/src/lib/list/selection.svelte.js';

const order = [10, 20, 30, 40, 50];

test('a click picks one clip, Ctrl+click adds and takes away, in the order picked', () => {
  const picked = new SelectionStore();
  picked.single(30);
  picked.toggle(10);
  picked.toggle(50);
  expect(picked.ids()).toEqual([30, 10, 50]);
  expect(picked.multiple).toBe(true);
  picked.toggle(10);
  expect(picked.ids()).toEqual([30, 50]);
  expect(picked.has(10)).toBe(false);
});

test('Shift+click picks the run from the last clicked clip, either way up the list', () => {
  const picked = new SelectionStore();
  picked.single(40);
  picked.range(order, 20);
  expect(picked.ids()).toEqual([20, 30, 40]);
  picked.toggle(50);
  picked.range(order, 30);
  expect(picked.ids()).toEqual([30, 40, 50]);
});

test('Shift+click with nothing clicked before picks just that clip', () => {
  const picked = new SelectionStore();
  picked.range(order, 20);
  expect(picked.ids()).toEqual([20]);
});

test('select all replaces the picks but keeps the anchor for a later Shift+click', () => {
  const picked = new SelectionStore();
  picked.single(20);
  picked.replace(order);
  expect(picked.size).toBe(5);
  picked.range(order, 40);
  expect(picked.ids()).toEqual([20, 30, 40]);
  picked.clear();
  expect(picked.size).toBe(0);
  expect(picked.multiple).toBe(false);
});
