/**
 * `npm run bench:export`: `ticketkit export` of 100 000 orders to NDJSON, against the SDK's own `for await` over the
 * same listing (same page size: the vendor's largest), on the Equaticket emulator.
 *
 * - in-process replay: the emulator is walked once and its answers recorded; both sides then read the same
 *   pre-serialized bodies from a replay `fetch`, so the figure is the export's own cost (rows, NDJSON text, the file
 *   write, fsync and rename) against the SDK's (requests, validation, normalization);
 * - over HTTP: both sides against `ticketkit mock-server` on 127.0.0.1 (the emulator's work included).
 * Rounds are paired and interleaved (A B, B A, ...); the figure is the median of the per-pair ratios (export
 * throughput as a share of the SDK's). Heap: live heap (after full gcs and the finalizers that release responses)
 * sampled every 25 pages of a library export (peak growth) and after it (kept): memory stays one page (two with the
 * page fetched ahead), whatever the size.
 *
 * Knobs: BENCH_ITEMS (default 100000), BENCH_ROUNDS (default 7), BENCH_HTTP_ROUNDS (default 3; 0 skips HTTP).
 * Nothing here is asserted in tests.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIo } from '../src/cli/main.js';
import { startMockServer } from '../src/cli/mock-server.js';
import { exportItems, ndjsonFormatter } from '../src/export/index.js';
import { createClient, envVariableOf, type TicketingClient } from '../src/index.js';
import { MB, median, pairedRounds, requireGc, settledHeap } from './measure.js';
import { recordReplay } from './replay.js';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const HTTP_ROUNDS = Number(process.env.BENCH_HTTP_ROUNDS ?? 3);

requireGc('npm run bench:export');
const dir = mkdtempSync(join(tmpdir(), 'tk-bench-export-'));
const outFile = join(dir, 'orders.ndjson');
let eventId = '';
const started = performance.now();
const server = await startMockServer({
  provider: 'equaticket',
  port: 0,
  seed: (s: any) => {
    const event = s.event({ name: 'Bench Arena', currency: 'USD' });
    eventId = event.id;
    const ga = s.ticketType({ eventId: event.id, name: 'GA', price: { amount: 2500, currency: 'USD' } });
    for (let i = 0; i < ITEMS; i++) s.order({ eventId: event.id, buyer: { name: `Buyer ${i}`, email: `b${i}@example.com` }, lines: [{ ticketTypeId: ga.id, quantity: 1 }] });
  },
});
const apiKey = (server.credentials as { apiKey: string }).apiKey;
const env = { [envVariableOf('equaticket', 'apiKey')]: apiKey };

// Record the emulator's answers once (in process), for the replay runs.
const { recording, replay, recorded } = recordReplay(server.emulator.fetch);

function clientOf(fetchFn: typeof fetch | undefined): TicketingClient {
  // Pacing off on both sides: the vendor's limit bounds a real export; this measures ticketkit's own cost.
  return createClient({ provider: 'equaticket', apiKey, maxRetries: 0, rateLimit: false, ...(fetchFn ? { fetch: fetchFn } : { baseUrl: server.baseUrl }) });
}
const pageSize = clientOf(replay).capabilities.pageSize.max;

let expectedTotal = 0;
for await (const order of clientOf(recording).orders.list({ eventId, limit: pageSize })) expectedTotal += order.total?.amount ?? 0;
console.error(`seeded ${ITEMS.toLocaleString('en-US')} orders and recorded ${recorded()} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);

interface Sides {
  sdk(): Promise<void>;
  cli(): Promise<void>;
}

function sides(fetchFn: typeof fetch | undefined): Sides {
  // The emulator records every call by design: over HTTP, empty its log before each walk so it does not grow.
  const clearLog = () => {
    if (!fetchFn) (server.emulator.calls as unknown[]).length = 0;
  };
  return {
    async sdk() {
      clearLog();
      let total = 0;
      for await (const order of clientOf(fetchFn).orders.list({ eventId, limit: pageSize })) total += order.total?.amount ?? 0;
      if (total !== expectedTotal) throw new Error(`the SDK walk added up to ${total}, expected ${expectedTotal}`);
    },
    async cli() {
      clearLog();
      const io: CliIo = {
        stdout: () => undefined,
        stderr: (text) => process.stderr.write(`${text}\n`),
        stopped: () => new Promise(() => undefined),
        env,
        ...(fetchFn ? { fetch: fetchFn } : {}),
      };
      const argv = ['export', 'orders', '--provider', 'equaticket', '--event', eventId, '--out', outFile, '--quiet', '--max-retries', '0', '--rate-limit', 'off'];
      if (!fetchFn) argv.push('--base-url', server.baseUrl);
      const code = await main(argv, io);
      if (code !== 0) throw new Error(`ticketkit export exited with ${code}`);
    },
  };
}

/** Lines of the exported file (checked once, outside the timings). */
function linesOf(path: string): number {
  const text = readFileSync(path, 'utf8');
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

interface Row {
  target: string;
  share: number;
  /** The lowest and highest per-pair shares (how noisy the machine was). */
  range: [number, number];
  sdkMs: number;
  exportMs: number;
}

async function compare(target: string, s: Sides, rounds: number): Promise<Row> {
  await s.sdk();
  await s.cli();
  if (linesOf(outFile) !== ITEMS) throw new Error(`the export wrote ${linesOf(outFile)} lines, expected ${ITEMS}`);
  const { a: sdkTimes, b: exportTimes, ratios: shares } = await pairedRounds(rounds, () => s.sdk(), () => s.cli());
  return { target, share: median(shares), range: [Math.min(...shares), Math.max(...shares)], sdkMs: median(sdkTimes), exportMs: median(exportTimes) };
}

/** Peak live-heap growth during a library export to a discarding sink, and what it keeps after it. */
async function heap(): Promise<{ peakMb: number; keptMb: number }> {
  const base = await settledHeap();
  let peak = 0;
  const ndjson = ndjsonFormatter();
  let written = 0;
  let pages = 0;
  let bytes = 0;
  for await (const page of exportItems(clientOf(replay), { resource: 'orders', eventId }).pages()) {
    bytes += ndjson.rows(page.rows, written).length;
    written += page.rows.length;
    if (++pages % 25 === 0) peak = Math.max(peak, (await settledHeap()) - base);
  }
  if (written !== ITEMS || bytes === 0) throw new Error(`the library export gave ${written} rows`);
  const kept = (await settledHeap()) - base;
  return { peakMb: Math.max(peak, kept) / MB, keptMb: kept / MB };
}

const rows: Row[] = [];
try {
  rows.push(await compare('in-process replay', sides(replay), ROUNDS));
  if (HTTP_ROUNDS > 0) {
    (server.emulator.calls as unknown[]).length = 0;
    rows.push(await compare('over HTTP (mock-server on 127.0.0.1)', sides(undefined), HTTP_ROUNDS));
  }
  const memory = await heap();
  console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; ${ITEMS.toLocaleString('en-US')} Equaticket orders, pages of ${pageSize}; paired rounds: ${ROUNDS} replay, ${HTTP_ROUNDS} HTTP\n`);
  console.log('| target | export throughput / SDK for-await (median of pairs) | range of pairs | SDK for await | ticketkit export → NDJSON file |');
  console.log('| --- | --- | --- | --- | --- |');
  const percent = (share: number) => `${(share * 100).toFixed(0)} %`;
  for (const r of rows) {
    console.log(`| ${r.target} | ${percent(r.share)} | ${percent(r.range[0])} – ${percent(r.range[1])} | ${(r.sdkMs / 1000).toFixed(2)} s | ${(r.exportMs / 1000).toFixed(2)} s |`);
  }
  console.log(`\nload average at the end: ${loadavg().map((l) => l.toFixed(1)).join(', ')} (${cpus().length} cores)`);
  console.log(`\nlibrary export heap: peak growth ${memory.peakMb.toFixed(1)} MB, kept ${memory.keptMb.toFixed(2)} MB`);
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
