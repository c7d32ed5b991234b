import { describe, expect, it } from 'vitest';
import { CrmError } from '../crm-error';
import { creationSlices, parseSlicesCursor, slicedPages, slicesCursor } from './partitioned-read';

describe('reading in slices of creation time', () => {
  it('cuts the span into slices that meet, the first and last left open', () => {
    const slices = creationSlices(
      'createdon',
      new Date('2024-01-01T00:00:00Z'),
      new Date('2024-01-01T00:00:30Z'),
      3,
    );
    expect(slices).toEqual([
      'createdon lt 2024-01-01T00:00:10Z',
      'createdon ge 2024-01-01T00:00:10Z and createdon lt 2024-01-01T00:00:20Z',
      'createdon ge 2024-01-01T00:00:20Z',
    ]);
  });

  it('reads as one query when the rows are all created within a second', () => {
    const at = new Date('2024-01-01T00:00:00Z');
    expect(creationSlices('createdon', at, new Date(at.getTime() + 999))).toEqual(['']);
  });

  it('hands pages over as they arrive, each with a cursor of what is left of every slice', async () => {
    const pages: Record<string, { rows: number[]; more: string | null }> = {
      a1: { rows: [1, 2], more: 'a2' },
      a2: { rows: [3], more: null },
      b1: { rows: [4], more: null },
    };
    const read = (link: string) => Promise.resolve(pages[link] ?? { rows: [], more: null });
    const out = [];
    for await (const page of slicedPages(['a1', 'b1', null], read)) out.push(page);
    expect(out.flatMap((p) => p.rows).sort()).toEqual([1, 2, 3, 4]);
    expect(out.at(-1)?.next).toBeNull();
    const first = out[0];
    expect(first?.rows).toEqual([1, 2]);
    expect(parseSlicesCursor(first?.next ?? '')).toEqual(['a2', 'b1', null]);
    expect(slicesCursor(['x', null])).toBe('slices:["x",null]');
  });

  it('refuses a cursor it did not make', () => {
    expect(() => parseSlicesCursor('slices:{"not":"links"}')).toThrow(CrmError);
  });
});
