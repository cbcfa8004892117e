/**
 * `capabilities.idempotency` says, per write, who honours a caller's `idempotencyKey`, and the clients do what it says,
 * at the wire over the emulators: a `'vendor'` write sends the key to the vendor (which replays the first result), an
 * `'sdk'` write refuses a key without an `idempotencyStore` (a `ValidationError` saying how to enable it; nothing
 * written) and with one replays the first result (`idempotentReplayed: true`, one write at the vendor), an
 * `'unsupported'` write is one the vendor cannot do at all.
 */
import { describe, expect, it } from 'vitest';
import { WRITE_OPERATIONS } from '../../src/core/idempotency.js';
import { createClient, PROVIDERS, UnsupportedCapabilityError, ValidationError, type ClientConfig, type ProviderId, type TicketingError } from '../../src/index.js';
import { createMockClient } from '../../src/testing/index.js';

const failure = (promise: PromiseLike<unknown>) => Promise.resolve(promise).then(() => null, (error: unknown) => error as TicketingError);

describe.each([...PROVIDERS] as ProviderId[])('%s: capabilities.idempotency', (provider) => {
  it('names every write once, agrees with the write flags and with the idempotencyKeys summary', async () => {
    const { client } = createMockClient({ provider });
    const { idempotency, idempotencyKeys } = client.capabilities;
    expect(Object.keys(idempotency).sort()).toEqual([...WRITE_OPERATIONS].sort());
    const supported: string[] = [];
    for (const op of WRITE_OPERATIONS) {
      const [resource, method] = op.split('.') as [keyof typeof client.capabilities, string];
      // Subscriptions are one flag: webhooks.create and webhooks.delete exist exactly when it is set.
      const flags = client.capabilities[resource] as Record<string, unknown>;
      const flag = resource === 'webhooks' ? flags.subscriptions : flags[method];
      expect(idempotency[op] === 'unsupported', op).toBe(flag !== true);
      if (flag === true) supported.push(op);
      // An unsupported write rejects as such (nothing is sent), with or without a key.
      if (flag !== true) {
        const call = (client[resource as 'orders'] as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[method]!;
        expect(await failure(call({}, { idempotencyKey: 'k' }))).toBeInstanceOf(UnsupportedCapabilityError);
      }
    }
    const byVendor = supported.filter((op) => idempotency[op as keyof typeof idempotency] === 'vendor');
    // The summary: 'none' exactly when no write is vendor-keyed; 'all-writes' only when every write is.
    expect(idempotencyKeys === 'none').toBe(byVendor.length === 0);
    if (idempotencyKeys === 'all-writes') expect(byVendor).toEqual(supported);
  });
});

describe("'vendor': the key goes to the vendor, which replays the first result", () => {
  it('Equaticket events.create: Idempotency-Key on the wire; a repeat is the vendor’s replay', async () => {
    const mock = createMockClient({ provider: 'equaticket', client: { logLevel: 'off' } });
    expect(mock.client.capabilities.idempotency['events.create']).toBe('vendor');
    const input = { name: 'Gala', start: '2026-09-15T18:00:00Z', timezone: 'UTC', currency: 'USD' };
    const first = await mock.client.events.create(input, { idempotencyKey: 'create-gala' }).withResponse();
    const again = await mock.client.events.create(input, { idempotencyKey: 'create-gala' }).withResponse();
    const posts = mock.calls.filter((c) => c.op === 'events.create');
    expect(posts.map((c) => c.headers['idempotency-key'])).toEqual(['create-gala', 'create-gala']);
    expect(again.data.id).toBe(first.data.id);
    expect([first.idempotentReplayed, again.idempotentReplayed]).toEqual([false, true]);
  });

  it('Seaty recordPayment: a repeat with the same key records nothing twice and reports idempotentReplayed: true', async () => {
    let eventId = '';
    const mock = createMockClient({
      provider: 'seaty',
      client: { logLevel: 'off' },
      seed: (s) => {
        eventId = s.event({ name: 'Gala' }).id;
        s.order({ eventId, buyer: { name: 'Ann', email: 'ann@example.com' } });
      },
    });
    expect(mock.client.capabilities.idempotency['orders.recordPayment']).toBe('vendor');
    const input = { eventId, payeeEmail: 'ann@example.com', amount: { amount: 500, currency: 'GBP' }, method: 'cash' as const };
    const first = await mock.client.orders.recordPayment(input, { idempotencyKey: 'pay-1' }).withResponse();
    const again = await mock.client.orders.recordPayment(input, { idempotencyKey: 'pay-1' }).withResponse();
    expect([first.idempotentReplayed, again.idempotentReplayed]).toEqual([false, true]);
    expect(again.data.amountPaid).toEqual(first.data.amountPaid);
    const posts = mock.calls.filter((c) => c.op === 'orders.recordPayment');
    expect(posts.map((c) => c.headers['idempotency-key'])).toEqual(['pay-1', 'pay-1']);
    // Another key is another payment, not a replay.
    const other = await mock.client.orders.recordPayment(input, { idempotencyKey: 'pay-2' }).withResponse();
    expect(other.idempotentReplayed).toBe(false);
  });
});

describe("'sdk': the vendor has no keys; ticketkit honours them with a store and refuses them without", () => {
  function saleWorld(store: boolean) {
    const ids = { event: '', ticketType: '' };
    const mock = createMockClient({
      provider: 'event-schedule',
      client: { logLevel: 'off', ...(store ? { idempotencyStore: true as const } : {}) },
      seed: (s) => {
        ids.event = s.event({ name: 'Talk' }).id;
        ids.ticketType = s.ticketType({ eventId: ids.event, name: 'GA', quantityTotal: 10 }).id;
      },
    });
    const input = { eventId: ids.event, buyer: { name: 'Ann', email: 'ann@example.com' }, lines: [{ ticketTypeId: ids.ticketType, quantity: 1 }] };
    return { mock, input, salesCreated: () => mock.calls.filter((c) => c.op === 'orders.create' && c.status !== null && c.status < 300).length };
  }

  it('Event Schedule orders.create twice with one key and a store: one sale, the second result replayed', async () => {
    const { mock, input, salesCreated } = saleWorld(true);
    expect(mock.client.capabilities.idempotency['orders.create']).toBe('sdk');
    const first = await mock.client.orders.create(input, { idempotencyKey: 'sale-1' }).withResponse();
    const again = await mock.client.orders.create(input, { idempotencyKey: 'sale-1' }).withResponse();
    expect(salesCreated()).toBe(1);
    expect(again.data).toEqual(first.data);
    expect([first.idempotentReplayed, again.idempotentReplayed]).toEqual([false, true]);
    expect(again.idempotencyKey).toBe('sale-1');
    // The key is not sent to a vendor that does not know it.
    expect(mock.calls.every((c) => c.headers['idempotency-key'] === undefined)).toBe(true);
  });

  it('without a store, a key is a ValidationError that says the vendor does not honour keys and how to enable the store; nothing is written', async () => {
    const { mock, input, salesCreated } = saleWorld(false);
    const error = await failure(mock.client.orders.create(input, { idempotencyKey: 'sale-1' }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error?.message).toMatch(/does not honour idempotency keys/);
    expect(error?.message).toMatch(/idempotencyStore: true/);
    expect(error?.outcomeUnknown).toBe(false);
    expect(salesCreated()).toBe(0);
    // Without a key, the write goes through as before.
    await mock.client.orders.create(input);
    expect(salesCreated()).toBe(1);
  });

  it('Event Vault attendees.create: refused without a store, replayed with one', async () => {
    const refusing = createMockClient({ provider: 'event-vault', client: { logLevel: 'off' } });
    expect(refusing.client.capabilities.idempotency['attendees.create']).toBe('sdk');
    expect(await failure(refusing.client.attendees.create({ email: 'jane@example.com' }, { idempotencyKey: 'guest-1' }))).toBeInstanceOf(ValidationError);
    expect(refusing.calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    const keeping = createMockClient({ provider: 'event-vault', client: { logLevel: 'off', idempotencyStore: true } });
    const first = await keeping.client.attendees.create({ email: 'jane@example.com' }, { idempotencyKey: 'guest-1' }).withResponse();
    const again = await keeping.client.attendees.create({ email: 'jane@example.com' }, { idempotencyKey: 'guest-1' }).withResponse();
    expect(again.idempotentReplayed).toBe(true);
    expect(again.data).toEqual(first.data);
    // Event Vault refuses a duplicate guest with 409: the replay never reached it.
    expect(keeping.calls.filter((c) => c.method === 'POST' && c.status === 409)).toHaveLength(0);
  });

  it('mock.reset() forgets the keys too: after it, a key used before writes again (the vendor forgot the write)', async () => {
    const mock = createMockClient({ provider: 'event-vault', client: { logLevel: 'off', idempotencyStore: true } });
    const own = createClient({ provider: 'event-vault', ...mock.credentials, fetch: mock.fetch, scheduler: mock.scheduler, logLevel: 'off', idempotencyStore: true } as ClientConfig);
    await mock.client.attendees.create({ email: 'jane@example.com' }, { idempotencyKey: 'guest-1' });
    await expect(own.attendees.create({ email: 'jane@example.com' }, { idempotencyKey: 'guest-1' }).withResponse()).resolves.toMatchObject({ idempotentReplayed: true });
    mock.reset();
    const afterReset = await own.attendees.create({ email: 'jane@example.com' }, { idempotencyKey: 'guest-1' }).withResponse();
    expect(afterReset.idempotentReplayed).toBe(false);
    expect(mock.calls.filter((c) => c.method === 'POST')).toHaveLength(1); // reset() cleared the calls before it
  });
});
