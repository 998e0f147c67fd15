import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedClip } from '../../electron/shared/models/clip.js';
import type { Comparison, RelatedClip } from '../../electron/shared/models/comparison.js';
import { corpusText } from '../support/fixtures.js';
import { succeeded, type TransportUnderTest } from '../support/transports.js';
import type { Connection } from '../support/engine-transports.js';

/** Comparing two saved clips and finding a clip's related ones, on whichever library the connections open. */
export function describeRelatedClips(connections: readonly Connection[]): void {
  describe.each(connections)('compare.clips and clips.related %s', (_name, connect) => {
    let t: TransportUnderTest;
    const ids: Record<string, number> = {};
    const call = <T>(method: string, args: unknown) => succeeded<T>(t, method, args);

    beforeAll(async () => {
      t = await connect();
      const names = [
        'v04_tass_barents_rescue',
        'v05_ap_barents_rescue',
        'v06_ledger_viaduct_original',
        'v07_ledger_viaduct_updated',
        'v08_ru_river_museum',
        'v10_de_dresden_flood',
        'v12_long_puglia_olives',
        'v16_cbc_winter_road',
      ];
      for (const name of names) ids[name] = (await call<SavedClip>('clips.create', { text: corpusText(name) })).id;
    });
    afterAll(async () => t.close());

    it('compares two saved clips', async () => {
      const c = await call<Comparison>('compare.clips', { a: ids.v06_ledger_viaduct_original, b: ids.v07_ledger_viaduct_updated });
      expect(c.similarity).toBeGreaterThan(0.8);
      expect(c.rows.some((r) => r.kind === 'changed')).toBe(true);
    });

    it('compares a clip with itself', async () => {
      const id = ids.v04_tass_barents_rescue;
      const c = await call<Comparison>('compare.clips', { a: id, b: id });
      expect(c.similarity).toBeCloseTo(1, 5);
      expect(c.rows.every((r) => r.kind === 'same')).toBe(true);
    });

    it('reports a missing clip as not_found and bad ids as bad_input', async () => {
      expect(await t.invoke('compare.clips', { a: ids.v04_tass_barents_rescue, b: 9_999 })).toMatchObject({
        ok: false,
        error: { code: 'not_found' },
      });
      expect(await t.invoke('compare.clips', { a: 0, b: 'x' })).toMatchObject({ ok: false, error: { code: 'bad_input' } });
      expect(await t.invoke('clips.related', { id: 9_999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    });

    it('finds the updated version first among related clips', async () => {
      const related = await call<RelatedClip[]>('clips.related', { id: ids.v06_ledger_viaduct_original });
      expect(related[0]).toMatchObject({ id: ids.v07_ledger_viaduct_updated });
      expect(related[0]!.similarity).toBeGreaterThan(0.8);
      expect(related.every((r) => r.id !== ids.v06_ledger_viaduct_original && r.similarity >= 0 && r.similarity <= 1)).toBe(true);
    });

    it('finds another outlet’s report of the same event, ahead of unrelated clips', async () => {
      const related = await call<RelatedClip[]>('clips.related', { id: ids.v04_tass_barents_rescue, limit: 3 });
      expect(related[0]).toMatchObject({ id: ids.v05_ap_barents_rescue });
      expect(related.length).toBeLessThanOrEqual(3);
    });

    it('finds a Chinese report of the same story through the names both give', async () => {
      const names = { language: 'zh', places: ['青石湾大桥'], organizations: ['青石湾市交通局'], people: [] };
      const create = (text: string) => call<SavedClip>('clips.create', { text, draft: names });
      const first = await create('青石湾大桥今天恢复通车\n\n青石湾市交通局表示，青石湾大桥经过八个月的维修，今天上午恢复通车。');
      const second = await create(
        '八个月维修结束 市民重新走上老桥\n\n据青石湾市交通局消息，青石湾大桥维修工程已经完成，附近居民纷纷前来参观。',
      );
      const related = await call<RelatedClip[]>('clips.related', { id: first.id });
      expect(related.map((r) => r.id)).toContain(second.id);
    });

    it('leaves trashed clips out', async () => {
      await call('clips.trash', { ids: [ids.v07_ledger_viaduct_updated] });
      const related = await call<RelatedClip[]>('clips.related', { id: ids.v06_ledger_viaduct_original });
      expect(related.some((r) => r.id === ids.v07_ledger_viaduct_updated)).toBe(false);
      await call('clips.restore', { ids: [ids.v07_ledger_viaduct_updated] });
    });
  });
}
