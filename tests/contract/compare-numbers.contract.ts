import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedClip } from '../../electron/shared/models/clip.js';
import type { Comparison } from '../../electron/shared/models/comparison.js';
import { succeeded, type TransportUnderTest } from '../support/transports.js';
import type { Connection } from '../support/engine-transports.js';

/** A corrected figure shows in Compare as one changed number, whatever separates its thousands. */
export function describeComparedNumbers(connections: readonly Connection[]): void {
  const [name, connect] = connections[0]!;
  describe(`numbers in a comparison ${name}`, () => {
    let t: TransportUnderTest;
    beforeAll(async () => {
      t = await connect();
    });
    afterAll(async () => t.close());

    const add = async (body: string) =>
      (
        await succeeded<SavedClip>(t, 'clips.create', {
          text: body,
          draft: { title: 'Ferry timetable', language: 'en', paragraphs: [body] },
        })
      ).id;

    it.each(['1,300', '1 300', '1.300', '1’300'])('shows 300 corrected to %s as a changed number', async (corrected) => {
      const a = await add(`The ferry line carried 300 passengers on its first day. Tickets sold out by noon on the quay ${corrected}.`);
      const b = await add(
        `The ferry line carried ${corrected} passengers on its first day. Tickets sold out by noon on the quay ${corrected}.`,
      );
      const comparison = await succeeded<Comparison>(t, 'compare.clips', { a, b });
      const changed = comparison.rows.find((r) => r.kind === 'changed')!;
      expect(changed.diff.filter(([op]) => op !== '=')).toEqual([
        ['-', '300'],
        ['+', corrected],
      ]);
    });
  });
}
