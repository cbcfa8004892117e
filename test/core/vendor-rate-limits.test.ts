/**
 * Each vendor's default pace, at the wire, on the emulator clock (no wall-clock waits): a default client spaces its
 * requests at the vendor's documented limit (a burst of a tenth of the window's budget, the rest spread evenly, so no
 * window ever holds more than the limit), `rateLimit: false` does not pace, clients of one credential share one limiter
 * (a `withOptions` copy too), and another credential has its own (except on Event Schedule, which counts per IP).
 */
import { describe, expect, it } from 'vitest';
import { withinWindow, type RateLimitSpec } from '../../src/core/rate-limit.js';
import { createClient, type ProviderId, type TicketingClient } from '../../src/index.js';
import { createMockClient } from '../../src/testing/index.js';

interface VendorCase {
  provider: ProviderId;
  /** A read the emulator answers (any status: a request is a request). */
  path: string;
  /** The documented pace of reads, or `null` (no documented limit). */
  reads: RateLimitSpec | null;
  /** The same config with another credential. */
  other: Record<string, unknown>;
  /** Whether another credential shares the limit (a per-IP limit). */
  perIp?: boolean;
}

const CASES: VendorCase[] = [
  { provider: 'equaticket', path: '/events', reads: { perMinute: 54, burst: 6 }, other: { apiKey: 'sk_test_another_key' } },
  { provider: 'eventbrite', path: '/users/me/', reads: { perHour: 1800, burst: 200 }, other: { token: 'ANOTHERPRIVATETOKEN0002' } },
  {
    provider: 'event-schedule',
    path: '/schedules',
    reads: { perMinute: 270, burst: 30 },
    other: { apiKey: '1111111111111111111111111111e5e5' },
    perIp: true,
  },
  { provider: 'seaty', path: '/events', reads: { perMinute: 54, burst: 6 }, other: { apiKey: 'sk_live_another0000000000000000000000000.anothersignature000000' } },
  { provider: 'event-vault', path: '/getGuestCount', reads: null, other: { apiKey: 'another-api-key' } },
];

/** Clients over one emulator, sharing one transport (clients share a limiter only over the same `fetch`). */
function world(provider: ProviderId) {
  const mock = createMockClient({ provider, rateLimits: false });
  const sentAt: number[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    sentAt.push(mock.clock());
    return mock.fetch(input, init);
  }) as typeof globalThis.fetch;
  const make = (extra: Record<string, unknown> = {}): TicketingClient =>
    createClient({ provider, ...mock.credentials, fetch, scheduler: mock.scheduler, logLevel: 'off', maxRetries: 0, ...extra } as never);
  const elapsed = () => (sentAt.length === 0 ? 0 : sentAt.at(-1)! - sentAt[0]!);
  return { make, sentAt, elapsed };
}

/** Sends `n` reads, one after the other, alternating over `clients`. */
async function reads(clients: TicketingClient[], path: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await clients[i % clients.length]!.request({ method: 'GET', path }).catch(() => null);
}

const intervalOf = (spec: RateLimitSpec) => (spec.perMinute !== undefined ? 60_000 / spec.perMinute : 3_600_000 / spec.perHour!);

describe('withinWindow: a documented limit as a pace that never exceeds it', () => {
  it('keeps a tenth of the budget as a burst and spreads the rest', () => {
    expect(withinWindow(60, 'minute')).toEqual({ perMinute: 54, burst: 6 });
    expect(withinWindow(2000, 'hour')).toEqual({ perHour: 1800, burst: 200 });
    expect(withinWindow(5, 'minute')).toEqual({ perMinute: 5, burst: 1 });
    expect(() => withinWindow(0, 'minute')).toThrow(RangeError);
  });

  it('never lets more than the limit into any window (a burst after a quiet spell, then the steady pace)', () => {
    for (const [limit, window] of [[60, 60_000], [30, 60_000], [2000, 3_600_000]] as const) {
      const spec = withinWindow(limit, window === 60_000 ? 'minute' : 'hour');
      const interval = intervalOf(spec);
      const times = [...Array.from({ length: spec.burst! }, () => 0), ...Array.from({ length: 3 * limit }, (_, i) => (i + 1) * interval)];
      let most = 0;
      for (let i = 0, j = 0; i < times.length; i++) {
        while (times[j]! <= times[i]! - window) j++;
        most = Math.max(most, i - j + 1);
      }
      expect(most).toBeLessThanOrEqual(limit);
    }
  });
});

describe.each(CASES)('$provider: default pace at the wire', ({ provider, path, reads: spec, other, perIp }) => {
  it(spec ? 'a default client bursts, then spaces its reads at the documented rate' : 'documents no limit: a default client does not pace', async () => {
    const { make, sentAt, elapsed } = world(provider);
    const burst = spec?.burst ?? 1;
    await reads([make()], path, burst + 3);
    expect(sentAt).toHaveLength(burst + 3);
    if (!spec) return expect(elapsed()).toBe(0);
    expect(sentAt[burst - 1]! - sentAt[0]!).toBe(0);
    expect(elapsed()).toBeCloseTo(3 * intervalOf(spec), 0);
  });

  it('rateLimit: false does not pace; a rateLimit of the user replaces the default', async () => {
    const free = world(provider);
    await reads([free.make({ rateLimit: false })], path, 12);
    expect(free.elapsed()).toBe(0);
    const own = world(provider);
    await reads([own.make({ rateLimit: { perMinute: 10 } })], path, 3);
    expect(own.elapsed()).toBeCloseTo(12_000, 0);
  });

  it('clients of one credential share a limiter (a withOptions copy too); another credential has its own', async () => {
    if (!spec) return;
    const burst = spec.burst ?? 1;
    const { make, elapsed, sentAt } = world(provider);
    const a = make();
    await reads([a, make(), a.withOptions({ timeout: 5_000 })], path, burst + 3);
    expect(elapsed()).toBeCloseTo(3 * intervalOf(spec), 0);
    const before = sentAt.length;
    const stranger = make(other);
    const started = sentAt.at(-1)!;
    await reads([stranger], path, 2);
    expect(sentAt.length).toBe(before + 2);
    // Another key waits its turn only where the vendor counts per IP.
    if (perIp) expect(sentAt.at(-1)! - started).toBeGreaterThan(0);
    else expect(sentAt.at(-1)! - started).toBe(0);
  });
});

describe('Equaticket: the plan sets the pace', () => {
  it('pro paces at 600 a minute (a burst of 60, then 540 a minute); a bad plan is a ConfigError naming the plans', async () => {
    const { make, elapsed } = world('equaticket');
    await reads([make({ plan: 'pro' })], '/events', 63);
    expect(elapsed()).toBeCloseTo(3 * (60_000 / 540), 0);
    expect(() => make({ plan: 'enterprise' })).toThrow(/`plan`: .*"free", "starter", "growth", "pro"/);
  });
});
