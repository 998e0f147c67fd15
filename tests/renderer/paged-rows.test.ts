import { describe, expect, test, vi } from 'vitest';
import { PagedRows, type RowPage } from '../../renderer/src/lib/list/paged-rows.svelte.js';

interface Row {
  id: number;
}

const SIZE = 10;

/** A list of `total` rows served a page at a time, counting the pages asked for. */
function source(total: number) {
  const asked: number[] = [];
  const fetch = async (offset: number, limit: number): Promise<RowPage<Row>> => {
    asked.push(offset / SIZE);
    const items = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => ({ id: offset + i + 1 }));
    return { items, total };
  };
  return { fetch, asked };
}

function rows() {
  const errors: unknown[] = [];
  return { paged: new PagedRows<Row>(SIZE, (err) => errors.push(err)), errors };
}

describe('PagedRows', () => {
  test('a count the library capped grows as pages further down are read, until it is exact', async () => {
    const { paged } = rows();
    const total = 95;
    const ahead = 20;
    const fetch = async (offset: number, limit: number): Promise<RowPage<Row>> => {
      const items = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => ({ id: offset + i + 1 }));
      const counted = offset + limit + ahead;
      return counted < total ? { items, total: counted, totalCapped: true } : { items, total };
    };
    paged.replace(fetch, await fetch(0, SIZE));
    expect([paged.count, paged.countCapped]).toEqual([30, true]);
    await paged.load(29);
    expect([paged.count, paged.countCapped]).toEqual([50, true]);
    await paged.load(49);
    expect([paged.count, paged.countCapped]).toEqual([70, true]);
    await paged.load(69);
    expect([paged.count, paged.countCapped]).toEqual([90, true]);
    await paged.load(89);
    expect([paged.count, paged.countCapped]).toEqual([95, false]);
    expect((await paged.load(94))?.id).toBe(95);
  });

  test('starts from the first page it is given and asks for nothing more until rows are shown', () => {
    const { paged } = rows();
    const list = source(95);
    paged.replace(list.fetch, { items: Array.from({ length: 10 }, (_, i) => ({ id: i + 1 })), total: 95 });
    expect(paged.count).toBe(95);
    expect(paged.at(0)?.id).toBe(1);
    expect(paged.at(9)?.id).toBe(10);
    expect(paged.at(10)).toBeUndefined();
    expect(list.asked).toEqual([]);
  });

  test('asks for the pages shown, once, and holds them in list order', async () => {
    const { paged } = rows();
    const list = source(95);
    paged.replace(list.fetch);
    await paged.reload();
    paged.show(42, 58);
    await vi.waitFor(() => expect(paged.at(57)?.id).toBe(58));
    expect(paged.at(42)?.id).toBe(43);
    expect(list.asked.sort()).toEqual([0, 4, 5]);
    expect(paged.held().map((r) => r.id)).toEqual([...range(1, 10), ...range(41, 60)]);
    expect(paged.indexOf(50)).toBe(49);
    expect(paged.indexOf(30)).toBe(-1);
  });

  test('reads ids between two rows only when every row between is held', async () => {
    const { paged } = rows();
    const list = source(95);
    paged.replace(list.fetch);
    await paged.reload();
    await paged.load(35);
    expect(paged.idsBetween(2, 5)).toEqual([3, 4, 5, 6]);
    expect(paged.idsBetween(5, 2)).toEqual([3, 4, 5, 6]);
    expect(paged.idsBetween(5, 32)).toBeNull();
  });

  test('keeps at most eight pages, letting go of those farthest from view', async () => {
    const { paged } = rows();
    paged.replace(source(500).fetch);
    await paged.reload();
    // Scrolled down a page at a time to the 200th row.
    for (let index = 0; index < 200; index += SIZE) {
      paged.show(index, index + SIZE);
      await paged.load(index);
    }
    expect(paged.held()).toHaveLength(8 * SIZE);
    expect(paged.at(199)?.id).toBe(200);
    expect(paged.at(0)).toBeUndefined();
  });

  test('drops an answer that arrives after the list was replaced', async () => {
    const { paged } = rows();
    let release: () => void = () => {};
    const slow = async (offset: number): Promise<RowPage<Row>> => {
      await new Promise<void>((resolve) => (release = resolve));
      return { items: [{ id: 1000 + offset }], total: 1 };
    };
    paged.replace(slow);
    const pending = paged.load(0);
    paged.replace(source(3).fetch, { items: [{ id: 1 }, { id: 2 }, { id: 3 }], total: 3 });
    release();
    expect(await pending).toBeUndefined();
    expect(paged.held().map((r) => r.id)).toEqual([1, 2, 3]);
  });

  test('reload asks again for the pages in view and takes the new total', async () => {
    const { paged } = rows();
    let total = 30;
    paged.replace(async (offset, limit) => ({ items: range(offset + 1, Math.min(offset + limit, total)).map((id) => ({ id })), total }));
    await paged.reload();
    expect(paged.at(9)?.id).toBe(10);
    total = 25;
    await paged.reload();
    expect(paged.count).toBe(25);
    expect(paged.at(0)?.id).toBe(1);
  });

  test('a row asked for while the list is read again still arrives, so the key that asked is not lost', async () => {
    const { paged } = rows();
    const list = source(95);
    paged.replace(list.fetch);
    await paged.reload();
    const [row] = await Promise.all([paged.load(80), paged.reload()]);
    expect(row?.id).toBe(81);
  });

  test('a failed page goes to the error handler and is asked for again later', async () => {
    const { paged, errors } = rows();
    let fail = true;
    const list = source(20);
    paged.replace(
      async (offset, limit) => {
        if (fail) throw new Error('The library is busy');
        return list.fetch(offset, limit);
      },
      { items: [], total: 20 },
    );
    expect(await paged.load(3)).toBeUndefined();
    expect(errors).toEqual([new Error('The library is busy')]);
    fail = false;
    paged.replace(list.fetch, { items: [], total: 20 });
    expect((await paged.load(3))?.id).toBe(4);
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
