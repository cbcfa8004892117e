/**
 * A seeded, randomized soak of every vendor through the testing kit: a few hundred mixed writes and listings under
 * random faults (429, 5xx, a refused connection, a request lost before or after the vendor processed it, a timeout,
 * latency), checking the invariants of the request path after every operation:
 * - no untyped error: every failure is a `TicketingError`;
 * - outcome truth: a write that failed has `outcomeUnknown` true whenever the vendor holds it, false only when it
 *   does not, never null;
 * - nothing duplicated: a write lands at most once (idempotency keys, retry safety);
 * - nothing lost: a write that succeeded is there; a listing yields exactly what the vendor holds, and one that fails
 *   resumes from its `resumeCursor` with no gap and no repeat;
 * - no secret in any error or hook payload.
 *
 * Reproduce a failure with `SOAK_SEED=<seed> npx vitest run test/soak` (the seed is in the failure message).
 */
import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isTicketingError, type ProviderId, type TicketingClient, type TicketingError } from '../../src/index.js';
import { createMockClient, type Fault, type MockClient } from '../../src/testing/index.js';

const OPS = Number(process.env.SOAK_OPS ?? 150);
const SEEDS = process.env.SOAK_SEED ? [Number(process.env.SOAK_SEED)] : [20261205, 7];

/** mulberry32: a small, well-known seeded PRNG (reproducible runs). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAULTS: Fault[] = [
  { kind: 'rate_limited', retryAfterSeconds: 0 },
  { kind: 'http', status: 500 },
  { kind: 'http', status: 502 },
  { kind: 'http', status: 503 },
  { kind: 'network', phase: 'connect' },
  { kind: 'network', phase: 'request' },
  { kind: 'network', phase: 'response' },
  { kind: 'timeout' },
  { kind: 'latency', ms: 1 },
];

/** A write the soak can make and then check: did it land, and how many times. */
interface WriteProbe {
  /** The operation its requests are recorded under (what the faults target). */
  op: string;
  run(client: TicketingClient, marker: string): PromiseLike<unknown>;
  /** How many entities carry the marker now (read with no faults armed). */
  count(client: TicketingClient, marker: string): Promise<number>;
}

/** A listing the soak walks under faults and compares with a fault-free walk. */
interface ListProbe {
  op: string;
  list(client: TicketingClient, cursor?: string | null): AsyncIterable<{ id: string }> & { pages(): AsyncIterable<{ data: Array<{ id: string }>; nextCursor: string | null }> };
}

interface VendorSoak {
  provider: ProviderId;
  setup(mock: MockClient<any> & { seed: any }): Promise<{ writes: WriteProbe[]; lists: ListProbe[] }>;
}

async function all<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

const START = '2027-03-01T19:00:00Z';
const END = '2027-03-01T22:00:00Z';

const vendors: VendorSoak[] = [
  {
    provider: 'equaticket',
    async setup(mock) {
      const event = mock.seed.event({ name: 'Soak' });
      for (let i = 0; i < 7; i++) mock.seed.order({ eventId: event.id });
      return {
        writes: [
          {
            op: 'events.create',
            run: (c, m) => c.events.create({ name: m, start: START, timezone: 'UTC', currency: 'USD' }),
            count: async (c, m) => (await all(c.events.list())).filter((e: any) => e.name === m).length,
          },
          {
            op: 'ticketTypes.create',
            run: (c, m) => c.ticketTypes.create({ eventId: event.id, name: m, price: { amount: 1000, currency: 'USD' } }),
            count: async (c, m) => (await all(c.ticketTypes.list({ eventId: event.id }))).filter((t: any) => t.name === m).length,
          },
          {
            op: 'events.update',
            run: (c, m) => c.events.update(event.id, { name: m }),
            count: async (c, m) => ((await c.events.get(event.id)).name === m ? 1 : 0),
          },
        ],
        lists: [{ op: 'orders.list', list: (cl, cursor) => cl.orders.list({ eventId: event.id, limit: 3, cursor }) as never }],
      };
    },
  },
  {
    provider: 'eventbrite',
    async setup(mock) {
      const event = mock.seed.event({ name: 'Soak' });
      for (let i = 0; i < 7; i++) mock.seed.order({ eventId: event.id });
      return {
        writes: [
          {
            op: 'events.create',
            run: (c, m) => c.events.create({ name: m, start: START, end: END, timezone: 'UTC', currency: 'USD' }),
            count: async (c, m) => (await all(c.events.list())).filter((e: any) => e.name === m).length,
          },
          {
            op: 'ticketTypes.create',
            run: (c, m) => c.ticketTypes.create({ eventId: event.id, name: m, price: { amount: 1000, currency: 'USD' }, quantityTotal: 10 }),
            count: async (c, m) => (await all(c.ticketTypes.list({ eventId: event.id }))).filter((t: any) => t.name === m).length,
          },
          {
            op: 'events.update',
            run: (c, m) => c.events.update(event.id, { name: m }),
            count: async (c, m) => ((await c.events.get(event.id)).name === m ? 1 : 0),
          },
        ],
        lists: [{ op: 'orders.list', list: (cl, cursor) => cl.orders.list({ eventId: event.id, cursor }) as never }],
      };
    },
  },
  {
    provider: 'event-schedule',
    async setup(mock) {
      const event = mock.seed.event({ name: 'Soak' });
      const ticket = mock.seed.ticketType({ eventId: event.id, name: 'GA', price: { amount: 2500, currency: 'USD' }, quantityTotal: 10_000 });
      for (let i = 0; i < 7; i++) mock.seed.order({ eventId: event.id, lines: [{ ticketTypeId: ticket.id, quantity: 1 }] });
      const email = (m: string) => `${m}@soak.example`;
      return {
        writes: [
          {
            op: 'orders.create',
            run: (c, m) => c.orders.create({ eventId: event.id, buyer: { name: 'Soak Buyer', email: email(m) }, lines: [{ ticketTypeId: ticket.id, quantity: 1 }] }),
            count: async (c, m) => (await all(c.orders.list({ eventId: event.id }))).filter((o: any) => o.buyer.email === email(m)).length,
          },
          {
            op: 'events.create',
            run: (c, m) => c.events.create({ name: m, start: START, end: END, timezone: 'UTC', currency: 'USD' }),
            count: async (c, m) => (await all(c.events.list())).filter((e: any) => e.name === m).length,
          },
          {
            op: 'events.update',
            run: (c, m) => c.events.update(event.id, { name: m }),
            count: async (c, m) => ((await c.events.get(event.id)).name === m ? 1 : 0),
          },
        ],
        lists: [{ op: 'orders.list', list: (cl, cursor) => cl.orders.list({ eventId: event.id, limit: 3, cursor }) as never }],
      };
    },
  },
  {
    provider: 'seaty',
    async setup(mock) {
      const event = mock.seed.event({ name: 'Soak' });
      const date = mock.seed.eventDate({ eventId: event.id });
      const payee = mock.seed.order({ eventId: event.id, eventDateId: date.id, status: 'pending', buyer: { name: 'Pat Payee', email: 'payee@soak.example' } });
      for (let i = 0; i < 6; i++) mock.seed.order({ eventId: event.id, eventDateId: date.id });
      return {
        writes: [
          {
            op: 'orders.recordPayment',
            run: (c, m) => c.orders.recordPayment({ eventId: event.id, payeeEmail: 'payee@soak.example', amount: { amount: 1, currency: 'GBP' }, method: 'cash', notes: m }),
            count: async (c, m) => {
              const native = (c as any).native;
              const payments = await native.listOrderPayments(payee.remoteId).toArray({ limit: 1000 });
              return payments.filter((p: any) => p.notes === m).length;
            },
          },
        ],
        lists: [{ op: 'orders.list', list: (cl, cursor) => cl.orders.list({ eventDateId: date.id, limit: 2, cursor }) as never }],
      };
    },
  },
  {
    provider: 'event-vault',
    async setup(mock) {
      const event = mock.seed.event();
      for (let i = 0; i < 7; i++) mock.seed.attendee({ eventId: event.id });
      const email = (m: string) => `${m}@soak.example`;
      return {
        writes: [
          {
            op: 'attendees.create',
            run: (c, m) => c.attendees.create({ eventId: event.id, email: email(m), name: 'Soak Guest' }),
            count: async (c, m) => (await all(c.attendees.list({ eventId: event.id }))).filter((a: any) => a.email === email(m)).length,
          },
        ],
        lists: [{ op: 'attendees.list', list: (cl, cursor) => cl.attendees.list({ eventId: event.id, limit: 3, cursor }) as never }],
      };
    },
  },
];

/** Every string a client's credentials hold that is secret enough to leak (keys, tokens). */
function secretsOf(mock: MockClient<any>): string[] {
  return Object.entries(mock.credentials)
    .filter(([key, value]) => typeof value === 'string' && /key|token|secret/i.test(key))
    .map(([, value]) => value as string);
}

function assertNoSecret(where: string, value: unknown, secrets: string[]): void {
  const texts = [JSON.stringify(value) ?? '', inspect(value, { depth: 8 })];
  for (const secret of secrets) for (const text of texts) if (text.includes(secret)) throw new Error(`${where} contains a credential`);
}

afterEach(() => vi.restoreAllMocks());

describe.each(vendors)('soak: $provider under mixed faults', ({ provider, setup }) => {
  it.each(SEEDS)(
    'seed %i: no untyped error, outcome truth, nothing duplicated or lost, no secret leaked',
    async (seed) => {
      // Backoff sleeps are full jitter: with Math.random at 0 they are 0 ms, so the soak takes no wall-clock waits
      // but for the timeout faults (30 ms each). The soak's own choices come from its seeded PRNG.
      vi.spyOn(Math, 'random').mockReturnValue(0);
      const random = prng(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
      const hookPayloads: unknown[] = [];
      const mock = createMockClient({
        provider,
        client: {
          timeout: 30,
          maxRetries: 3,
          logLevel: 'off',
          hooks: {
            onRequest: (i: unknown) => hookPayloads.push(i),
            onResponse: (i: unknown) => hookPayloads.push(i),
            onRetry: (i: unknown) => hookPayloads.push(i),
            onError: (e: unknown) => hookPayloads.push(e),
          },
        },
      } as never) as MockClient<any>;
      const { writes, lists } = await setup(mock as MockClient<any> & { seed: any });
      const client = mock.client as TicketingClient;
      const secrets = secretsOf(mock);
      const where = (i: number, what: string) => `${provider} seed ${seed} op ${i} (${what})`;
      const stats = { succeeded: 0, unknown: 0, refused: 0, resumed: 0 };

      for (let i = 0; i < OPS; i++) {
        const fault = pick(FAULTS);
        // Up to 5 faulty attempts: with maxRetries 3, some calls exhaust their retries, others recover.
        const times = Math.floor(random() * 6);
        if (random() < 0.6) {
          const probe = pick(writes);
          const marker = `soak-${seed}-${i}`;
          if (times > 0) mock.faults.times(times, probe.op as never, fault);
          const before = mock.calls.length;
          const outcome = await Promise.resolve(probe.run(client, marker)).then(
            () => null,
            (e: unknown) => e,
          );
          mock.faults.clear();
          // What the client saw of its own attempts: a fault after which the vendor may hold the write.
          const sentAndLost = mock.calls
            .slice(before)
            .filter((call) => call.op === probe.op)
            .some(({ fault: f }) => f !== null && (f.kind === 'timeout' || (f.kind === 'network' && f.phase !== 'connect') || (f.kind === 'http' && f.status >= 500)));
          const landed = await probe.count(client, marker);
          const label = where(i, `${probe.op} under ${times} × ${JSON.stringify(fault)}`);
          expect(landed, `${label}: landed more than once`).toBeLessThanOrEqual(1);
          if (outcome === null) {
            stats.succeeded++;
            expect(landed, `${label}: succeeded but is not there`).toBe(1);
          } else {
            expect(isTicketingError(outcome), `${label}: untyped error ${String(outcome)}`).toBe(true);
            const error = outcome as TicketingError;
            expect(error.outcomeUnknown, `${label}: outcomeUnknown is null (${error.message})`).not.toBeNull();
            // The vendor holds it, or the client cannot know that it does not: the error must say so.
            if (landed === 1 || sentAndLost) {
              stats.unknown++;
              expect(error.outcomeUnknown, `${label}: the vendor ${landed ? 'holds' : 'may hold'} the write but outcomeUnknown is false (${error.message})`).toBe(true);
            } else {
              stats.refused++;
            }
            assertNoSecret(label, error, secrets);
          }
        } else {
          const probe = pick(lists);
          const truth = (await all(probe.list(client))).map((x) => x.id);
          if (times > 0) mock.faults.times(times, probe.op as never, fault);
          const seen: string[] = [];
          let resumeFrom: string | null = null;
          try {
            for await (const item of probe.list(client)) seen.push(item.id);
          } catch (e) {
            const label = where(i, `${probe.op} under ${times} × ${JSON.stringify(fault)}`);
            expect(isTicketingError(e), `${label}: untyped error ${String(e)}`).toBe(true);
            assertNoSecret(label, e, secrets);
            resumeFrom = (e as TicketingError).resumeCursor ?? null;
            expect((e as TicketingError).itemsYielded, `${label}: itemsYielded`).toBe(seen.length);
          }
          mock.faults.clear();
          if (resumeFrom !== null) {
            stats.resumed++;
            for await (const item of probe.list(client, resumeFrom)) seen.push(item.id);
          }
          if (resumeFrom !== null || seen.length === truth.length) {
            expect(seen, where(i, `${probe.op}: the listing (resumed) is exactly the vendor's`)).toEqual(truth);
          }
        }
      }
      for (const [n, payload] of hookPayloads.entries()) assertNoSecret(`${provider} seed ${seed} hook payload ${n}`, payload, secrets);
      // The run exercised every branch: writes that succeeded, failed with an unknown and a known outcome, and
      // listings that failed and resumed.
      expect(stats, `${provider} seed ${seed}`).toEqual({
        succeeded: expect.any(Number),
        unknown: expect.any(Number),
        refused: expect.any(Number),
        resumed: expect.any(Number),
      });
      for (const [name, count] of Object.entries(stats)) expect(count, `${provider} seed ${seed}: ${name}`).toBeGreaterThan(0);
    },
    60_000,
  );
});
