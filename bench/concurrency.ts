/**
 * `npm run bench:concurrency`: fan-out and pacing figures (docs/rate-limits.md, "Figures").
 *
 * 1. Fan-out: 50 listings (orders of 50 Event Schedule events, 3 sales each) over the emulator behind an in-process
 *    `fetch` that adds a fixed latency per request (real timers), pacing off: sequential, `Promise.all`, and
 *    `mapConcurrent` at 4 and 8. The figure is wall time, median of BENCH_ROUNDS rounds.
 * 2. Pacing: a default Seaty client walks 500 orders over 20 dates (pages of 10) against the enforcing emulator; on the
 *    emulator clock, requests per minute against the documented 60, and the 429s met (none expected).
 *
 * Knobs: BENCH_ROUNDS (default 5), BENCH_LATENCY_MS (comma list, default "0,2,20"). Nothing here is asserted in tests.
 */
import { mapConcurrent } from '../src/core/concurrency.js';
import { createClient, type TicketingClient } from '../src/index.js';
import { createMockClient, type SeatySeeder } from '../src/testing/index.js';
import { median } from './measure.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const LATENCIES = (process.env.BENCH_LATENCY_MS ?? '0,2,20').split(',').map(Number);
const EVENTS = 50;

/** A client over the Event Schedule emulator whose every request takes `latencyMs` more (real time). */
function fanOutWorld(latencyMs: number): { client: TicketingClient; eventIds: string[] } {
  const eventIds: string[] = [];
  const mock = createMockClient({
    provider: 'event-schedule',
    seed: (s) => {
      for (let e = 0; e < EVENTS; e++) {
        const event = s.event({ name: `Talk ${e}` });
        eventIds.push(event.id);
        for (let o = 0; o < 3; o++) s.order({ eventId: event.id });
      }
    },
  });
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    return mock.fetch(input, init);
  }) as typeof globalThis.fetch;
  const client = createClient({ provider: 'event-schedule', ...(mock.credentials as { apiKey: string }), fetch, rateLimit: false, logLevel: 'off' });
  return { client, eventIds };
}

type Strategy = (client: TicketingClient, eventIds: string[]) => Promise<unknown>;
const listing = (client: TicketingClient, eventId: string) => client.orders.list({ eventId }).toArray({ limit: 100 });
const STRATEGIES: Record<string, Strategy> = {
  sequential: async (client, ids) => {
    for (const id of ids) await listing(client, id);
  },
  'Promise.all': (client, ids) => Promise.all(ids.map((id) => listing(client, id))),
  'mapConcurrent(4)': (client, ids) => mapConcurrent(ids, (id) => listing(client, id), { concurrency: 4 }),
  'mapConcurrent(8)': (client, ids) => mapConcurrent(ids, (id) => listing(client, id), { concurrency: 8 }),
};


async function fanOut(): Promise<void> {
  console.log(`\nFan-out: orders of ${EVENTS} events (median of ${ROUNDS} rounds, ms)`);
  console.log(['latency/request', ...Object.keys(STRATEGIES)].join(' | '));
  for (const latency of LATENCIES) {
    const row = [`${latency} ms`];
    for (const strategy of Object.values(STRATEGIES)) {
      const times: number[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        const { client, eventIds } = fanOutWorld(latency);
        const started = performance.now();
        await strategy(client, eventIds);
        times.push(performance.now() - started);
      }
      row.push(median(times).toFixed(0));
    }
    console.log(row.join(' | '));
  }
}

async function pacedWalk(): Promise<void> {
  let eventId = '';
  const mock = createMockClient({
    provider: 'seaty',
    client: { logLevel: 'off' },
    seed: (s: SeatySeeder) => {
      eventId = s.event({ name: 'Festival' }).id;
      for (let d = 0; d < 20; d++) {
        const date = s.eventDate({ eventId, name: `Night ${d}` });
        for (let o = 0; o < 25; o++) s.order({ eventId, eventDateId: date.id });
      }
    },
  });
  const started = mock.clock();
  const wall = performance.now();
  const orders = await mock.client.orders.list({ eventId, limit: 10 }).toArray({ limit: 1_000 });
  const minutes = (mock.clock() - started) / 60_000;
  const requests = mock.calls.length;
  console.log('\nPaced walk: a default Seaty client, 500 orders over 20 dates, pages of 10 (emulator clock)');
  console.log(`orders ${orders.length}, requests ${requests}, emulator time ${(minutes * 60).toFixed(1)} s, ` +
    `${(requests / minutes).toFixed(1)} requests/minute (documented limit 60), ` +
    `429s met ${mock.calls.filter((c) => c.status === 429).length}, wall time ${(performance.now() - wall).toFixed(0)} ms`);
}

await fanOut();
await pacedWalk();
