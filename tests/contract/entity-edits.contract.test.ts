import { expect, it } from 'vitest';
import type { CoreEvent } from '../../electron/shared/models/core-events.js';
import type { EntityEditResult } from '../../electron/shared/models/entity-edit.js';
import { SQLITE_CONNECTIONS } from '../support/engine-transports.js';
import { inProcess, succeeded } from '../support/transports.js';
import { describeEntityEdits } from './entity-edits.contract.js';

describeEntityEdits(SQLITE_CONNECTIONS);

it('reports the progress of a name changed in many clips under the caller’s job id, while it runs', async () => {
  const t = inProcess();
  try {
    for (let i = 0; i < 60; i++)
      await succeeded(t, 'clips.create', {
        text: `Ferry timetable ${i} changes.`,
        draft: { title: `Timetable ${i}`, people: ['Oda Rask'] },
      });
    const reports: { done: number; total: number }[] = [];
    let turnsTaken = 0;
    const tick = setInterval(() => turnsTaken++, 0);
    t.core!.subscribe((event: CoreEvent) => {
      if (event.type === 'job.progress' && event.kind === 'entityEdit' && event.jobId === 'rename-1') reports.push({ ...event.progress });
    });
    const result = await succeeded<EntityEditResult>(t, 'indexes.renameEntity', {
      kind: 'person',
      name: 'Oda Rask',
      newName: 'Oda Rasku',
      jobId: 'rename-1',
    });
    clearInterval(tick);
    expect(result.clipIds).toHaveLength(60);
    expect(reports).toEqual([
      { done: 0, total: 60 },
      { done: 25, total: 60 },
      { done: 50, total: 60 },
      { done: 60, total: 60 },
    ]);
    expect(turnsTaken).toBeGreaterThan(0);
  } finally {
    await t.close();
  }
});
