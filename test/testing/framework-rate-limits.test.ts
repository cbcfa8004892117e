/**
 * The emulator framework's rate limits and virtual time, on a minimal vendor: a limit is enforced on the emulator
 * clock with the vendor's 429, a client's waits advance that clock (no real sleep), and a default client paced to
 * the same limit never meets the 429.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator, json, type EmulatorDefinition } from '../../src/testing/framework/index.js';
import { HttpPipeline, type ProviderWire } from '../../src/core/pipeline.js';

const BASE = 'https://vendor.test/v1';
const definition: EmulatorDefinition<Record<string, never>, Record<string, never>, null> = {
  provider: 'seaty',
  baseUrl: BASE,
  credentials: () => ({ apiKey: 'k' }),
  createState: () => ({}),
  seeder: () => ({}),
  routes: [{ method: 'GET', path: '/v1/things', op: 'things.list', handler: () => json(200, { ok: true }) }],
  authenticate: () => null,
  errorResponse: (_req, status, message) => json(status, { message: message ?? 'error' }),
  rateLimitResponse: (_req, seconds) => ({ status: 429, body: { message: 'Too many requests' }, headers: seconds === undefined ? undefined : { 'retry-after': String(seconds) } }),
  rateLimits: [
    {
      name: 'reads',
      limit: 3,
      windowMs: 60_000,
      matches: (req) => req.method === 'GET',
      key: () => 'org',
      response: (_req, seconds) => ({ status: 429, body: { message: 'Too many requests' }, headers: { 'retry-after': String(seconds) } }),
    },
  ],
};

function client(emulator: ReturnType<typeof createEmulator<typeof definition>>, rateLimit?: { perMinute: number } | false) {
  const wire: ProviderWire = {
    provider: 'seaty',
    baseUrl: BASE,
    secrets: [],
    headers: () => ({}),
    mapError: ({ status }) => ({ message: `answered ${status}` }),
    idempotencyHeader: null,
    rateLimits: { read: { perMinute: 3 } },
  };
  return new HttpPipeline(wire, { fetch: emulator.fetch, scheduler: emulator.scheduler, logLevel: 'off', ...(rateLimit !== undefined ? { rateLimit } : {}) });
}

describe('emulator rate limits on the emulator clock', () => {
  it('are off unless asked; when on, the 4th read in a minute gets the vendor’s 429 with the seconds left', async () => {
    const off = createEmulator(definition);
    for (let i = 0; i < 5; i++) expect((await off.fetch(`${BASE}/things`)).status).toBe(200);
    const on = createEmulator(definition, { rateLimits: true });
    for (let i = 0; i < 3; i++) expect((await on.fetch(`${BASE}/things`)).status).toBe(200);
    const limited = await on.fetch(`${BASE}/things`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(on.calls.at(-1)).toMatchObject({ status: 429 });
    on.advance(60_000);
    expect((await on.fetch(`${BASE}/things`)).status).toBe(200);
  });

  it('a client paced to the limit never meets the 429, and its waits advance the clock instead of sleeping', async () => {
    const emulator = createEmulator(definition, { rateLimits: true });
    const pipeline = client(emulator);
    const started = emulator.clock();
    for (let i = 0; i < 10; i++) await pipeline.send({ method: 'GET', path: '/things' });
    expect(emulator.calls.every((c) => c.status === 200)).toBe(true);
    expect(emulator.clock() - started).toBeGreaterThanOrEqual(9 * 20_000);
  });

  it('an unpaced client meets the 429, waits the Retry-After on the emulator clock, and succeeds', async () => {
    const emulator = createEmulator(definition, { rateLimits: true });
    const pipeline = client(emulator, false);
    for (let i = 0; i < 4; i++) await pipeline.send({ method: 'GET', path: '/things' });
    expect(emulator.calls.map((c) => c.status)).toEqual([200, 200, 200, 429, 200]);
  });
});
