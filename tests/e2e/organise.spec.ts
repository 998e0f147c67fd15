import type { Locator, Page } from '@playwright/test';
import { test, expect, corpusText } from './fixtures.js';
import { addReviewedCorpusClips } from './corpus-library.js';
import { importClips } from './imported-clips.js';
import { selectPhrase } from './reader-selection.js';

const command = process.platform === 'darwin' ? 'Meta' : 'Control';

const sidebarTree = (app: Page, name: 'Collections' | 'Tags') => app.getByRole('tree', { name });
/** A sidebar tree row by its name; its accessible name goes on to say how many clips it holds. */
const item = (tree: Locator, name: string) => {
  const literal = name.replace(/[.*+?^$()|[\]{}\\]/g, '\\$&');
  return tree.getByRole('treeitem', { name: new RegExp(`^${literal}, [\\d,]+ clips?$`) });
};

/** Answers the app's small naming dialog. */
async function answer(app: Page, value: string | null, confirm: string) {
  const dialog = app.getByRole('dialog');
  // A field with suggestions is a combobox, a plain one a textbox.
  if (value !== null) await dialog.getByRole('textbox').or(dialog.getByRole('combobox')).fill(value);
  await dialog.getByRole('button', { name: confirm }).click();
  await expect(dialog).toBeHidden();
}

async function openMenu(row: Locator, entry: string) {
  await row.hover();
  await row.getByRole('button', { name: /^Actions for/ }).click();
  await row.page().getByRole('menuitem', { name: entry }).click();
}

test('tags form a tree with counts; selecting one lists its clips and a rename carries its children', async ({ app, server }) => {
  const [olives, dresden, china] = await addReviewedCorpusClips(server, [
    'v12_long_puglia_olives',
    'v10_de_dresden_flood',
    'v02_reuters_china_argentina',
  ]);
  await server.call('tags.apply', { clipIds: [olives], names: ['region/europe/italy'] });
  await server.call('tags.apply', { clipIds: [dresden], names: ['region/europe/germany'] });
  await server.call('tags.apply', { clipIds: [china], names: ['topic/trade'] });
  await app.reload();

  const tags = sidebarTree(app, 'Tags');
  await expect(tags.getByRole('treeitem')).toHaveCount(2);
  const region = item(tags, 'region');
  await expect(region).toContainText('2');
  await region.click();
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('ArrowDown');
  await expect(item(tags, 'europe')).toBeFocused();
  await app.keyboard.press('ArrowRight');
  await expect(item(tags, 'italy')).toBeVisible();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 2, name: 'region/europe' })).toBeVisible();
  await expect(app.getByRole('listbox', { name: 'region/europe' }).getByRole('option')).toHaveCount(2);

  await openMenu(item(tags, 'europe'), 'Rename…');
  await answer(app, 'region/eu', 'Rename');
  await expect(item(tags, 'eu')).toBeVisible();
  await expect(item(tags, 'italy')).toBeVisible();
  await expect(app.getByRole('heading', { level: 2, name: 'region/eu' })).toBeVisible();

  await item(tags, 'italy').click();
  await expect(app.getByRole('option')).toHaveCount(1);
  await app.getByRole('option').click();
  await expect(app.getByRole('list', { name: 'Tags on this clip' })).toContainText('region/eu/italy');
});

test('the tag picker adds a tag with autocomplete and removes it with Undo', async ({ app, server }) => {
  await addReviewedCorpusClips(server, ['v12_long_puglia_olives', 'v02_reuters_china_argentina']);
  await server.call('tags.apply', { clipIds: [1], names: ['agriculture/olives'] });
  await app.reload();
  await app.getByRole('option').filter({ hasText: 'China, Argentina' }).click();

  const picker = app.getByRole('combobox', { name: 'Add a tag' });
  await picker.fill('agri');
  await expect(app.getByRole('option', { name: 'agriculture/olives', exact: true })).toBeVisible();
  await picker.fill('trade/soy');
  await picker.press('Enter');
  const onClip = app.getByRole('list', { name: 'Tags on this clip' });
  await expect(onClip).toContainText('trade/soy');
  await expect(item(sidebarTree(app, 'Tags'), 'trade')).toBeVisible();

  await onClip.getByRole('button', { name: 'Remove tag trade/soy' }).click();
  await expect(onClip).not.toContainText('trade/soy');
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(onClip).toContainText('trade/soy');
});

test('a clip is filed with one click straight after tagging it, though the tag suggestions fold away as the field is left', async ({
  app,
  server,
}) => {
  await addReviewedCorpusClips(server, ['v02_reuters_china_argentina']);
  await server.call('collections.create', { name: 'Briefs' });
  await app.reload();
  await app.getByRole('option').filter({ hasText: 'China, Argentina' }).click();

  const picker = app.getByRole('combobox', { name: 'Add a tag' });
  await picker.fill('trade/soy');
  await picker.press('Enter');
  await expect(app.getByRole('group', { name: 'Suggested tags' })).toBeVisible();
  await app.getByRole('button', { name: 'Add to collection…' }).click();
  await expect(app.getByRole('menuitem', { name: 'Briefs', exact: true })).toBeVisible({ timeout: 2_000 });
  await expect(app.getByRole('group', { name: 'Suggested tags' })).toBeHidden();
});

test('collections nest, take clips by drag and from the reader, and keep a keyboard reorder across a reload', async ({ app, server }) => {
  const ids = await addReviewedCorpusClips(server, ['v12_long_puglia_olives', 'v05_ap_barents_rescue', 'v02_reuters_china_argentina']);
  await app.reload();
  const collections = sidebarTree(app, 'Collections');

  await app.getByRole('button', { name: 'New collection' }).click();
  await app.getByRole('menuitem', { name: 'New collection…' }).click();
  await answer(app, 'Briefs', 'Create');
  await expect(item(collections, 'Briefs')).toBeVisible();
  await expect(app.getByText('This collection is empty')).toBeVisible();
  await openMenu(item(collections, 'Briefs'), 'New sub-collection…');
  await answer(app, 'Harvests', 'Create');
  await expect(item(collections, 'Harvests')).toHaveAttribute('aria-level', '2');

  // Moving a collection into its own child is refused, by the core, with words.
  await item(collections, 'Briefs').click();
  await app.keyboard.press('ArrowDown');
  await expect(item(collections, 'Harvests')).toBeFocused();

  await app.getByRole('button', { name: 'All clips' }).click();
  for (const id of ids) {
    await app.locator(`[data-clip-id="${id}"]`).dragTo(item(collections, 'Harvests'));
  }
  await expect(item(collections, 'Harvests')).toContainText('3');

  await app.locator(`[data-clip-id="${ids[0]}"]`).click();
  await app.getByRole('button', { name: 'Add to collection…' }).click();
  await app.getByRole('menuitem', { name: 'Briefs', exact: true }).click();
  await expect(app.getByRole('list', { name: 'Collections holding this clip' })).toContainText('Briefs');

  await item(collections, 'Harvests').click();
  const rows = app.getByRole('listbox', { name: 'Harvests' }).getByRole('option');
  await expect(rows).toHaveCount(3);
  const firstTitle = await rows.nth(0).locator('.title').textContent();
  await rows.nth(0).click();
  await app.keyboard.press('Alt+ArrowDown');
  await expect(rows.nth(1)).toContainText(firstTitle!);
  await app.keyboard.press('Alt+ArrowDown');
  await expect(rows.nth(2)).toContainText(firstTitle!);
  // Undo takes the run of moves back at once; two quick presses then move the clip two places,
  // the second waiting for the first to be saved.
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(rows.nth(0)).toContainText(firstTitle!);
  await rows.nth(0).click();
  await app.keyboard.press('Alt+ArrowDown');
  await app.keyboard.press('Alt+ArrowDown');
  await expect(rows.nth(2)).toContainText(firstTitle!);

  await app.reload();
  await app
    .getByRole('tree', { name: 'Collections' })
    .getByRole('treeitem', { name: /^Briefs, / })
    .press('ArrowRight');
  await item(collections, 'Harvests').click();
  await expect(rows.nth(2)).toContainText(firstTitle!);

  // Dragged onto the top half of the first row, the last clip goes first.
  await rows.nth(2).dragTo(rows.nth(0), { targetPosition: { x: 40, y: 10 } });
  await expect(rows.nth(0)).toContainText(firstTitle!);
  await expect(rows.nth(0)).toContainText('1');
  expect(await server.call<number[]>('collections.clipIds', { id: 2 })).toHaveLength(3);
});

test('a saved search is a smart collection that takes in a matching clip when it is added', async ({ app, server }) => {
  await addReviewedCorpusClips(server, ['v05_ap_barents_rescue', 'v02_reuters_china_argentina']);
  await app.reload();

  await app.getByRole('searchbox', { name: 'Search clips' }).fill('Argentina');
  await expect(app.getByText('1 result')).toBeVisible();
  await app.getByRole('button', { name: 'Save search' }).click();
  await answer(app, 'Argentina watch', 'Save');
  const smart = item(sidebarTree(app, 'Collections'), 'Argentina watch');
  await expect(smart).toContainText('1');
  await expect(app.getByText(/Smart collection: clips matching/)).toBeVisible();

  await server.call('clips.create', { text: corpusText('v03_xinhua_china_argentina') });
  await app.getByRole('button', { name: 'All clips' }).click();
  await expect(smart).toContainText('2');
  await smart.click();
  await expect(app.getByRole('listbox', { name: 'Argentina watch' }).getByRole('option')).toHaveCount(2);

  await app.getByRole('button', { name: 'New collection' }).click();
  await app.getByRole('menuitem', { name: 'New smart collection…' }).click();
  await app.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill('source:AP');
  await app.getByRole('dialog').getByRole('button', { name: 'Next' }).click();
  await expect(app.getByRole('dialog').getByRole('textbox', { name: 'Name' })).toHaveValue('source:AP');
  await answer(app, 'From AP', 'Create');
  await expect(item(sidebarTree(app, 'Collections'), 'From AP')).toContainText('1');
  await expect(app.getByRole('listbox', { name: 'From AP' }).getByRole('option')).toContainText('Norway, Russia rescue');
});

test('search shows its syntax, sorts by date, and a facet click narrows the results', async ({ app, server }) => {
  await addReviewedCorpusClips(server, ['v02_reuters_china_argentina', 'v03_xinhua_china_argentina', 'v05_ap_barents_rescue']);
  await app.reload();

  await app.getByRole('button', { name: 'Search syntax' }).click();
  await expect(app.getByRole('dialog', { name: 'Searching' })).toContainText('NEAR(');
  await app.keyboard.press('Escape');

  const field = app.getByRole('searchbox', { name: 'Search clips' });
  await field.fill('Argentina');
  await expect(app.getByText('2 results')).toBeVisible();
  await app.getByRole('button', { name: /^Sort by:/ }).click();
  await app.getByRole('menuitemradio', { name: 'Article date' }).click();
  await expect(app.getByRole('button', { name: /^Newest first/ })).toBeVisible();

  const facets = app.getByRole('region', { name: 'Narrow the search' });
  await facets.getByRole('button', { name: /Reuters/ }).click();
  await expect(field).toHaveValue('Argentina source:Reuters');
  await expect(app.getByText('1 result')).toBeVisible();

  await field.fill('Argentina before:');
  await expect(app.getByText(/before:/).last()).toBeVisible();
});

test('a highlight with a note and the clip note survive a reload', async ({ app, server }) => {
  const [china] = await addReviewedCorpusClips(server, ['v02_reuters_china_argentina']);
  await app.reload();
  await app.locator(`[data-clip-id="${china}"]`).click();

  await selectPhrase(app, 'second-biggest trading partner');
  await app.getByRole('toolbar', { name: 'Highlight the selection' }).getByRole('button', { name: 'Note' }).click();
  const editor = app.getByRole('dialog', { name: 'Highlight' });
  await editor.getByRole('radio', { name: 'Green' }).click();
  await editor.getByRole('textbox', { name: 'Note on this highlight' }).fill('Check against the Xinhua report.');
  await editor.getByRole('button', { name: 'Done' }).click();
  await expect(editor).toBeHidden();

  const notes = app.getByRole('textbox', { name: 'Notes' });
  await notes.fill('**Follow up** with the ministry.');
  await notes.blur();
  await expect(app.getByText('Saved', { exact: true })).toBeVisible();

  await app.reload();
  await app.locator(`[data-clip-id="${china}"]`).click();
  const mark = app.locator('.hl');
  await expect(mark).toHaveText('second-biggest trading partner');
  await expect(mark).toHaveClass(/green/);
  const clipNotes = app.getByRole('region', { name: 'Notes' });
  await expect(clipNotes.locator('strong')).toHaveText('Follow up');
  await clipNotes.getByRole('button', { name: 'Edit notes' }).click();
  await expect(clipNotes.getByRole('textbox')).toHaveValue('**Follow up** with the ministry.');
  await mark.click();
  await expect(app.getByRole('dialog', { name: 'Highlight' }).getByRole('textbox')).toHaveValue('Check against the Xinhua report.');
  await app.getByRole('dialog', { name: 'Highlight' }).getByRole('button', { name: 'Remove' }).click();
  await expect(app.locator('.hl')).toHaveCount(0);

  await selectPhrase(app, 'hard currency');
  await app.keyboard.press('h');
  await expect(app.locator('.hl.yellow')).toHaveText('hard currency');
});

test('the indexes list names, quotes and months, and each opens its clips', async ({ app, server }) => {
  await addReviewedCorpusClips(server, ['v02_reuters_china_argentina', 'v05_ap_barents_rescue', 'v10_de_dresden_flood']);
  await app.reload();

  await app.getByRole('button', { name: 'Quotes' }).click();
  await app.getByRole('combobox', { name: 'Speaker' }).selectOption('Martín Echegaray');
  const quotes = app.getByRole('list', { name: 'Quotes' }).getByRole('button');
  await expect(quotes).toHaveCount(1);
  await quotes.first().click();
  await expect(app.getByRole('heading', { level: 1 })).toContainText('China, Argentina sign soymeal');
  await app.getByRole('combobox', { name: 'Speaker' }).selectOption('');
  await app.getByRole('searchbox', { name: 'Search the quotes' }).fill('lithium');
  await expect(quotes).toHaveCount(1);
  await expect(quotes.first()).toContainText('“');
  // A German report's quote is set in German quotation marks.
  await app.getByRole('searchbox', { name: 'Search the quotes' }).fill('Scheitel');
  await expect(quotes).toHaveCount(1);
  await expect(quotes.first()).toContainText('„Wir rechnen damit');

  await app.getByRole('button', { name: 'People', exact: true }).click();
  await app.getByRole('searchbox', { name: 'Filter people' }).fill('Echeg');
  await app.getByRole('button', { name: /^Martín Echegaray/ }).click();
  await expect(app.getByRole('searchbox', { name: 'Search clips' })).toHaveValue('person:"Martín Echegaray"');
  await expect(app.getByText('1 result')).toBeVisible();

  await app.getByRole('button', { name: 'Timeline', exact: true }).click();
  await app.getByRole('button', { name: /Jun 2023/ }).click();
  await expect(app.getByRole('searchbox', { name: 'Search clips' })).toHaveValue('on:2023-06');
  await expect(app.getByText('1 result')).toBeVisible();
});

test('select all then tag tags every clip at once', async ({ app, server }) => {
  test.setTimeout(120_000);
  const total = 1_200;
  await importClips(
    server,
    Array.from({ length: total }, (_, i) => ({
      title: `Bulk note ${i}`,
      paragraphs: [`A short clip, number ${i}, about harbour dues in Tallinn.`],
    })),
  );
  await app.reload();
  await expect(app.getByText(`${total.toLocaleString('en-GB')} clips`)).toBeVisible();

  await app.getByRole('option').first().click();
  await app.keyboard.press(`${command}+a`);
  const bar = app.getByRole('toolbar', { name: 'Selected clips' });
  await expect(bar).toContainText('1,200 clips selected');
  await bar.getByRole('button', { name: 'Tag…', exact: true }).click();
  await answer(app, 'port/tallinn', 'Tag');
  const port = item(sidebarTree(app, 'Tags'), 'port');
  await expect(port).toContainText('1,200', { timeout: 20_000 });

  await app
    .getByRole('option')
    .nth(1)
    .click({ modifiers: ['Shift'] });
  await expect(bar).toContainText('2 clips selected');
  await bar.getByRole('button', { name: 'Untag…' }).click();
  await answer(app, null, 'Remove');
  await expect(port).toContainText('1,198');
});

test('a tag takes a colour by name, merges into another, and comes back after a delete with Undo', async ({ app, server }) => {
  const [olives, dresden] = await addReviewedCorpusClips(server, ['v12_long_puglia_olives', 'v10_de_dresden_flood']);
  await server.call('tags.apply', { clipIds: [olives], names: ['climate'] });
  await server.call('tags.apply', { clipIds: [dresden], names: ['weather'] });
  await app.reload();
  const tags = sidebarTree(app, 'Tags');

  await openMenu(item(tags, 'climate'), 'Colour…');
  await app.getByRole('dialog').getByRole('combobox').selectOption({ label: 'Green' });
  await answer(app, null, 'Set colour');
  await expect(item(tags, 'climate').locator('.tag-dot')).toHaveAttribute('title', 'Green');

  await openMenu(item(tags, 'weather'), 'Merge into…');
  await app.getByRole('dialog').getByRole('combobox').selectOption('climate');
  await answer(app, null, 'Merge');
  await expect(item(tags, 'weather')).toHaveCount(0);
  await expect(item(tags, 'climate')).toContainText('2');

  await item(tags, 'climate').click();
  await app.keyboard.press('Delete');
  await expect(tags.getByRole('treeitem')).toHaveCount(0);
  await expect(app.getByText('Tag a clip in the reader')).toBeVisible();
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(item(tags, 'climate')).toContainText('2');
  await expect(item(tags, 'climate').locator('.tag-dot')).toHaveAttribute('title', 'Green');
});

test('collections move by keyboard, are refused a move into their own child, and ask before a delete', async ({ app, server }) => {
  const a = await server.call<{ id: number }>('collections.create', { name: 'Alpha' });
  await server.call('collections.create', { name: 'Beta' });
  await server.call('collections.create', { name: 'Child of alpha', parentId: a.id });
  await app.reload();
  const collections = sidebarTree(app, 'Collections');
  const names = () =>
    collections.getByRole('treeitem').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')?.replace(/, [\d,]+ clips?$/, '')));

  await item(collections, 'Beta').click();
  await app.keyboard.press('Alt+ArrowUp');
  await expect.poll(names).toEqual(['Beta', 'Alpha']);
  await expect(item(collections, 'Beta')).toBeFocused();
  await app.keyboard.press('Alt+ArrowDown');
  await expect.poll(names).toEqual(['Alpha', 'Beta']);
  await app.keyboard.press('Alt+ArrowRight');
  await expect(item(collections, 'Beta')).toHaveAttribute('aria-level', '2');
  await app.keyboard.press('Alt+ArrowLeft');
  await expect(item(collections, 'Beta')).toHaveAttribute('aria-level', '1');

  await item(collections, 'Alpha').press('ArrowRight');
  await item(collections, 'Alpha').dragTo(item(collections, 'Child of alpha'));
  await expect(app.getByRole('status').filter({ hasText: 'Could not move the collection' })).toBeVisible();

  await item(collections, 'Alpha').focus();
  await app.keyboard.press('Delete');
  await expect(app.getByRole('dialog')).toContainText('Its 1 sub-collection goes too');
  await answer(app, null, 'Delete');
  await expect.poll(names).toEqual(['Beta']);
});

test('a highlight whose offsets no longer fit the text is found again by its words and context', async ({ app, server }) => {
  const [china] = await addReviewedCorpusClips(server, ['v02_reuters_china_argentina']);
  const clip = await server.call<{ paragraphs: string[] }>('clips.get', { id: china });
  const text = clip.paragraphs.join('\n\n');
  const phrase = 'China';
  // The second "China" in the text, recorded with offsets that now point somewhere else, as after an edit.
  const start = text.indexOf(phrase, text.indexOf(phrase) + 1);
  await server.call('highlights.add', {
    clipId: china,
    exact: phrase,
    prefix: text.slice(start - 32, start),
    suffix: text.slice(start + phrase.length, start + phrase.length + 32),
    start: start + 7,
    end: start + 7 + phrase.length,
    color: 'pink',
  });
  await app.reload();
  await app.locator(`[data-clip-id="${china}"]`).click();
  const mark = app.locator('.hl');
  await expect(mark).toHaveText(phrase);
  const at = await mark.evaluate((el) => {
    const paragraph = el.closest<HTMLElement>('[data-start]')!;
    const before = document.createRange();
    before.setStart(paragraph, 0);
    before.setEndBefore(el);
    return Number(paragraph.dataset.start) + before.toString().length;
  });
  expect(at).toBe(start);
});

test('a new collection made while a clip is open shows the empty collection without an error', async ({ app, server }) => {
  await server.call('clips.create', { text: corpusText('seed') });
  await app.reload();
  await app.getByRole('option').first().click();
  await expect(app.getByRole('combobox', { name: 'Add a tag' })).toBeVisible();

  await app.getByRole('button', { name: 'New collection' }).click();
  await app.getByRole('menuitem', { name: 'New collection…' }).click();
  await answer(app, 'Morning review', 'Create');
  await expect(app.getByText('This collection is empty')).toBeVisible();
  await expect(app.getByRole('combobox', { name: 'Add a tag' })).toBeHidden();
});

test('clips are filed in a collection named on the spot, from the bulk bar and from the reader', async ({ app, server }) => {
  await addReviewedCorpusClips(server, ['v12_long_puglia_olives', 'v05_ap_barents_rescue', 'v02_reuters_china_argentina']);
  await app.reload();
  const collections = sidebarTree(app, 'Collections');

  // With no collection yet, Add to… asks for a new one's name straight away.
  await app.getByRole('option').nth(0).click();
  await app
    .getByRole('option')
    .nth(1)
    .click({ modifiers: ['Shift'] });
  const bar = app.getByRole('toolbar', { name: 'Selected clips' });
  await bar.getByRole('button', { name: 'Add to…' }).click();
  await expect(app.getByRole('dialog', { name: 'New collection' })).toContainText('2 clips will go in it.');
  await answer(app, 'Thursday brief', 'Create');
  await expect(item(collections, 'Thursday brief')).toContainText('2');
  await expect(app.getByText('Added 2 clips to “Thursday brief”.')).toBeVisible();

  // Once there are collections, a new one is the last choice.
  await bar.getByRole('button', { name: 'Add to…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Add 2 clips to a collection' });
  await dialog.getByRole('combobox').selectOption({ label: 'New collection…' });
  await dialog.getByRole('button', { name: 'Add' }).click();
  await answer(app, 'Friday brief', 'Create');
  await expect(item(collections, 'Friday brief')).toContainText('2');

  await app.getByRole('option').nth(2).click();
  await app.getByRole('button', { name: 'Add to collection…' }).click();
  await app.getByRole('menuitem', { name: 'New collection…' }).click();
  await answer(app, 'Weekend reading', 'Create');
  await expect(app.getByRole('list', { name: 'Collections holding this clip' })).toContainText('Weekend reading');
  await expect(item(collections, 'Weekend reading')).toContainText('1');
});

test('from the list, T tags, C files in a collection and Shift+C copies citations, for the open clip or the selection', async ({
  app,
  server,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await addReviewedCorpusClips(server, ['v12_long_puglia_olives', 'v05_ap_barents_rescue']);
  await server.call('collections.create', { name: 'Briefs', parentId: null });
  await app.reload();
  const rows = app.getByRole('option');

  await rows.nth(0).click();
  await expect(app.getByRole('combobox', { name: 'Add a tag' })).toBeVisible();
  await app.keyboard.press('t');
  await expect(app.getByRole('combobox', { name: 'Add a tag' })).toBeFocused();
  await app.keyboard.type('harvest');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('list', { name: 'Tags on this clip' })).toContainText('harvest');

  await rows.nth(0).click();
  await rows.nth(1).click({ modifiers: ['Shift'] });
  await app.keyboard.press('t');
  await answer(app, 'north', 'Tag');
  await expect(item(sidebarTree(app, 'Tags'), 'north')).toContainText('2');

  await app.keyboard.press('c');
  const dialog = app.getByRole('dialog', { name: 'Add 2 clips to a collection' });
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(item(sidebarTree(app, 'Collections'), 'Briefs')).toContainText('2');

  await app.keyboard.press('Shift+C');
  await expect(app.getByText('Copied 2 citations.')).toBeVisible();
  expect((await app.evaluate(() => navigator.clipboard.readText())).split('\n')).toHaveLength(2);
});
