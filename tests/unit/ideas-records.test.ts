/**
 * What ideas keep in Netlify Blobs (src/lib/ideas/records.ts), on an atomic store in memory:
 * numbers never given twice, even to writers at once, files per hour counted, a claim that a run
 * lost is never written over, markers read back.
 */
import { describe, expect, it } from 'vitest';
import { ideaRecords, markerOf, readMarker, type KeptIdea } from '../../src/lib/ideas/records';
import { memoryStore } from '../helpers/memory-store';

const now = new Date('2026-12-01T09:00:00Z');
const kept = (run: string): KeptIdea => ({
  state: 'kept',
  receivedAt: now.toISOString(),
  marker: markerOf(now, 'abc'),
  attempts: 0,
  claim: { run, at: now.toISOString() },
});

describe('the records', () => {
  it("give each number once, above the folder's highest, to twenty writers at once", async () => {
    const records = ideaRecords(memoryStore());
    const numbers = await Promise.all(Array.from({ length: 20 }, () => records.giveNumber(2026, 31)));
    expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => 32 + i));
    expect(await records.giveNumber(2026, 10)).toBe(52);
    expect(await records.giveNumber(2026, 100)).toBe(101);
    expect(await records.giveNumber(2027, 0)).toBe(1);
  });

  it('give twenty files an hour, then none until the next hour', async () => {
    const records = ideaRecords(memoryStore());
    const taken = await Promise.all(Array.from({ length: 25 }, () => records.takeFileSlot(now)));
    expect(taken.filter(Boolean)).toHaveLength(20);
    expect(await records.takeFileSlot(new Date(now.getTime() + 59 * 60_000))).toBe(false);
    expect(await records.takeFileSlot(new Date(now.getTime() + 60 * 60_000))).toBe(true);
  });

  it('make a record once, and let only the run that claims it change it', async () => {
    const records = ideaRecords(memoryStore());
    expect(await records.create('abc', kept('run-1'))).toBe(true);
    expect(await records.create('abc', kept('run-2'))).toBe(false);
    expect(await records.whileClaimed('abc', 'run-2', (k) => ({ ...k, reference: '2026-099' }))).toBe(false);
    expect(await records.whileClaimed('abc', 'run-1', (k) => ({ ...k, reference: '2026-032' }))).toBe(true);
    expect((await records.read('abc'))?.record).toMatchObject({ reference: '2026-032' });
    expect(await records.whileClaimed('niets', 'run-1', (k) => k)).toBe(false);
  });

  it('name each waiting idea by a marker that sorts by arrival', async () => {
    const records = ideaRecords(memoryStore());
    await records.addMarker(markerOf(new Date(now.getTime() + 1000), 'later'), now);
    await records.addMarker(markerOf(now, 'first-one'), now);
    expect(await records.markers()).toEqual([
      `pending/${now.getTime()}-first-one`,
      `pending/${now.getTime() + 1000}-later`,
    ]);
    expect(readMarker(`pending/${now.getTime()}-first-one`)).toEqual({ id: 'first-one', receivedAt: now });
    expect(readMarker('pending/12-../x')).toBeNull();
    expect(readMarker('rate')).toBeNull();
  });
});
