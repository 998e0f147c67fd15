import { test, expect } from './fixtures.js';

const FERRIES = `Ferry crossings resume after the winter storms
LISBON, 4 February 2025 - Ferries between Lisbon, Porto and Coimbra ran again on Tuesday after a week of storms, the harbour office said.
The first boats left at dawn, and more will follow as the repairs to the piers go on, a spokeswoman said.`;

test('taking one suggested tag leaves the other suggestions offered', async ({ app, server }) => {
  await server.call('clips.create', { text: FERRIES });
  await app.reload();
  await app.getByRole('option').filter({ hasText: 'Ferry crossings resume' }).click();

  const suggested = app.getByRole('group', { name: 'Suggested tags' });
  const suggestions = suggested.getByRole('button');
  await expect(suggestions).toHaveText(['place/Lisbon', 'place/Porto', 'place/Coimbra']);

  await suggestions.filter({ hasText: 'place/Porto' }).click();
  await expect(app.getByRole('list', { name: 'Tags on this clip' })).toContainText('place/Porto');
  await expect(suggestions).toHaveText(['place/Lisbon', 'place/Coimbra']);

  await suggestions.filter({ hasText: 'place/Lisbon' }).click();
  await expect(app.getByRole('list', { name: 'Tags on this clip' })).toContainText('place/Lisbon');
  await expect(suggestions).toHaveText(['place/Coimbra']);
});
