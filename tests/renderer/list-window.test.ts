import { expect, test } from 'vitest';
import { ROW_HEIGHT, keyTarget, rowsInView } from '../../renderer/src/lib/list/list-window.js';

test('only the rows in view and a margin of six either side go in the page', () => {
  expect(rowsInView(0, 10 * ROW_HEIGHT, 100_000)).toEqual({ first: 0, last: 16 });
  expect(rowsInView(50_000 * ROW_HEIGHT, 10 * ROW_HEIGHT, 100_000)).toEqual({ first: 49_994, last: 50_016 });
  expect(rowsInView(0, 10 * ROW_HEIGHT, 3)).toEqual({ first: 0, last: 3 });
});

test('a list scrolled past its end after it shrank puts no rows in the page', () => {
  const { first, last } = rowsInView(500 * ROW_HEIGHT, 10 * ROW_HEIGHT, 20);
  expect(last - first).toBe(0);
});

test('the keys move the open row by one, by a screen, or to either end', () => {
  const screen = 10 * ROW_HEIGHT;
  expect(keyTarget('ArrowDown', 4, screen, 50)).toBe(5);
  expect(keyTarget('ArrowUp', 4, screen, 50)).toBe(3);
  expect(keyTarget('ArrowUp', -1, screen, 50)).toBe(0);
  expect(keyTarget('PageDown', 4, screen, 50)).toBe(13);
  expect(keyTarget('PageUp', 20, screen, 50)).toBe(11);
  expect(keyTarget('Home', 20, screen, 50)).toBe(0);
  expect(keyTarget('End', 20, screen, 50)).toBe(49);
  expect(keyTarget('Enter', 20, screen, 50)).toBeNull();
});
