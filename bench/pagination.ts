/**
 * `npm run bench`: what a user gets when paging 100 000 items, for every vendor.
 *
 * For each vendor, the emulator is seeded with N items and the SDK's walk is recorded once; from then on both sides
 * read the same **pre-serialized** bodies from an in-process replay `fetch` (no emulator work, no re-serialization):
 * - the SDK: `for await` over the normalized listing (validation and normalization on);
 * - the raw loop: a hand-written `fetch` + `JSON.parse` loop that pages the same bodies the way a script would.
 * Rounds are paired and interleaved (A B, B A, ...); the figure is the median of the per-pair ratios. Heap: live heap
 * (after a full gc) sampled during a walk (peak growth) and after it (kept). A last run compares both sides over real
 * HTTP against `ticketkit mock-server`.
 *
 * Knobs: BENCH_ITEMS (default 100000), BENCH_ROUNDS (default 7), BENCH_VENDORS (comma list), BENCH_HTTP=0 to skip
 * the HTTP run, BENCH_HEAP=0 to skip the heap passes (for a CPU profile: `node --cpu-prof`). Figures go in docs/benchmarks.md; nothing here is asserted in tests.
 */
import { cpus } from 'node:os';
import { startMockServer } from '../src/cli/mock-server.js';
import { createClient, type PagePromise, type ProviderId, type TicketingClient } from '../src/index.js';
import { createMockClient } from '../src/testing/index.js';
import { heapAfterGc, MB, median, pairedRounds, requireGc, settledHeap } from './measure.js';
import { recordReplay } from './replay.js';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const ONLY = process.env.BENCH_VENDORS?.split(',').map((v) => v.trim());

requireGc('npm run bench');
/** One vendor's walk: how to seed it, what the SDK lists, and how a hand-written loop pages the same bodies. */
interface Scenario {
  provider: ProviderId;
  /** Seeds `n` items; returns the SDK listing to walk. */
  seed(s: any, n: number): (client: TicketingClient) => PagePromise<any>;
  /** The number the loop adds up per item (so neither side can skip the item). */
  sdkValue(item: any): number;
  /** The raw loop: from the first page's URL and body, the next URL or `null`; the items of a body; an item's value. */
  raw: { items(body: any): any[]; value(item: any): number; next(url: URL, body: any): string | null };
}

const scenarios: Scenario[] = [
  {
    provider: 'equaticket',
    seed(s, n) {
      const event = s.event({ name: 'Bench Arena', currency: 'USD' });
      const ga = s.ticketType({ eventId: event.id, name: 'GA', price: { amount: 2500, currency: 'USD' } });
      for (let i = 0; i < n; i++) s.order({ eventId: event.id, lines: [{ ticketTypeId: ga.id, quantity: 1 }] });
      return (c) => c.orders.list({ eventId: event.id, limit: 100 });
    },
    sdkValue: (o) => o.total?.amount ?? 0,
    raw: {
      items: (b) => b.data,
      value: (o) => o.total_amount,
      next: (url, b) => (b.has_more ? withParam(url, 'cursor', b.next_cursor) : null),
    },
  },
  {
    provider: 'eventbrite',
    seed(s, n) {
      const event = s.event({ name: 'Bench Arena' });
      for (let i = 0; i < n; i++) s.order({ eventId: event.id });
      return (c) => c.orders.list({ eventId: event.id, limit: 100 });
    },
    sdkValue: (o) => o.total?.amount ?? 0,
    raw: {
      items: (b) => b.orders,
      value: (o) => o.costs.gross.value,
      next: (url, b) => (b.pagination.has_more_items ? withParam(url, 'continuation', b.pagination.continuation) : null),
    },
  },
  {
    provider: 'event-schedule',
    seed(s, n) {
      const event = s.event({ name: 'Bench Arena' });
      const ga = s.ticketType({ eventId: event.id, name: 'GA', price: { amount: 2500, currency: 'USD' }, quantityTotal: n });
      for (let i = 0; i < n; i++) s.order({ eventId: event.id, lines: [{ ticketTypeId: ga.id, quantity: 1 }] });
      return (c) => c.orders.list({ eventId: event.id, limit: 100 });
    },
    sdkValue: (o) => o.total?.amount ?? 0,
    raw: {
      items: (b) => b.data,
      value: (o) => Math.round(Number(o.payment_amount) * 100),
      next: (url, b) => (b.meta.current_page < b.meta.last_page ? withParam(url, 'page', String(b.meta.current_page + 1)) : null),
    },
  },
  {
    provider: 'seaty',
    seed(s, n) {
      const event = s.event({ name: 'Bench Arena' });
      const date = s.eventDate({ eventId: event.id });
      for (let i = 0; i < n; i++) s.order({ eventId: event.id, eventDateId: date.id });
      return (c) => c.orders.list({ eventDateId: date.id, limit: 100 });
    },
    sdkValue: (o) => o.total?.amount ?? 0,
    raw: { items: (b) => b.data, value: (o) => o.total, next: (_url, b) => b.links.next },
  },
  {
    provider: 'event-vault',
    seed(s, n) {
      const event = s.event();
      for (let i = 0; i < n; i++) s.attendee({ eventId: event.id });
      return (c) => c.attendees.list({ eventId: event.id, limit: 100 });
    },
    sdkValue: () => 1,
    raw: { items: (b) => b, value: () => 1, next: () => null },
  },
];

function withParam(url: URL, name: string, value: string): string {
  const next = new URL(url);
  next.searchParams.set(name, value);
  return next.toString();
}

/** Walks the SDK once over the emulator, recording every answer; returns a fetch that replays them. */
async function record(scenario: Scenario): Promise<{ replay: typeof fetch; client: TicketingClient; list: (c: TicketingClient) => PagePromise<any>; first: string; headers: Record<string, string>; expected: number }> {
  let list!: (c: TicketingClient) => PagePromise<any>;
  const mock = createMockClient({ provider: scenario.provider, rateLimits: false, seed: (s: unknown) => (list = scenario.seed(s, ITEMS)) } as never) as { fetch: typeof fetch; credentials: Record<string, unknown> };
  let first: string | null = null;
  let firstHeaders: Record<string, string> = {};
  const { recording, replay } = recordReplay(mock.fetch, (request) => {
    if (first === null && /(orders|sales|getGuests)/.test(new URL(request.url).pathname)) {
      first = request.url;
      firstHeaders = Object.fromEntries(request.headers);
    }
  });
  const recorder = createClient({ provider: scenario.provider, ...mock.credentials, fetch: recording, maxRetries: 0, rateLimit: false } as never) as TicketingClient;
  let expected = 0;
  for await (const item of list(recorder)) expected += scenario.sdkValue(item);
  const client = createClient({ provider: scenario.provider, ...mock.credentials, fetch: replay, maxRetries: 0, rateLimit: false } as never) as TicketingClient;
  return { replay, client, list, first: first!, headers: firstHeaders, expected };
}

interface Walkers {
  sdk(sample?: () => void): Promise<number>;
  raw(sample?: () => void): Promise<number>;
}

function walkers(scenario: Scenario, client: TicketingClient, list: (c: TicketingClient) => PagePromise<any>, fetchFn: typeof fetch, first: string, headers: Record<string, string>, expected: number): Walkers {
  return {
    async sdk(sample) {
      let total = 0;
      let n = 0;
      for await (const item of list(client)) {
        total += scenario.sdkValue(item);
        if (sample && ++n % 2_500 === 0) sample();
      }
      if (total !== expected) throw new Error(`${scenario.provider}: the SDK walk added up to ${total}, expected ${expected}`);
      return total;
    },
    async raw(sample) {
      let total = 0;
      let url: string | null = first;
      let pages = 0;
      while (url !== null) {
        const response: Response = await fetchFn(url, { headers });
        const body = JSON.parse(await response.text());
        for (const item of scenario.raw.items(body)) total += scenario.raw.value(item);
        url = scenario.raw.next(new URL(url), body);
        if (sample && ++pages % 25 === 0) sample();
      }
      if (total !== expected) throw new Error(`${scenario.provider}: the raw loop added up to ${total}, expected ${expected}`);
      return total;
    },
  };
}

/** Peak live-heap growth during a walk and the heap it keeps after it (both after a full gc). */
async function heapOf(walk: (sample: () => void) => Promise<unknown>): Promise<{ peakMb: number; keptMb: number }> {
  const base = await settledHeap();
  let peak = 0;
  await walk(() => {
    peak = Math.max(peak, heapAfterGc() - base);
  });
  const kept = (await settledHeap()) - base;
  return { peakMb: Math.max(peak, kept) / MB, keptMb: kept / MB };
}

interface Row {
  target: string;
  ratio: number;
  sdkMs: number;
  rawMs: number;
  peakMb: number;
  keptMb: number;
}

async function compare(target: string, w: Walkers): Promise<Row> {
  await w.raw();
  await w.sdk();
  const { a: sdkTimes, b: rawTimes, ratios } = await pairedRounds(ROUNDS, () => w.sdk(), () => w.raw());
  const heap = process.env.BENCH_HEAP === '0' ? { peakMb: Number.NaN, keptMb: Number.NaN } : await heapOf((sample) => w.sdk(sample));
  return { target, ratio: median(ratios), sdkMs: median(sdkTimes), rawMs: median(rawTimes), ...heap };
}

function print(rows: Row[]): void {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  console.log(line(['target', 'SDK / raw (median of pairs)', 'SDK walk', 'raw loop', 'SDK peak heap growth', 'SDK heap kept']));
  console.log(line(['---', '---', '---', '---', '---', '---']));
  for (const r of rows) {
    console.log(
      line([r.target, `${r.ratio.toFixed(2)}x`, `${(r.sdkMs / 1000).toFixed(2)} s`, `${(r.rawMs / 1000).toFixed(2)} s`, `${r.peakMb.toFixed(1)} MB`, `${r.keptMb.toFixed(2)} MB`]),
    );
  }
}

console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; ${ITEMS.toLocaleString('en-US')} items per vendor, ${ROUNDS} paired rounds\n`);
const rows: Row[] = [];
for (const scenario of scenarios) {
  if (ONLY && !ONLY.includes(scenario.provider)) continue;
  const started = performance.now();
  const recorded = await record(scenario);
  console.error(`${scenario.provider}: seeded and recorded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const w = walkers(scenario, recorded.client, recorded.list, recorded.replay, recorded.first, recorded.headers, recorded.expected);
  rows.push(await compare(`${scenario.provider} (in-process replay)`, w));
}

if (process.env.BENCH_HTTP !== '0' && (!ONLY || ONLY.includes('equaticket'))) {
  const scenario = scenarios[0]!;
  let list!: (c: TicketingClient) => PagePromise<any>;
  const server = await startMockServer({ provider: scenario.provider, port: 0, seed: (s) => (list = scenario.seed(s, ITEMS)) });
  try {
    const key = (server.emulator.credentials as { apiKey: string }).apiKey;
    const client = createClient({ provider: 'equaticket', apiKey: key, baseUrl: server.baseUrl, maxRetries: 0, rateLimit: false }) as TicketingClient;
    let expected = 0;
    let first: string | null = null;
    const probe = createClient({
      provider: 'equaticket',
      apiKey: key,
      baseUrl: server.baseUrl,
      maxRetries: 0,
      rateLimit: false,
      fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
        const url = input instanceof Request ? input.url : String(input);
        first ??= url;
        return globalThis.fetch(input, init);
      }) as typeof fetch,
    }) as TicketingClient;
    for await (const item of list(probe)) expected += scenario.sdkValue(item);
    (server.emulator.calls as unknown[]).length = 0;
    const headers = { authorization: `Bearer ${key}`, accept: 'application/json' };
    const w = walkers(scenario, client, list, globalThis.fetch, first!, headers, expected);
    // The emulator records every call by design; empty the log between walks so it does not grow across rounds.
    const clearing: Walkers = {
      sdk: async (sample) => ((server.emulator.calls as unknown[]).length = 0, w.sdk(sample)),
      raw: async (sample) => ((server.emulator.calls as unknown[]).length = 0, w.raw(sample)),
    };
    rows.push(await compare(`equaticket over HTTP (mock-server on 127.0.0.1)`, clearing));
  } finally {
    await server.close();
  }
}

console.log('');
print(rows);
