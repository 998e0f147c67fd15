import { test, expect, corpusText, pasteIntoPage } from './fixtures.js';
import { FERRY_FIRE, FERRY_FIRE_REWRITTEN } from '../support/rewritten-story.js';

const seed = corpusText('seed');

test('pasting the same article again offers to save it as a new version', async ({ app, server }) => {
  const first = await server.call<{ id: number }>('clips.create', { text: seed });
  await server.call('clips.update', { id: first.id, fields: { title: 'Two leaders talk by video link' } });
  await app.reload();

  await pasteIntoPage(app, seed);
  const review = app.getByRole('dialog', { name: 'Review clip' });
  const warning = review.getByRole('alert');
  await expect(warning).toContainText('“Two leaders talk by video link”');
  await expect(warning.getByRole('button', { name: 'Open' })).toBeVisible();
  await expect(warning.getByRole('button', { name: 'Save anyway' })).toBeVisible();
  await warning.getByRole('button', { name: 'Save as new version' }).click();
  await expect(review).toBeHidden();
  await expect(app.getByText('Saved as a new version of “Two leaders talk by video link”.')).toBeVisible();

  await expect(app.getByRole('option')).toHaveCount(2);
  const newest = app.getByRole('option').first();
  await expect(newest).toHaveAttribute('aria-selected', 'true');
  // The new version names the report it replaces by title and date, and shows what changed since.
  const banner = app.getByRole('paragraph').filter({ hasText: 'A new version of' });
  await expect(banner).toHaveText(`A new version of “Two leaders talk by video link”, 30 December 2022. What changed`);
  await banner.getByRole('button', { name: 'What changed' }).click();
  const compare = app.getByRole('dialog', { name: 'Compare' });
  await expect(compare).toContainText(/\d+% similar/);
  await app.keyboard.press('Escape');
  await expect(compare).toBeHidden();

  await banner.getByRole('button', { name: '“Two leaders talk by video link”', exact: true }).click();
  await expect(app.locator(`[data-clip-id="${first.id}"]`)).toHaveAttribute('aria-selected', 'true');
  await expect(app.getByText(/A new version of/)).toBeHidden();
});

test('a near-duplicate names its similarity, and Open shows the clip already saved', async ({ app, server }) => {
  const first = await server.call<{ id: number }>('clips.create', { text: seed });
  await app.reload();

  const updated = seed.replace('vowed Friday', 'pledged on Friday').replace(/\n\n[^\n]*Taiwan[^\n]*$/, '');
  await pasteIntoPage(app, updated);
  const warning = app.getByRole('dialog', { name: 'Review clip' }).getByRole('alert');
  await expect(warning).toContainText(/This looks like a clip you already have \(\d{2}% similar\)/);
  await warning.getByRole('button', { name: 'Open' }).click();
  await expect(app.getByRole('dialog')).toBeHidden();
  await expect(app.getByRole('option')).toHaveCount(1);
  await expect(app.locator(`[data-clip-id="${first.id}"]`)).toHaveAttribute('aria-selected', 'true');
});

test('a story updated with paragraphs added is offered as another version of the clip it grew from', async ({ app, server }) => {
  await server.call('clips.create', { text: seed });
  await app.reload();

  const update = [
    'Later on Friday, officials in both capitals said the leaders had agreed to speak again before the end of January, and that their foreign ministers would meet in the coming weeks.',
    'A spokesman declined to say whether energy supplies had been discussed in detail, telling reporters only that the conversation had covered trade, security and the situation on the ground.',
    'Analysts said the timing of the call, days before the new year, was meant to show that the partnership remained close despite the pressure of sanctions, and that the tone was warmer than in the autumn.',
    'Markets barely reacted. The rouble was steady against the dollar in late trading, and oil prices were little changed by the evening.',
  ].join('\n\n');
  await pasteIntoPage(app, `${seed}\n\n${update}`);
  const warning = app.getByRole('dialog', { name: 'Review clip' }).getByRole('alert');
  await expect(warning).toContainText('This looks like another version of a clip you already have.');
  await warning.getByRole('button', { name: 'Save as new version' }).click();
  await expect(app.getByRole('paragraph').filter({ hasText: 'A new version of' })).toBeVisible();
});

test('a story rewritten under its headline is offered as another version, and keeps the outlet of the one before', async ({
  app,
  server,
}) => {
  await server.call('clips.create', { text: FERRY_FIRE, draft: { source: 'Example Courier' } });
  await app.reload();

  await pasteIntoPage(app, FERRY_FIRE_REWRITTEN);
  const warning = app.getByRole('dialog', { name: 'Review clip' }).getByRole('alert');
  await expect(warning).toContainText('This looks like another version of a clip you already have.');
  await expect(warning).toContainText('It has the same headline and much of the same text, as when a story is rewritten.');
  await warning.getByRole('button', { name: 'Save as new version' }).click();
  await expect(app.getByRole('paragraph').filter({ hasText: 'A new version of' })).toBeVisible();
  await expect(app.getByRole('option').first()).toContainText('Example Courier');
});
