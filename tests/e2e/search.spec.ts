import { test, expect, corpusText } from './fixtures.js';
import { addReviewedCorpusClips } from './corpus-library.js';

test('search as you type finds the clip and marks the match in its snippet', async ({ app, server }) => {
  await server.call('clips.create', { text: corpusText('seed') });
  await addReviewedCorpusClips(server, ['v05_ap_barents_rescue']);
  await app.reload();

  const field = app.getByRole('searchbox', { name: 'Search clips' });
  await field.pressSequentially('videoconference');
  await expect(app.getByText('1 result')).toBeVisible();
  const hit = app.getByRole('option');
  await expect(hit).toHaveCount(1);
  await expect(hit.locator('mark')).toHaveText(/videoconference/i);
  await hit.click();
  await expect(app.getByRole('article').locator('mark')).toHaveText(['videoconference']);

  await field.fill('zzzunfindable');
  await expect(app.getByText(/No clips match/)).toBeVisible();

  await field.press('Escape');
  await expect(app.getByRole('option')).toHaveCount(2);
});
