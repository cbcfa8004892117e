import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/index.js';
import {
  ConfigError,
  NotFoundError,
  UnsupportedCapabilityError,
  ValidationError,
  isTicketingError,
} from '../../src/core/errors.js';
import { EventSchema, EventDateSchema, TicketTypeSchema } from '../../src/core/model.js';
import { createSeatyClient, seatyCapabilities, seatyIds } from '../../src/providers/seaty/index.js';
import { BASE, KEY, categories, client, date, event1024, fakeSeaty, json, paged } from './helpers.js';

function noUndefined(value: unknown, path = '$'): void {
  if (value === undefined) throw new Error(`undefined at ${path}`);
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) noUndefined(v, `${path}.${k}`);
}

describe('Seaty client: config and auth', () => {
  it('createClient and createSeatyClient build the same client; a missing key is a ConfigError at creation', () => {
    const { fetch } = fakeSeaty({});
    expect(createClient({ provider: 'seaty', apiKey: KEY, fetch }).provider).toBe('seaty');
    expect(() => createClient({ provider: 'seaty' } as never)).toThrow(ConfigError);
    expect(() => createSeatyClient({ apiKey: '  ' })).toThrow(ConfigError);
    expect(() => createSeatyClient({ apiKey: 'sk_live_a b' })).toThrow(/whitespace/);
    expect(() => createSeatyClient({ apiKey: KEY, rateLimit: { perMinute: 0 } })).toThrow(ConfigError);
  });

  it('a bad config value is a ConfigError naming the key and what it must be', () => {
    const message = (config: unknown) => {
      try {
        createSeatyClient(config as never);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as ConfigError).message;
      }
      throw new Error('expected a ConfigError');
    };
    expect(message({})).toMatch(/`apiKey`: missing \(the organisation's API key/);
    expect(message({ apiKey: 42 })).toMatch(/`apiKey`: .*not blank, no whitespace, got 42/);
    expect(message({ apiKey: KEY, rateLimit: { perMinute: 60, perHour: 5 } })).toMatch(/rateLimit: expected exactly one of perMinute or perHour/);
    expect(message({ apiKey: KEY, rateLimit: 60 })).toMatch(/rateLimit/);
    expect(message(null)).toMatch(/Seaty needs a config object/);
    // The key is named, never shown, in a message about another key.
    expect(message({ apiKey: KEY, rateLimit: 'fast' })).not.toContain(KEY.slice(8, 20));
    // withOptions checks an overridden pace the same way.
    const base = createSeatyClient({ apiKey: KEY, fetch: fakeSeaty({}).fetch });
    expect(() => base.withOptions({ rateLimit: { perMinute: -1 } })).toThrow(/rateLimit.perMinute: expected a positive number/);
    expect(base.withOptions({ rateLimit: false }).provider).toBe('seaty');
  });

  it('sends the key only as a bearer header, to the documented base URL', async () => {
    const { fetch, calls } = fakeSeaty({ 'GET /v1/events/1024': () => json(event1024) });
    await client(fetch).events.get('1024');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url.origin + calls[0]!.path).toBe(`${BASE}/events/1024`);
    expect(calls[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(calls[0]!.headers.accept).toBe('application/json');
    expect(calls[0]!.url.search).toBe('');
    expect(JSON.stringify(calls[0]!.query)).not.toContain(KEY);
  });

  it('honours a configured base URL', async () => {
    const { fetch, calls } = fakeSeaty({ 'GET /proxy/v1/events/1024': () => json(event1024) });
    await client(fetch, { baseUrl: 'https://gateway.example.com/proxy/v1' }).events.get('1024');
    expect(calls[0]!.url.host).toBe('gateway.example.com');
  });

  it('states its capabilities up front', () => {
    const c = client(fakeSeaty({}).fetch);
    expect(c.capabilities).toBe(seatyCapabilities);
    expect(c.capabilities.orders.list).toBe('scoped');
    expect(c.capabilities.orders.recordPayment).toBe(true);
    expect(c.capabilities.attendees.list).toBe(false);
    expect(c.capabilities.pageSize.max).toBe(100);
    expect(c.capabilities.pagination).toBe('page');
    expect(c.livemode).toBeNull();
  });
});

describe('Seaty normalized reads', () => {
  it('events: list and get normalize the same way (currency from £, visibility, status derived)', async () => {
    const { fetch, calls } = fakeSeaty({ 'GET /v1/events': paged([event1024]), 'GET /v1/events/1024': () => json(event1024) });
    const c = client(fetch);
    const page = await c.events.list();
    expect(calls[0]!.query).toEqual({ page: '1', per_page: '100' });
    const listed = page.data[0]!;
    const got = await c.events.get(listed.id);
    expect(got).toEqual(listed);
    expect(got).toEqual({
      id: '1024',
      provider: 'seaty',
      remoteId: '1024',
      createdAt: '2026-01-10T09:30:00Z',
      updatedAt: null,
      name: 'Spring Gala',
      description: 'An evening of music',
      slug: 'spring-gala',
      url: 'https://www.seaty.co.uk/spring-gala',
      status: 'scheduled',
      statusRaw: null,
      timezone: 'Europe/London',
      start: null,
      end: null,
      currency: 'GBP',
      isOnline: null,
      venue: { remoteId: '55', name: null, address: null },
      visibility: 'public',
      capacity: null,
      ticketingEnabled: true,
    });
    EventSchema.parse(got);
    noUndefined(got);
    expect('raw' in got).toBe(false);
    const raw = await c.events.get('1024', { raw: true });
    expect(raw.raw).toEqual(event1024);
  });

  it('an unknown currency symbol gives currency null and a warning (never a guess); Windows zone ids map to IANA', async () => {
    const warnings: string[] = [];
    const dollar = { ...event1024, currency_symbol: '$', time_zone_id: 'GMT Standard Time', ticketing_enabled: false, private: true };
    const { fetch } = fakeSeaty({ 'GET /v1/events/1024': () => json(dollar) });
    const c = createSeatyClient({
      apiKey: KEY,
      fetch,
      logger: { warn: (m) => warnings.push(m), error() {}, info() {}, debug() {} },
    });
    const e = await c.events.get('1024');
    expect(e.currency).toBeNull();
    expect(e.timezone).toBe('Europe/London');
    expect(e.status).toBe('draft');
    expect(e.visibility).toBe('private');
    expect(e.ticketingEnabled).toBe(false);
    expect(warnings.some((w) => w.includes('"$"'))).toBe(true);
  });

  it('a currency symbol or time zone named like an Object property is unknown, not a function', async () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const { fetch } = fakeSeaty({ 'GET /v1/events/1024': () => json({ ...event1024, currency_symbol: name, time_zone_id: name }) });
      const e = await client(fetch).events.get('1024');
      expect(e.currency, name).toBeNull();
      expect(e.timezone, name).toBeNull();
    }
  });

  it('eventDates: list under the event and get by date id agree; time_type stays raw', async () => {
    const detail = { ...date(501), event_tag: 'spring-gala', event_name: 'Spring Gala', information_header: null, information: null };
    const { fetch, calls } = fakeSeaty({
      'GET /v1/events/1024/dates': paged([date(501), date(502, 1024, { sold_out: true, suspend: null, end_date: null })]),
      'GET /v1/dates/501': () => json(detail),
    });
    const c = client(fetch);
    const dates = await c.eventDates.list({ eventId: '1024' }).toArray({ limit: 10 });
    expect(dates.map((d) => d.id)).toEqual(['501', '502']);
    expect(dates[1]).toMatchObject({ soldOut: true, salesSuspended: null, end: null, eventId: '1024' });
    const one = await c.eventDates.get('501');
    expect(one).toEqual(dates[0]);
    expect(one).toEqual({
      id: '501',
      provider: 'seaty',
      remoteId: '501',
      createdAt: null,
      updatedAt: null,
      eventId: '1024',
      name: 'Night 501',
      start: '2026-05-01T19:30:00Z',
      end: '2026-05-01T22:00:00Z',
      soldOut: false,
      salesSuspended: false,
    });
    EventDateSchema.parse(one);
    expect((await c.eventDates.get('501', { raw: true })).raw).toMatchObject({ time_type: 1 });
    expect(calls.map((r) => r.path)).toEqual(['/v1/events/1024/dates', '/v1/dates/501', '/v1/dates/501']);
  });

  it('ticketTypes: categories with price in pence, people → admits; get walks the event categories', async () => {
    const { fetch, calls } = fakeSeaty({
      'GET /v1/events/1024': () => json(event1024),
      'GET /v1/events/1024/ticket-categories': paged(categories),
    });
    const c = client(fetch);
    const list = await c.ticketTypes.list({ eventId: '1024' }).toArray({ limit: 10 });
    expect(list.map((t) => t.id)).toEqual([seatyIds.ticketType(1024, 1), '1024:2', '1024:3']);
    expect(list[1]).toEqual({
      id: '1024:2',
      provider: 'seaty',
      remoteId: '2',
      createdAt: null,
      updatedAt: null,
      eventId: '1024',
      name: 'Family',
      description: '2 adults + 2 children',
      price: { amount: 5000, currency: 'GBP' },
      fee: null,
      isFree: false,
      quantityTotal: null,
      quantitySold: null,
      minPerOrder: 1,
      maxPerOrder: null,
      salesStart: null,
      salesEnd: null,
      hidden: false,
      admits: 4,
    });
    expect(list[2]).toMatchObject({ isFree: true, hidden: true, price: { amount: 0, currency: 'GBP' } });
    TicketTypeSchema.parse(list[0]);
    calls.length = 0;
    expect(await c.ticketTypes.get('1024:2')).toEqual(list[1]);
    expect(calls.map((r) => r.path)).toEqual(['/v1/events/1024', '/v1/events/1024/ticket-categories']);
    await expect(c.ticketTypes.get('1024:99')).rejects.toBeInstanceOf(NotFoundError);
    // Not a ticket type id at all: refused before any request (not a 404 after one).
    await expect(c.ticketTypes.get('nonsense')).rejects.toBeInstanceOf(ValidationError);
  });

  it('contacts: GET /v1/attendees as distinct people, with allowMarketing (and an optional client-side filter)', async () => {
    const people = [
      { email: 'ann@example.com', attendee_name: 'Ann', order_count: 3, allow_marketing: true, member_email: null },
      { email: 'bob@example.com', attendee_name: null, order_count: 1, allow_marketing: false, member_email: 'bob@club.org' },
    ];
    const { fetch, calls } = fakeSeaty({ 'GET /v1/attendees': paged(people) });
    const c = client(fetch);
    const all = await c.contacts.list().toArray({ limit: 10 });
    expect(all).toEqual([
      { id: 'ann@example.com', provider: 'seaty', remoteId: 'ann@example.com', email: 'ann@example.com', name: 'Ann', orderCount: 3, allowMarketing: true, memberEmail: null, createdAt: null, updatedAt: null },
      { id: 'bob@example.com', provider: 'seaty', remoteId: 'bob@example.com', email: 'bob@example.com', name: null, orderCount: 1, allowMarketing: false, memberEmail: 'bob@club.org', createdAt: null, updatedAt: null },
    ]);
    const marketable = await c.contacts.list({ allowMarketing: true }).toArray({ limit: 10 });
    expect(marketable.map((p) => p.email)).toEqual(['ann@example.com']);
    expect(calls.every((r) => r.path === '/v1/attendees')).toBe(true);
  });

  it('no plain Error escapes: a throwing argument or an unencodable tag still gives a TicketingError', async () => {
    const { fetch, calls } = fakeSeaty({ 'GET /v1/events/1024': () => json({ ...event1024, tag: '\ud800bad' }) });
    const c = client(fetch);
    const params = Object.defineProperty({}, 'eventId', { get: () => { throw new Error('boom'); } });
    const listError = await c.orders.list(params as never).then(() => null, (e: unknown) => e);
    expect(listError).toBeInstanceOf(ValidationError);
    expect(calls).toHaveLength(0);
    const e = await c.events.get('1024');
    expect(e.url).toBeNull();
    expect(e.slug).toBe('\ud800bad');
  });

  it('bad ids and missing scopes are rejected before any request', async () => {
    const { fetch, calls } = fakeSeaty({});
    const c = client(fetch);
    await expect(c.eventDates.list({} as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(c.ticketTypes.list({ eventId: '' })).rejects.toBeInstanceOf(ValidationError);
    await expect(c.events.get('abc')).rejects.toBeInstanceOf(ValidationError);
    expect(calls).toHaveLength(0);
  });
});

describe('Seaty unsupported capabilities: rejected, nothing sent', () => {
  it('every write but recordPayment, and the attendee resource', async () => {
    const { fetch, calls } = fakeSeaty({});
    const c = createClient({ provider: 'seaty', apiKey: KEY, fetch });
    const attempts: Array<[string, () => PromiseLike<unknown>]> = [
      ['events.create', () => c.events.create({ name: 'x', start: '2026-01-01T00:00:00Z', timezone: 'UTC', currency: 'GBP' })],
      ['events.update', () => c.events.update('1', { name: 'y' })],
      ['events.publish', () => c.events.publish('1')],
      ['events.cancel', () => c.events.cancel('1')],
      ['events.delete', () => c.events.delete('1')],
      ['ticketTypes.create', () => c.ticketTypes.create({ eventId: '1', name: 'A', price: null })],
      ['ticketTypes.update', () => c.ticketTypes.update('1:1', { name: 'B' })],
      ['ticketTypes.delete', () => c.ticketTypes.delete('1:1')],
      ['orders.create', () => c.orders.create({ eventId: '1', buyer: { name: 'A', email: 'a@b.co' }, lines: [{ ticketTypeId: '1:1', quantity: 1 }] })],
      ['orders.markPaid', () => c.orders.markPaid('1')],
      ['orders.refund', () => c.orders.refund('1')],
      ['orders.cancel', () => c.orders.cancel('1')],
      ['attendees.list', () => c.attendees.list({ eventId: '1' })],
      ['attendees.get', () => c.attendees.get('1')],
      ['attendees.create', () => c.attendees.create({ email: 'a@b.co' })],
      ['attendees.delete', () => c.attendees.delete('1')],
      ['attendees.checkIn', () => c.attendees.checkIn('1')],
    ];
    for (const [name, run] of attempts) {
      const error = await Promise.resolve(run()).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, name).toBeInstanceOf(UnsupportedCapabilityError);
      expect(isTicketingError(error)).toBe(true);
      expect((error as UnsupportedCapabilityError).capability).toBe(name);
    }
    const attendeesError = await c.attendees.list().then(() => null, (e: unknown) => e as Error);
    expect(attendeesError?.message).toContain('contacts');
    expect(calls).toHaveLength(0);
  });
});
