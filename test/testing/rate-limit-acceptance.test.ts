/**
 * Issue 17's acceptance runs, each on a default client against an emulator that enforces the vendor's documented
 * limits, on the emulator clock (a wait advances it: no test sleeps a real minute):
 * - a walk of 500 Seaty orders over 20 dates;
 * - a fan-out over 20 Event Schedule events with `mapConcurrent`;
 * - an unpaced client (`rateLimit: false`) meets the vendor's 429s and recovers through their `Retry-After`.
 */
import { describe, expect, it } from 'vitest';
import { mapConcurrent } from '../../src/core/concurrency.js';
import { createClient } from '../../src/index.js';
import { createMockClient, type SeatySeeder } from '../../src/testing/index.js';

/** Seaty: 20 dates of 25 orders each. */
function seatyFestival(s: SeatySeeder): string {
  const event = s.event({ name: 'Festival' });
  for (let d = 0; d < 20; d++) {
    const date = s.eventDate({ eventId: event.id, name: `Night ${d + 1}` });
    for (let o = 0; o < 25; o++) s.order({ eventId: event.id, eventDateId: date.id });
  }
  return event.id;
}

describe('Seaty: a walk of 500 orders over 20 dates on a default client', () => {
  it('finishes with every order, no 429 at the wire or to the caller, its waits on the emulator clock', async () => {
    let eventId = '';
    const mock = createMockClient({ provider: 'seaty', seed: (s) => (eventId = seatyFestival(s)), client: { logLevel: 'off' } });
    const started = mock.clock();
    // Pages of 10 (Seaty's default page size): 3 pages a date, over 60 reads in all.
    const orders = await mock.client.orders.list({ eventId, limit: 10 }).toArray({ limit: 1_000 });
    expect(orders).toHaveLength(500);
    expect(new Set(orders.map((o) => o.id)).size).toBe(500);
    const reads = mock.calls.filter((c) => c.method === 'GET');
    expect(reads.length).toBeGreaterThan(60);
    expect(mock.calls.filter((c) => c.status === 429)).toHaveLength(0);
    // Paced to the documented 60 reads a minute (a burst of 6, then 54 a minute): the emulator clock moved on by
    // that much, while the test itself did not wait.
    const minutes = (mock.clock() - started) / 60_000;
    expect(reads.length / minutes).toBeLessThanOrEqual(60);
    expect(minutes).toBeGreaterThanOrEqual((reads.length - 6) / 54 - 0.01);
  }, 30_000);

  it('with prefetch, the same orders in the same order, still without a 429', async () => {
    let eventId = '';
    const mock = createMockClient({ provider: 'seaty', seed: (s) => (eventId = seatyFestival(s)), client: { logLevel: 'off' } });
    const plain = await mock.client.orders.list({ eventId, limit: 10 }).toArray({ limit: 1_000 });
    mock.reset();
    const prefetched = await mock.client.orders.list({ eventId, limit: 10 }, { prefetch: 1 }).toArray({ limit: 1_000 });
    expect(prefetched.map((o) => o.id)).toEqual(plain.map((o) => o.id));
    expect(mock.calls.filter((c) => c.status === 429)).toHaveLength(0);
  }, 30_000);
});

describe('Event Schedule: a fan-out over 20 events with mapConcurrent on a default client', () => {
  function festival(readLimit?: number) {
    const eventIds: string[] = [];
    const mock = createMockClient({
      provider: 'event-schedule',
      rateLimits: true,
      client: { logLevel: 'off' },
      seed: (s) => {
        if (readLimit !== undefined) s.rateLimits({ reads: readLimit });
        for (let e = 0; e < 20; e++) {
          const event = s.event({ name: `Talk ${e + 1}` });
          eventIds.push(event.id);
          for (let o = 0; o < 3; o++) s.order({ eventId: event.id });
        }
      },
    });
    return { mock, eventIds };
  }

  it('at the documented limits: every listing completes and no request meets a 429', async () => {
    const { mock, eventIds } = festival();
    const listings = await mapConcurrent(eventIds, (eventId) => mock.client.orders.list({ eventId }).toArray({ limit: 100 }), { concurrency: 8 });
    expect(listings.map((orders) => orders.length)).toEqual(eventIds.map(() => 3));
    expect(mock.calls.filter((c) => c.status === 429)).toHaveLength(0);
  }, 30_000);

  it('behind a tighter 60-read window than documented: the 429s are absorbed by one shared pause, none reaches the caller', async () => {
    const { mock, eventIds } = festival(60);
    const listings = await mapConcurrent(eventIds, (eventId) => mock.client.orders.list({ eventId, limit: 1 }).toArray({ limit: 100 }), { concurrency: 8 });
    expect(listings.map((orders) => orders.length)).toEqual(eventIds.map(() => 3));
    const limited = mock.calls.filter((c) => c.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    // One shared backoff: after the first 429 every caller waits out the same pause, so the 429s come in one cluster
    // per window (the callers already in flight), not one per waiting call after each other.
    expect(limited.length).toBeLessThanOrEqual(8 * Math.ceil(mock.calls.length / 60));
  }, 30_000);
});

describe('an unpaced client against an enforcing emulator', () => {
  it('meets the 429s and recovers through Retry-After on the emulator clock', async () => {
    let eventId = '';
    const mock = createMockClient({ provider: 'seaty', seed: (s) => (eventId = s.event({ name: 'Gala' }).id), client: { logLevel: 'off' } });
    const unpaced = createClient({ provider: 'seaty', ...(mock.credentials as { apiKey: string }), fetch: mock.fetch, rateLimit: false, logLevel: 'off' });
    const started = mock.clock();
    const events = await mapConcurrent(Array.from({ length: 70 }), () => unpaced.events.get(eventId), { concurrency: 4 });
    expect(events).toHaveLength(70);
    const limited = mock.calls.filter((c) => c.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    // The 61st read in the minute met the limit; the client waited what Retry-After said, on the emulator clock.
    expect(mock.clock() - started).toBeGreaterThanOrEqual(59_000);
    expect(mock.calls.filter((c) => c.status === 200)).toHaveLength(70);
  }, 30_000);
});
