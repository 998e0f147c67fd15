import { test, expect } from './fixtures.js';
import { selectPhrase } from './reader-selection.js';

/** A report long enough that its last paragraphs sit below the reader's fold. */
const harbourReport = [
  'The harbour authority said on Tuesday that the queue of cargo ships had grown for a third day.',
  ...Array.from(
    { length: 14 },
    (_, i) =>
      `Paragraph ${i + 1} of the report goes over the week in the port: pilots, tugs, berth bookings and the weather that kept the cranes idle for hours at a time.`,
  ),
  'By Thursday evening the authority counted forty ships waiting offshore, the most since records began.',
  'Dockers expect the queue to clear by the end of the month.',
].join('\n\n');

test('the Highlights index lists every highlight, filters them, opens one in its clip and copies it with its citation', async ({
  app,
  server,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const harbour = await server.call<{ id: number }>('clips.create', {
    text: harbourReport,
    draft: { title: 'Ships queue off the harbour', source: 'The Coast Post', date: '2024-02-08', language: 'en' },
  });
  const budget = await server.call<{ id: number }>('clips.create', {
    text: 'The city budget sets aside 12 million for flood defences.\n\nCouncillors vote on it next month.',
    draft: { title: 'Flood money in the budget', source: 'The Courier', date: '2024-02-09', language: 'en' },
  });
  await app.reload();
  const sidebar = app.getByRole('navigation', { name: 'Library' });
  const reader = app.getByRole('region', { name: 'Reader' });

  await sidebar.getByRole('button', { name: 'Highlights' }).click();
  await expect(app.getByText('No highlights yet')).toBeVisible();
  await expect(app.getByText(/Select text in a clip and choose a colour/)).toBeVisible();

  // A highlight with a note, deep in the long report, made in the reader.
  await sidebar.getByRole('button', { name: 'All clips' }).click();
  await app.locator(`[data-clip-id="${harbour.id}"]`).click();
  await reader.locator('[data-start]', { hasText: 'forty ships' }).scrollIntoViewIfNeeded();
  await selectPhrase(app, 'forty ships waiting offshore');
  await app.getByRole('toolbar', { name: 'Highlight the selection' }).getByRole('button', { name: 'Note' }).click();
  const editor = app.getByRole('dialog', { name: 'Highlight' });
  await editor.getByRole('textbox', { name: 'Note on this highlight' }).fill('Check this figure against the port log.');
  await editor.getByRole('button', { name: 'Done' }).click();
  await expect(editor).toBeHidden();

  // A plain green one in the other clip, which is left open in the reader.
  await app.locator(`[data-clip-id="${budget.id}"]`).click();
  await selectPhrase(app, '12 million for flood defences');
  await app.getByRole('toolbar', { name: 'Highlight the selection' }).getByRole('button', { name: 'Highlight Green' }).click();
  await expect(reader.locator('.hl.green')).toHaveText('12 million for flood defences');

  await sidebar.getByRole('button', { name: 'Highlights' }).click();
  const rows = app.getByRole('list', { name: 'Highlights' }).getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(app.getByText('2 highlights')).toBeVisible();
  // Newest first, each with its note and its clip's headline.
  await expect(rows.nth(0)).toContainText('12 million for flood defences');
  await expect(rows.nth(0)).toContainText('Flood money in the budget');
  await expect(rows.nth(1)).toContainText('forty ships waiting offshore');
  await expect(rows.nth(1)).toContainText('Check this figure against the port log.');
  await expect(rows.nth(1)).toContainText('Ships queue off the harbour');

  await app.getByRole('button', { name: 'Green only' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('12 million');
  await app.getByRole('button', { name: 'All', exact: true }).click();
  await app.getByRole('checkbox', { name: 'With notes only' }).check();
  await expect(rows).toHaveCount(1);
  await app.getByRole('checkbox', { name: 'With notes only' }).uncheck();
  await expect(rows).toHaveCount(2);

  // The note's words find it; opening it brings its passage into view in the reader, flashed.
  await app.getByRole('searchbox', { name: 'Search the passages and notes' }).fill('port log');
  await expect(rows).toHaveCount(1);
  await rows
    .first()
    .getByRole('button', { name: /forty ships waiting offshore/ })
    .click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Ships queue off the harbour');
  const mark = reader.locator('.hl', { hasText: 'forty ships waiting offshore' });
  await expect(mark).toBeInViewport();
  await expect(mark).toHaveClass(/flash/);
  await expect(reader.getByRole('heading', { level: 1 })).not.toBeInViewport();

  await rows.first().hover();
  await rows.first().getByRole('button', { name: 'Copy highlight' }).click();
  await expect(app.getByText('Copied the highlight, with its citation.')).toBeVisible();
  const clipboard = () => app.evaluate(() => navigator.clipboard.readText());
  expect(await clipboard()).toBe(
    '“forty ships waiting offshore”\nCheck this figure against the port log.\n“Ships queue off the harbour.” The Coast Post, 8 February 2024.',
  );

  await app.getByRole('searchbox', { name: 'Search the passages and notes' }).fill('');
  await expect(rows).toHaveCount(2);
  await app.getByRole('button', { name: 'Copy all shown' }).click();
  await expect(app.getByText('Copied 2 highlights, with their citations.')).toBeVisible();
  expect(await clipboard()).toBe(
    [
      '“12 million for flood defences”\n“Flood money in the budget.” The Courier, 9 February 2024.',
      '“forty ships waiting offshore”\nCheck this figure against the port log.\n“Ships queue off the harbour.” The Coast Post, 8 February 2024.',
    ].join('\n\n'),
  );

  // A highlight removed in the reader leaves the index at once.
  await mark.click();
  await editor.getByRole('button', { name: 'Remove' }).click();
  await expect(rows).toHaveCount(1);
  await expect(app.getByText('1 highlight', { exact: true })).toBeVisible();
});

test('the Highlights index loads older highlights as its list is scrolled', async ({ app, server }) => {
  const words = Array.from({ length: 130 }, (_, i) => `word${i}`);
  const clip = await server.call<{ id: number }>('clips.create', { text: words.join(' '), draft: { title: 'Many marks', language: 'en' } });
  for (let i = 0; i < words.length; i += 10) {
    await Promise.all(
      words.slice(i, i + 10).map((word, k) => {
        const start = words.slice(0, i + k).join(' ').length + (i + k > 0 ? 1 : 0);
        return server.call('highlights.add', { clipId: clip.id, exact: word, start, end: start + word.length });
      }),
    );
  }
  await app.reload();
  await app.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Highlights' }).click();
  await expect(app.getByText('130 highlights')).toBeVisible();
  const list = app.getByRole('list', { name: 'Highlights' });
  const rows = list.locator('li.entry');
  await expect(rows).toHaveCount(100);
  await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect(rows).toHaveCount(130);
  await expect(list.getByRole('button', { name: 'Show older highlights' })).toHaveCount(0);
});
