/**
 * `npm run bench:prefetch`: what `prefetch: 1` buys when the vendor is slow and the caller works on each item.
 * Equaticket orders (pages of 100) are recorded once from the emulator and replayed by an in-process `fetch` that
 * answers after a fixed latency (real timers); every item costs the caller a fixed amount of CPU work. Three sides,
 * in interleaved rounds: a raw `fetch` loop doing the same per-item work, the SDK's `for await`, and the SDK's
 * `for await` with `{ prefetch: 1 }` (the next page is requested while the current one is handled). Figures: the
 * median wall time of each side and its ratio to the raw loop.
 *
 * Knobs: BENCH_PAGES (default 30), BENCH_ROUNDS (default 5), BENCH_LATENCY_MS (comma list, default "5,20,50"),
 * BENCH_WORK_US (CPU per item, default 50). Nothing here is asserted in tests.
 */
import { createClient, type TicketingClient } from '../src/index.js';
import { createMockClient } from '../src/testing/index.js';
import { median } from './measure.js';

const PAGES = Number(process.env.BENCH_PAGES ?? 30);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const LATENCIES = (process.env.BENCH_LATENCY_MS ?? '5,20,50').split(',').map(Number);
const WORK_US = Number(process.env.BENCH_WORK_US ?? 50);
const PAGE_SIZE = 100;

/** Busy work standing for what a caller does with one item (a row written, a total added up). */
function work(): void {
  const until = performance.now() + WORK_US / 1000;
  while (performance.now() < until);
}

let eventId = '';
const mock = createMockClient({
  provider: 'equaticket',
  rateLimits: false,
  seed: (s) => {
    eventId = s.event({ name: 'Bench' }).id;
    const ga = s.ticketType({ eventId, name: 'GA', price: { amount: 2500, currency: 'USD' } });
    for (let i = 0; i < PAGES * PAGE_SIZE; i++) s.order({ eventId, lines: [{ ticketTypeId: ga.id, quantity: 1 }] });
  },
});
const credentials = mock.credentials as { apiKey: string };
const answers = new Map<string, string>();
const recording = (async (input: RequestInfo | URL, init?: RequestInit) => {
  const request = input instanceof Request ? input : new Request(input, init);
  const response = await mock.fetch(request);
  const body = await response.text();
  answers.set(request.url, body);
  return new Response(body, { status: response.status, headers: response.headers });
}) as typeof fetch;
const recorder = createClient({ provider: 'equaticket', apiKey: credentials.apiKey, fetch: recording, rateLimit: false });
for await (const _ of recorder.orders.list({ eventId, limit: PAGE_SIZE }));

function replay(latencyMs: number): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    const body = answers.get(url);
    if (body === undefined) throw new Error(`no recorded answer for ${url}`);
    await new Promise((resolve) => setTimeout(resolve, latencyMs));
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
}

async function raw(latencyMs: number): Promise<number> {
  const fetchFn = replay(latencyMs);
  const started = performance.now();
  let url: string | null = `${mock.baseUrl}/events/${eventId}/orders?limit=${PAGE_SIZE}`;
  while (url !== null) {
    const page = JSON.parse(await (await fetchFn(url)).text()) as { data: unknown[]; has_more: boolean; next_cursor: string | null };
    for (const _ of page.data) work();
    url = page.has_more && page.next_cursor ? `${mock.baseUrl}/events/${eventId}/orders?limit=${PAGE_SIZE}&cursor=${encodeURIComponent(page.next_cursor)}` : null;
  }
  return performance.now() - started;
}

async function sdk(latencyMs: number, prefetch: boolean): Promise<number> {
  const client: TicketingClient = createClient({ provider: 'equaticket', apiKey: credentials.apiKey, fetch: replay(latencyMs), rateLimit: false, maxRetries: 0 });
  const started = performance.now();
  for await (const _ of client.orders.list({ eventId, limit: PAGE_SIZE }, prefetch ? { prefetch: 1 } : {})) work();
  return performance.now() - started;
}

console.log(`node ${process.version}; ${PAGES} pages of ${PAGE_SIZE}, ${WORK_US} µs of work per item, ${ROUNDS} rounds`);
console.log('\n| latency per request | raw loop | SDK | SDK, prefetch: 1 | SDK / raw | prefetch / raw |\n| --- | --- | --- | --- | --- | --- |');
for (const latency of LATENCIES) {
  const times: Record<'raw' | 'sdk' | 'prefetch', number[]> = { raw: [], sdk: [], prefetch: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? (['raw', 'sdk', 'prefetch'] as const) : (['prefetch', 'sdk', 'raw'] as const);
    for (const side of order) times[side].push(side === 'raw' ? await raw(latency) : await sdk(latency, side === 'prefetch'));
  }
  const [r, s, p] = [median(times.raw), median(times.sdk), median(times.prefetch)];
  console.log(`| ${latency} ms | ${(r / 1000).toFixed(2)} s | ${(s / 1000).toFixed(2)} s | ${(p / 1000).toFixed(2)} s | ${(s / r).toFixed(2)}x | ${(p / r).toFixed(2)}x |`);
}
