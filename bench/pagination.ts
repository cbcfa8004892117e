/**
 * `npm run bench` (tsx --expose-gc bench/pagination.ts): pages 100 000 Equaticket orders from the emulator
 * with the SDK (`for await`) and with a hand-written fetch + JSON.parse loop, in the same run, and prints
 * items/s for both, their ratio and the peak heap growth after gc. Targets: SDK time <= 1.15x the raw loop,
 * heap growth < 32 MB. Not part of the tests.
 */
import { startMockServer } from '../src/cli/mock-server.js';
import { type TicketingClient, createClient } from '../src/index.js';
import { createMockClient } from '../src/testing/index.js';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 100_000);
const PAGE = 100;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const MB = 1024 * 1024;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('run with --expose-gc (npm run bench): heap growth is measured after gc');
  process.exit(1);
}

function heapAfterGc(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
}

/**
 * Peak live-heap growth over `base`: sampled after a full gc every `every` pages (garbage is not growth).
 * Timed runs pass `every = 0` (no sampling, no gc).
 */
class HeapPeak {
  peak = 0;
  private pages = 0;
  constructor(
    private readonly base: number,
    private readonly every: number,
  ) {}
  sample(): void {
    if (this.every === 0 || ++this.pages % this.every !== 0) return;
    const used = heapAfterGc() - this.base;
    if (used > this.peak) this.peak = used;
  }
}

const seedStarted = performance.now();
const mock = createMockClient({
  provider: 'equaticket',
  client: { maxRetries: 0 },
  seed: (s) => {
    const event = s.event({ name: 'Bench Arena', currency: 'USD' });
    const ga = s.ticketType({ eventId: event.id, name: 'GA', price: { amount: 2500, currency: 'USD' }, quantityTotal: null });
    const lines = [{ ticketTypeId: ga.id, quantity: 1 }];
    for (let i = 0; i < ORDERS; i++) s.order({ eventId: event.id, lines });
  },
});
const seedMs = performance.now() - seedStarted;
console.log(`seeded ${ORDERS.toLocaleString('en-US')} orders in ${(seedMs / 1000).toFixed(2)} s`);

const key = (mock.credentials as { apiKey: string }).apiKey;

let client: TicketingClient = mock.client;
let fetchFn: typeof fetch = mock.fetch;
let baseUrl = mock.baseUrl;

async function sdkLoop(peak: HeapPeak): Promise<number> {
  let n = 0;
  let total = 0;
  for await (const page of client.orders.list({ limit: PAGE }).pages()) {
    for (const order of page.data) {
      total += order.total?.amount ?? 0;
      n++;
    }
    peak.sample();
  }
  if (total !== ORDERS * 2500) throw new Error(`sdk loop summed ${total}`);
  return n;
}

async function rawLoop(peak: HeapPeak): Promise<number> {
  let n = 0;
  let total = 0;
  let cursor: string | null = null;
  do {
    const url: string = `${baseUrl}/orders?limit=${PAGE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const response: Response = await fetchFn(url, { headers: { authorization: `Bearer ${key}`, accept: 'application/json' } });
    const body = JSON.parse(await response.text()) as { data: Array<{ total_amount: number }>; has_more: boolean; next_cursor: string | null };
    for (const order of body.data) {
      total += order.total_amount;
      n++;
    }
    cursor = body.has_more ? body.next_cursor : null;
    peak.sample();
  } while (cursor);
  if (total !== ORDERS * 2500) throw new Error(`raw loop summed ${total}`);
  return n;
}

async function time(loop: (peak: HeapPeak) => Promise<number>): Promise<{ items: number; ms: number }> {
  clearCallLog();
  heapAfterGc();
  const started = performance.now();
  const items = await loop(new HeapPeak(0, 0));
  return { items, ms: performance.now() - started };
}

/** The emulator's call log grows by one record per request (by design); the bench empties it before measuring. */
let callLog: ReadonlyArray<unknown> = mock.calls;
function clearCallLog(): void {
  (callLog as unknown[]).length = 0;
}

async function heapGrowthMb(loop: (peak: HeapPeak) => Promise<number>): Promise<number> {
  clearCallLog();
  const peak = new HeapPeak(heapAfterGc(), 25);
  await loop(peak);
  return peak.peak / MB;
}

async function compare(label: string): Promise<void> {
  // Warm up both paths (JIT), then alternate timed rounds and keep each side's best; then one gc-sampled pass each.
  await time(sdkLoop);
  await time(rawLoop);
  const sdkTimes: number[] = [];
  const rawTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    rawTimes.push((await time(rawLoop)).ms);
    sdkTimes.push((await time(sdkLoop)).ms);
  }
  const sdkMs = Math.min(...sdkTimes);
  const rawMs = Math.min(...rawTimes);
  const rawHeap = await heapGrowthMb(rawLoop);
  const sdkHeap = await heapGrowthMb(sdkLoop);
  const ratio = sdkMs / rawMs;
  const rate = (ms: number) => Math.round((ORDERS / ms) * 1000).toLocaleString('en-US');
  console.log(`\n${label}: pages of ${PAGE}, best of ${ROUNDS} timed rounds each after a warm-up; heap sampled after gc every 25 pages`);
  console.log(`  raw fetch + JSON.parse  ${(rawMs / 1000).toFixed(2)} s = ${rate(rawMs)} items/s; peak heap growth ${rawHeap.toFixed(1)} MB`);
  console.log(`  SDK for await           ${(sdkMs / 1000).toFixed(2)} s = ${rate(sdkMs)} items/s; peak heap growth ${sdkHeap.toFixed(1)} MB`);
  console.log(`  ratio SDK/raw time: ${ratio.toFixed(2)}x (target <= 1.15x) ${ratio <= 1.15 ? 'OK' : 'MISSED'}`);
  console.log(`  SDK peak heap growth: ${sdkHeap.toFixed(1)} MB (target < 32 MB) ${sdkHeap < 32 ? 'OK' : 'MISSED'}`);
}

await compare('in-process emulator (mock.fetch)');

// The same comparison over real HTTP on 127.0.0.1 (the mock server), where both sides pay for the socket.
const server = await startMockServer({
  provider: 'equaticket',
  port: 0,
  seed: (s) => {
    const seeder = s as typeof mock.seed;
    const event = seeder.event({ name: 'Bench Arena', currency: 'USD' });
    const ga = seeder.ticketType({ eventId: event.id, name: 'GA', price: { amount: 2500, currency: 'USD' }, quantityTotal: null });
    const lines = [{ ticketTypeId: ga.id, quantity: 1 }];
    for (let i = 0; i < ORDERS; i++) seeder.order({ eventId: event.id, lines });
  },
});
client = createClient({ provider: 'equaticket', apiKey: key, baseUrl: server.baseUrl, maxRetries: 0 });
fetchFn = globalThis.fetch;
baseUrl = server.baseUrl;
callLog = server.emulator.calls;
try {
  await compare(`mock server over HTTP (${server.baseUrl})`);
} finally {
  await server.close();
}
