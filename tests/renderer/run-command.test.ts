import { beforeEach, expect, test } from 'vitest';
import { runCommand } from '../../renderer/src/lib/commands/run-command.js';
import { selection } from '../../renderer/src/lib/list/selection.svelte.js';
import { shortcutSheet } from '../../renderer/src/lib/settings/shortcut-sheet.svelte.js';
import { toasts } from '../../renderer/src/lib/ui/toasts.svelte.js';
import { undoStack } from '../../renderer/src/lib/ui/undo.svelte.js';

let searchFocused = 0;
const targets = { focusSearch: () => void searchFocused++, focusTagField: () => false };

beforeEach(() => {
  undoStack.clear();
  toasts.dismiss();
  selection.clear();
  document.body.replaceChildren();
});

test('Undo takes back the newest action on the stack, then says when there is nothing left', async () => {
  const done: string[] = [];
  undoStack.offer('Tagged the clip “port”.', () => done.push('untag'));
  undoStack.offer('Moved to Trash.', () => done.push('restore'));

  await runCommand({ name: 'undo' }, targets);
  expect(done).toEqual(['restore']);
  await runCommand({ name: 'undo' }, targets);
  expect(done).toEqual(['restore', 'untag']);
  await runCommand({ name: 'undo' }, targets);
  expect(toasts.current?.message).toBe('Nothing to undo.');
});

test('Undo while typing in a field is left to the field', async () => {
  const done: string[] = [];
  undoStack.offer('Moved to Trash.', () => done.push('restore'));
  const field = document.createElement('input');
  document.body.append(field);
  field.focus();

  await runCommand({ name: 'undo' }, targets);
  expect(done).toEqual([]);
  expect(undoStack.size).toBe(1);
});

test('Find focuses the search field, and the shortcut sheet opens from its command', async () => {
  await runCommand({ name: 'find' }, targets);
  expect(searchFocused).toBe(1);
  await runCommand({ name: 'show-shortcuts' }, targets);
  expect(shortcutSheet.isOpen).toBe(true);
});

test('Compare with one clip picked says how to pick the second', async () => {
  selection.single(7);
  await runCommand({ name: 'compare' }, targets);
  expect(toasts.current?.message).toMatch(/^To compare, select two clips in the list/);
});
