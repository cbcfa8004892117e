/** The Event Schedule emulator through the real client (and raw requests where the client would refuse). */
import { describe, expect, it } from 'vitest';
import { createClient, type ClientConfig } from '../../../src/index.js';
import {
  AuthenticationError,
  ConflictError,
  ConnectionError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ValidationError,
} from '../../../src/core/errors.js';
import { createEventScheduleClient, type EventScheduleClient } from '../../../src/providers/event-schedule/index.js';
import { createMockClient, type MockClient } from '../../../src/testing/index.js';
import type { EventScheduleSeeder } from '../../../src/testing/emulators/event-schedule/index.js';

type Seeded = Record<string, { id: string }>;

function mockWith(seed: (s: EventScheduleSeeder, out: Seeded) => void, client: Record<string, unknown> = {}) {
  const out: Seeded = {};
  const mock = createMockClient({ provider: 'event-schedule', seed: (s) => seed(s as EventScheduleSeeder, out), client: { maxRetries: 0, ...client } }) as MockClient<'event-schedule'>;
  const typed = createEventScheduleClient({ ...(mock.credentials as { apiKey: string }), fetch: mock.fetch, maxRetries: 0 }) as EventScheduleClient;
  return { mock, client: mock.client, typed, out };
}

const buyer = { name: 'Ada Lovelace', email: 'ada@example.com' };

describe('Event Schedule emulator: sales and the state machine (reference 7.6)', () => {
  it('sell → mark paid → refund through the real client; every other transition is a 422 with the vendor message', async () => {
    const { client, mock, out } = mockWith((s, o) => {
      o.event = s.event({ name: 'Gala' });
      o.vip = s.ticketType({ eventId: o.event.id, name: 'VIP', price: { amount: 2500, currency: 'USD' }, quantityTotal: 10 });
    });
    const order = await client.orders.create({ eventId: out.event!.id, buyer, lines: [{ ticketTypeId: out.vip!.id, quantity: 2 }] });
    expect(order).toMatchObject({ status: 'pending', statusRaw: 'unpaid', total: { amount: 5000, currency: 'USD' }, ticketCount: 2, eventDateId: out.event!.id });
    expect(mock.calls.find((c) => c.op === 'orders.create')!.body).toEqual({
      event_id: out.event!.id,
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      tickets: { [out.vip!.id.split(':')[1]!]: 2 },
    });

    const refundTooEarly = await client.orders.refund(order.id).catch((e: unknown) => e);
    expect(refundTooEarly).toBeInstanceOf(ValidationError);
    expect((refundTooEarly as Error).message).toContain('Action "refund" cannot be performed on a sale with status "unpaid"');

    expect((await client.orders.markPaid(order.id)).status).toBe('paid');
    await expect(client.orders.markPaid(order.id)).rejects.toThrow('Action "mark_paid" cannot be performed on a sale with status "paid"');
    expect((await client.orders.refund(order.id)).status).toBe('refunded');
    await expect(client.orders.cancel(order.id)).rejects.toThrow('Action "cancel" cannot be performed on a sale with status "refunded"');
    expect((await client.orders.get(order.id)).status).toBe('refunded');
  });

  it('cancel works from unpaid and paid, and returns the seats to stock', async () => {
    const { client, out } = mockWith((s, o) => {
      o.event = s.event();
      o.t = s.ticketType({ eventId: o.event.id, quantityTotal: 2 });
    });
    const line = [{ ticketTypeId: out.t!.id, quantity: 2 }];
    const first = await client.orders.create({ eventId: out.event!.id, buyer, lines: line });
    const soldOut = await client.orders.create({ eventId: out.event!.id, buyer, lines: [{ ticketTypeId: out.t!.id, quantity: 1 }] }).catch((e: unknown) => e);
    expect(soldOut).toBeInstanceOf(ValidationError);
    expect((soldOut as Error).message).toContain('Tickets not available. Remaining: 0');
    expect((await client.orders.cancel(first.id)).status).toBe('cancelled');
    const second = await client.orders.create({ eventId: out.event!.id, buyer, lines: line });
    await client.orders.markPaid(second.id);
    expect((await client.orders.cancel(second.id)).status).toBe('cancelled');
  });

  it('a zero-total sale is paid at once', async () => {
    const { client, out } = mockWith((s, o) => {
      o.event = s.event();
      o.free = s.ticketType({ eventId: o.event.id, name: 'Free', price: null });
    });
    const order = await client.orders.create({ eventId: out.event!.id, buyer, lines: [{ ticketTypeId: out.free!.id, quantity: 1 }] });
    expect(order).toMatchObject({ status: 'paid', total: { amount: 0, currency: 'USD' } });
  });

  it('stock is per occurrence date; recurring events need a date; past dates are refused', async () => {
    const { client, out } = mockWith((s, o) => {
      o.event = s.event({ recurring: true, start: '2026-03-03T23:00:00Z' });
      o.t = s.ticketType({ eventId: o.event.id, quantityTotal: 1 });
    });
    const eventId = out.event!.id;
    const lines = [{ ticketTypeId: out.t!.id, quantity: 1 }];
    await expect(client.orders.create({ eventId, buyer, lines })).rejects.toBeInstanceOf(ValidationError);
    const a = await client.orders.create({ eventId, buyer, lines, eventDateId: `${eventId}:2026-03-10` });
    const b = await client.orders.create({ eventId, buyer, lines, eventDateId: `${eventId}:2026-03-17` });
    expect([a.eventDateId, b.eventDateId]).toEqual([`${eventId}:2026-03-10`, `${eventId}:2026-03-17`]);
    await expect(client.orders.create({ eventId, buyer, lines, eventDateId: `${eventId}:2026-03-10` })).rejects.toThrow('Remaining: 0');
    await expect(client.orders.create({ eventId, buyer, lines, eventDateId: `${eventId}:2025-12-30` })).rejects.toThrow('Cannot sell tickets for events in the past');
    // The dates with sales (plus the first occurrence) are the event's dates.
    const dates = await client.eventDates.list({ eventId }).toArray({ limit: 10 });
    expect(dates.map((d) => [d.id, d.start])).toEqual([
      [`${eventId}:2026-03-03`, '2026-03-03T23:00:00Z'],
      [`${eventId}:2026-03-10`, '2026-03-10T22:00:00Z'],
      [`${eventId}:2026-03-17`, '2026-03-17T22:00:00Z'],
    ]);
    const onTenth = await client.orders.list({ eventDateId: `${eventId}:2026-03-10` }).toArray({ limit: 10 });
    expect(onTenth.map((o) => o.id)).toEqual([a.id]);
  });

  it('a POST /sales lost after processing is not retried (no idempotency keys): outcomeUnknown', async () => {
    const { mock, out } = mockWith((s, o) => {
      o.event = s.event();
      o.t = s.ticketType({ eventId: o.event.id });
    });
    const client = createClient({ provider: 'event-schedule', ...mock.credentials, fetch: mock.fetch, maxRetries: 3 } as ClientConfig);
    mock.faults.once('orders.create', { kind: 'network', phase: 'response' });
    const error = await client.orders.create({ eventId: out.event!.id, buyer, lines: [{ ticketTypeId: out.t!.id, quantity: 1 }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ outcomeUnknown: true });
    expect(mock.calls.filter((c) => c.op === 'orders.create')).toHaveLength(1);
    // It was processed: the sale exists.
    expect(await client.orders.list({ eventId: out.event!.id }).toArray({ limit: 10 })).toHaveLength(1);
  });

  it('orders.delete (vendor-only) cancels then removes the sale', async () => {
    const { typed, out } = mockWith((s, o) => {
      o.event = s.event();
      o.order = s.order({ eventId: o.event.id });
    });
    expect(await typed.orders.delete(out.order!.id)).toEqual({ id: out.order!.id, deleted: true });
    await expect(typed.orders.get(out.order!.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('Event Schedule emulator: events and ticket types', () => {
  it('events.create on the configured schedule, then publish and delete', async () => {
    const { client, mock } = mockWith(() => {});
    const created = await client.events.create({
      name: 'Spring Gala',
      start: '2026-04-01T23:30:00Z',
      end: '2026-04-02T02:00:00Z',
      timezone: 'America/New_York',
      currency: 'EUR',
      providerOptions: { 'event-schedule': { is_draft: true } },
    });
    expect(created).toMatchObject({ status: 'draft', start: '2026-04-01T23:30:00Z', end: '2026-04-02T02:00:00Z', currency: 'EUR', timezone: 'America/New_York' });
    expect(mock.calls.find((c) => c.op === 'events.create')!.path).toBe('/api/events/main');
    expect((await client.events.publish(created.id)).status).toBe('scheduled');
    expect(await client.events.get(created.id)).toMatchObject({ status: 'scheduled' });
    await client.events.delete(created.id);
    await expect(client.events.get(created.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('ticket type writes re-send the list: ids change, names and prices survive, decimals round-trip', async () => {
    const { client, out } = mockWith((s, o) => {
      o.event = s.event();
      o.ga = s.ticketType({ eventId: o.event.id, name: 'GA', price: { amount: 1999, currency: 'USD' } });
    });
    const eventId = out.event!.id;
    const vip = await client.ticketTypes.create({ eventId, name: 'VIP', price: { amount: 4550, currency: 'USD' }, quantityTotal: 5 });
    const list = await client.ticketTypes.list({ eventId }).toArray({ limit: 10 });
    expect(list.map((t) => [t.name, t.price?.amount, t.quantityTotal])).toEqual([
      ['VIP', 4550, 5],
      ['GA', 1999, 100],
    ]);
    expect(list.find((t) => t.name === 'GA')!.id).not.toBe(out.ga!.id);
    await expect(client.ticketTypes.get(out.ga!.id)).rejects.toBeInstanceOf(NotFoundError);
    const renamed = await client.ticketTypes.update(vip.id, { name: 'VIP Plus' });
    expect(renamed).toMatchObject({ name: 'VIP Plus', price: { amount: 4550, currency: 'USD' } });
    await client.ticketTypes.delete(renamed.id);
    expect((await client.ticketTypes.list({ eventId }).toArray({ limit: 10 })).map((t) => t.name)).toEqual(['GA']);
  });

  it('flyer upload: multipart with an image filename; the vendor checks the extension too', async () => {
    const { typed, out, mock } = mockWith((s, o) => {
      o.event = s.event();
    });
    const event = await typed.native.uploadFlyer(out.event!.id, new Uint8Array([1, 2, 3]), 'poster.webp');
    expect(event.flyer_image_url).toMatch(/\.webp$/);
    const raw = new FormData();
    raw.append('flyer_image', new Blob(['x']), 'poster.txt');
    const refused = await typed.request({ method: 'POST', path: `/events/flyer/${out.event!.id}`, body: raw, bodyType: 'form' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as Error).message).toContain('Invalid file type');
    expect(mock.calls.at(-1)!.op).toBe('events.uploadFlyer');
  });
});

describe('Event Schedule emulator: wire rules', () => {
  it('pages with page/per_page and the 7-field meta; per_page above 500 is a 422', async () => {
    const { typed, mock } = mockWith((s) => {
      const e = s.event();
      for (let i = 0; i < 3; i++) s.order({ eventId: e.id });
    });
    const page = await typed.request<{ data: unknown[]; meta: Record<string, unknown> }>({ method: 'GET', path: '/sales', query: { per_page: 2, page: 2 } });
    expect(page.data).toHaveLength(1);
    expect(page.meta).toEqual({ current_page: 2, from: 3, last_page: 2, per_page: 2, to: 3, total: 3, path: 'https://eventschedule.com/api/sales' });
    const error = await typed.request({ method: 'GET', path: '/sales', query: { per_page: 501 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual([{ field: 'per_page', message: 'The per page field must not be greater than 500.' }]);
    expect(mock.calls.at(-1)!.status).toBe(422);
  });

  it('Pro gate: a free schedule’s events are hidden from lists and 403 on show', async () => {
    const { client, out } = mockWith((s, o) => {
      const free = s.schedule({ name: 'Garage Club', plan: 'free' });
      o.hidden = s.event({ schedule: free.subdomain, name: 'Hidden' });
      o.shown = s.event({ name: 'Shown' });
    });
    expect((await client.events.list().toArray({ limit: 10 })).map((e) => e.name)).toEqual(['Shown']);
    const error = await client.events.get(out.hidden!.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as Error).message).toMatch(/Pro plan/);
  });

  it('a new schedule on hosted is not Pro: createSchedule resolves null', async () => {
    const { typed } = mockWith(() => {});
    expect(await typed.native.createSchedule({ name: 'New Venue', type: 'venue' })).toBeNull();
    expect((await typed.native.listSchedules().toArray({ limit: 10 })).map((s) => s.subdomain)).toEqual(['main']);
  });

  it('auth: missing, malformed and locked keys; login answers 409 while a key exists', async () => {
    const { mock } = mockWith(() => {});
    const withKey = (apiKey: string) => createEventScheduleClient({ apiKey, fetch: mock.fetch, maxRetries: 0 });
    const bad = withKey('not-a-key');
    for (let i = 0; i < 10; i++) await expect(bad.events.list()).rejects.toBeInstanceOf(AuthenticationError);
    const locked = await bad.events.list().catch((e: unknown) => e);
    expect(locked).toBeInstanceOf(AuthenticationError);
    expect(locked).toMatchObject({ status: 423, vendorCode: 'api_key_locked' });
    const missing = await mock.fetch('https://eventschedule.com/api/events', { headers: { accept: 'application/json' } });
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ error: 'API key is required' });
    const login = await withKey('f'.repeat(32)).native.login({ email: 'owner@example.com', password: 'correct-horse-battery' }).catch((e: unknown) => e);
    expect(login).toBeInstanceOf(ConflictError);
  });

  it('register (hosted, with the emailed code) issues a working key that sees nothing yet', async () => {
    const { typed, mock } = mockWith(() => {});
    await typed.native.sendRegistrationCode({ email: 'new@example.com' });
    const wrong = await typed.native.register({ name: 'New', email: 'new@example.com', password: 'longenough', verification_code: '000000' }).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(ValidationError);
    expect((wrong as ValidationError).fields).toContainEqual({ field: 'verification_code', message: 'Invalid or expired verification code' });
    await typed.native.sendRegistrationCode({ email: 'new@example.com' });
    const code = String(100000 + 2);
    const result = await typed.native.register({ name: 'New', email: 'new@example.com', password: 'longenough', verification_code: code });
    expect(result.api_key).toMatch(/^[0-9a-f]{32}$/);
    expect(result.user).toMatchObject({ name: 'New', email: 'new@example.com' });
    const own = createEventScheduleClient({ apiKey: result.api_key, fetch: mock.fetch });
    expect(await own.events.list().toArray({ limit: 10 })).toEqual([]);
  });

  it('rate limits are opt-in: 30 writes, then the middleware 429 without Retry-After', async () => {
    const { client, mock, out } = mockWith((s, o) => {
      o.event = s.event();
      s.rateLimits({ writes: 2 });
    }, { maxRetryAfterMs: 1_000 });
    await client.events.update(out.event!.id, { name: 'One' });
    await client.events.update(out.event!.id, { name: 'Two' });
    const error = await client.events.update(out.event!.id, { name: 'Three' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 60_000, outcomeUnknown: false });
    const last = mock.calls.at(-1)!;
    expect(last.status).toBe(429);
  });

  it('an unknown route answers the framework {message} 404', async () => {
    const { mock } = mockWith(() => {});
    const res = await mock.fetch('https://eventschedule.com/api/nope', { headers: { 'x-api-key': 'a'.repeat(32) } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ message: 'The route api/nope could not be found.' });
  });
});
