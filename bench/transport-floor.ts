/**
 * The per-request floor under a page walk: what one request costs at each layer, against an in-process fetch that
 * answers from one pre-serialized body (no network, no emulator). Layers, each measured in paired interleaved
 * rounds against the raw call (A B A B, median of the per-round differences):
 *
 *   raw          fetch(url) and JSON.parse(await response.text()): what the raw loop of `npm run bench` does per page
 *   Request      new Request(url, { headers }) first, as every WHATWG client must (ky, openai-node's fetch path)
 *   ky           a ky instance made once (retry 0, timeout false, throwHttpErrors false), .text()
 *   ky+timeout   the same with ky's own timeout (an AbortController and a timer per request)
 *   fetch+timer  fetch(url, init) with an AbortController and a timer of our own, no ky
 *   ticketkit    client.request({ method: 'GET', path }) of an Equaticket client: the whole pipeline (limiter off)
 *
 * Run: npm run bench:floor (BENCH_REQUESTS, BENCH_ROUNDS to change the size).
 */
import ky from 'ky';
import { createEquaticketClient } from '../src/providers/equaticket/index.js';
import { median } from './measure.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 5_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const BODY = JSON.stringify({ object: 'list', data: Array.from({ length: 100 }, (_, i) => ({ id: `evt_${i}`, name: `Event ${i}` })), has_more: false, next_cursor: null });
const URL_ = 'https://app.equaticket.com/api/v1/events?limit=100';

const HEADERS = { authorization: 'Bearer x', accept: 'application/json' };
const replay: typeof fetch = async () => new Response(BODY, { status: 200, headers: { 'content-type': 'application/json' } });

const kyPlain = ky.create({ retry: 0, timeout: false, throwHttpErrors: false, redirect: 'manual', fetch: replay });
const tk = createEquaticketClient({ apiKey: 'sk_test_floor', fetch: replay, rateLimit: false, maxRetries: 0, logLevel: 'off' } as never);

const layers: Record<string, () => Promise<unknown>> = {
  raw: async () => JSON.parse(await (await replay(URL_)).text()),
  Request: async () => JSON.parse(await (await replay(new Request(URL_, { headers: HEADERS }))).text()),
  ky: async () => JSON.parse(await (await kyPlain(URL_, { headers: HEADERS })).text()),
  'ky+timeout': async () => JSON.parse(await (await kyPlain(URL_, { headers: HEADERS, timeout: 30_000 })).text()),
  'fetch+timer': async () => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 30_000);
    try {
      return JSON.parse(await (await replay(URL_, { headers: HEADERS, redirect: 'manual', signal: controller.signal })).text());
    } finally {
      clearTimeout(timer);
    }
  },
  ticketkit: () => tk.request({ method: 'GET', path: '/events', query: { limit: 100 } }),
};

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < REQUESTS; i++) await run();
  return ((performance.now() - started) * 1000) / REQUESTS;
}

async function main(): Promise<void> {
  for (const run of Object.values(layers)) await time(run); // warm up every path once
  const perLayer: Record<string, number[]> = Object.fromEntries(Object.keys(layers).map((k) => [k, []]));
  const raws: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, run] of Object.entries(layers)) {
      if (name === 'raw') continue;
      const raw = await time(layers.raw!);
      raws.push(raw);
      perLayer[name]!.push((await time(run)) - raw);
    }
  }
  const { loadavg, cpus } = await import('node:os');
  console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}; ${REQUESTS} requests × ${ROUNDS} paired rounds`);
  console.log(`\n| layer | µs per request over the raw call (median of pairs) |\n| --- | --- |`);
  console.log(`| raw fetch(url) + JSON.parse | ${median(raws).toFixed(1)} µs (absolute) |`);
  for (const [name, diffs] of Object.entries(perLayer)) {
    if (name === 'raw') continue;
    console.log(`| ${name} | +${median(diffs).toFixed(1)} µs |`);
  }
}

await main();
