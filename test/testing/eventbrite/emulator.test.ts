/** The Eventbrite emulator at the wire (mock.fetch) and through the real client. */
import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  ConfigError,
  createClient,
  InvalidCursorError,
  NotFoundError,
  UnsupportedCapabilityError,
  ValidationError,
  type ClientConfig,
} from '../../../src/index.js';
import { createMockClient, type MockClient } from '../../../src/testing/index.js';
import { fixture } from '../../eventbrite/helpers.js';

const BASE = 'https://www.eventbriteapi.com/v3';

function mock(seed?: (s: any) => void, extra: Record<string, unknown> = {}): MockClient<'eventbrite'> {
  return createMockClient({ provider: 'eventbrite', seed, client: { maxRetries: 0 }, ...extra }) as MockClient<'eventbrite'>;
}

async function call(m: MockClient, path: string, init: RequestInit & { auth?: boolean } = {}) {
  const headers = new Headers(init.headers);
  if (init.auth !== false) headers.set('authorization', `Bearer ${m.credentials.token}`);
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  const response = await m.fetch(`${BASE}${path}`, { ...init, headers });
  return { status: response.status, headers: response.headers, body: (await response.json().catch(() => null)) as any };
}

const keys = (o: object) => Object.keys(o).sort();

describe('Eventbrite emulator: auth and errors', () => {
  it('answers the documented error envelope: 401 NO_AUTH, 400 INVALID_AUTH_HEADER / INVALID_AUTH, 404 NOT_FOUND', async () => {
    const m = mock();
    const none = await call(m, '/users/me/', { auth: false });
    expect(none.status).toBe(401);
    expect(none.body).toEqual(fixture('error-no-auth.json'));
    const malformed = await call(m, '/users/me/', { auth: false, headers: { authorization: 'Token abc' } });
    expect(malformed).toMatchObject({ status: 400, body: { error: 'INVALID_AUTH_HEADER', status_code: 400 } });
    const badToken = await call(m, '/users/me/', { auth: false, headers: { authorization: 'Bearer x' } });
    expect(badToken).toMatchObject({ status: 400, body: { error: 'INVALID_AUTH' } });
    const viaQuery = await call(m, `/users/me/?token=${m.credentials.token}`, { auth: false });
    expect(viaQuery.status).toBe(200);
    const missing = await call(m, '/events/1/');
    expect(missing.status).toBe(404);
    expect(keys(missing.body)).toEqual(['error', 'error_description', 'status_code']);
    expect(missing.body.error).toBe('NOT_FOUND');
    const noSlash = await call(m, '/users/me');
    expect(noSlash.status).toBe(404);
  });

  it('the client maps the emulator errors (bad token → AuthenticationError; the token is in no record)', async () => {
    const m = mock();
    const client = createClient({ provider: 'eventbrite', token: 'short', organizationId: '1', fetch: m.fetch, maxRetries: 0 });
    const error = await client.events.get('1').catch((e: any) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.vendorCode).toBe('INVALID_AUTH');
    await m.client.events.list();
    expect(JSON.stringify(m.calls)).not.toContain(String(m.credentials.token));
  });
});

describe('Eventbrite emulator: organizations', () => {
  it('GET /users/me/organizations/ lists the account organization; a client without organizationId resolves it once', async () => {
    const m = mock((s) => s.event({ name: 'Only' }));
    const orgs = await call(m, '/users/me/organizations/');
    expect(orgs.body.organizations).toEqual([
      { id: m.credentials.organizationId, name: 'Emulated Organization', vertical: 'default', image_id: null, _type: 'organization' },
    ]);
    const own = createClient({ provider: 'eventbrite', token: String(m.credentials.token), fetch: m.fetch } as ClientConfig);
    await own.events.list();
    await own.orders.list();
    expect(m.calls.filter((c) => c.op === 'organizations.list')).toHaveLength(2); // one above, one by the client
  });

  it('with two organizations the client asks for organizationId, listing the ids', async () => {
    let second = '';
    const m = mock((s) => void (second = s.organization({ name: 'Second' }).id));
    const own = createClient({ provider: 'eventbrite', token: String(m.credentials.token), fetch: m.fetch } as ClientConfig);
    const error = await own.events.list().catch((e: any) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain(`${m.credentials.organizationId}, ${second}`);
  });
});

describe('Eventbrite emulator: wire shapes follow the real captures', () => {
  it('events, ticket classes, orders and attendees carry the keys of the fixtures', async () => {
    let eventId = '';
    const m = mock((s) => {
      const e = s.event({ name: 'Gala' });
      eventId = e.remoteId;
      s.order({ eventId: e.id });
    });
    const events = await call(m, `/organizations/${m.credentials.organizationId}/events/`);
    const fixtureEvent = fixture('events-page.json').events[0];
    delete fixtureEvent.organizer;
    delete fixtureEvent.venue;
    expect(keys(events.body.events[0])).toEqual(keys(fixtureEvent));
    expect(keys(events.body.pagination)).toEqual(['continuation', 'has_more_items', 'object_count', 'page_count', 'page_number', 'page_size']);
    const classes = await call(m, `/events/${eventId}/ticket_classes/`);
    expect(keys(classes.body.ticket_classes[0])).toEqual(keys(fixture('ticket-classes-page.json').ticket_classes[0]));
    const orders = await call(m, `/events/${eventId}/orders/`);
    expect(keys(orders.body.orders[0])).toEqual(keys(fixture('orders-page.json').orders[0]));
    expect(keys(orders.body.orders[0].costs)).toEqual(keys(fixture('order.json').costs));
    const attendees = await call(m, `/events/${eventId}/attendees/`);
    expect(keys(attendees.body.attendees[0])).toEqual(keys(fixture('attendees-page.json').attendees[0]));
    const a = attendees.body.attendees[0];
    expect(a.barcodes[0].barcode).toBe(`${a.order_id}${a.id}001`);
    expect(orders.body.orders[0].costs.gross.value).toBe(
      ['base_price', 'eventbrite_fee', 'payment_fee', 'tax'].reduce((sum, k) => sum + orders.body.orders[0].costs[k].value, 0),
    );
  });
});

describe('Eventbrite emulator: continuation paging', () => {
  it('issues opaque tokens bound to the listing; a token from elsewhere is BAD_CONTINUATION_TOKEN', async () => {
    let eventId = '';
    const m = mock((s) => {
      const e = s.event();
      eventId = e.remoteId;
      for (let i = 0; i < 5; i++) s.order({ eventId: e.id });
    });
    const first = await call(m, `/events/${eventId}/orders/?page_size=2`);
    expect(first.body.pagination).toMatchObject({ page_number: 1, page_size: 2, page_count: 3, object_count: 5, has_more_items: true });
    const token = first.body.pagination.continuation;
    const second = await call(m, `/events/${eventId}/orders/?page_size=2&continuation=${token}`);
    expect(second.body.pagination).toMatchObject({ page_number: 2, has_more_items: true });
    expect(second.body.orders.map((o: any) => o.id)).not.toContain(first.body.orders[0].id);
    const elsewhere = await call(m, `/events/${eventId}/attendees/?continuation=${token}`);
    expect(elsewhere).toMatchObject({ status: 400, body: { error: 'BAD_CONTINUATION_TOKEN' } });
    const garbage = await call(m, `/events/${eventId}/orders/?continuation=nope`);
    expect(garbage.body.error).toBe('BAD_CONTINUATION_TOKEN');
    const third = await call(m, `/events/${eventId}/orders/?page_size=2&continuation=${second.body.pagination.continuation}`);
    expect(third.body.pagination.has_more_items).toBe(false);
    const after = await call(m, `/events/${eventId}/orders/?page_size=2&continuation=${third.body.pagination.continuation}`);
    expect(after.body.orders).toEqual([]);
    const byPage = await call(m, `/events/${eventId}/orders/?page_size=2&page=3`);
    expect(byPage.body.orders).toHaveLength(1);
    const badPage = await call(m, `/events/${eventId}/orders/?page_size=2&page=9`);
    expect(badPage.body.error).toBe('BAD_PAGE');
  });

  it('the client pages through with pageSize and maps a bad token to InvalidCursorError', async () => {
    let eventId = '';
    const m = mock((s) => {
      eventId = s.event().id;
      for (let i = 0; i < 7; i++) s.order({ eventId });
    }, { pageSize: 3 });
    const all = await m.client.orders.list({ eventId }).toArray({ limit: 100 });
    expect(all).toHaveLength(7);
    expect(m.calls.filter((c) => c.op === 'orders.list')).toHaveLength(3);
    const page = await m.client.orders.list({ eventId });
    m.reset();
    // After a reset the listing is the same, so the cursor still resumes; a forged one fails.
    const forged = await m.client.attendees.list({ eventId, cursor: page.nextCursor }).catch((e: any) => e);
    expect(forged).toBeInstanceOf(InvalidCursorError);
  });
});

describe('Eventbrite emulator: events through the real client', () => {
  it('create → add a ticket class → publish → read back, with waypoint tokens echoed', async () => {
    const m = mock();
    const created = await m.client.events.create({
      name: 'Concierto en el Retiro',
      description: 'Música & más',
      start: '2026-06-01T18:00:00Z',
      end: '2026-06-01T21:00:00Z',
      timezone: 'Europe/Madrid',
      currency: 'EUR',
    });
    expect(created).toMatchObject({ status: 'draft', name: 'Concierto en el Retiro', description: 'Música & más', timezone: 'Europe/Madrid', currency: 'EUR', visibility: 'public' });
    const noTickets = await m.client.events.publish(created.id).catch((e: any) => e);
    expect(noTickets).toBeInstanceOf(ValidationError);
    expect(noTickets.fields).toEqual([{ field: 'event.tickets', message: 'MISSING' }]);
    const ticket = await m.client.ticketTypes.create({ eventId: created.id, name: 'General', price: { amount: 2500, currency: 'EUR' }, quantityTotal: 200 });
    expect(ticket).toMatchObject({ price: { amount: 2500, currency: 'EUR' }, fee: { amount: 172, currency: 'EUR' }, isFree: false, quantityTotal: 200, quantitySold: 0 });
    const published = await m.client.events.publish(created.id);
    expect(published).toMatchObject({ status: 'scheduled', statusRaw: 'live' });
    const again = await m.client.events.publish(created.id).catch((e: any) => e);
    expect(again.vendorCode).toBe('ALREADY_PUBLISHED_OR_DELETED');
    const publishCall = m.calls.findIndex((c) => c.op === 'events.publish' && c.status === 200);
    expect(m.calls[publishCall + 1]!.headers['eventbrite-api-waypoint-token']).toBeDefined();
    expect(m.calls[0]!.headers['eventbrite-api-waypoint-token']).toBeUndefined();
  });

  it('the documented rules: INVALID_DATE, DIFFERENT_TIMEZONES, CURRENCY_MISMATCH, CANNOT_CANCEL, CANNOT_DELETE, ALREADY_DELETED', async () => {
    let paid = '';
    let free = '';
    const m = mock((s) => {
      paid = s.event({ name: 'Paid' }).id;
      s.order({ eventId: paid });
      free = s.event({ name: 'Free', currency: 'USD' }).id;
      s.ticketType({ eventId: free, price: null });
    });
    const past = await m.client.events
      .create({ name: 'Old', start: '2020-01-01T10:00:00Z', end: '2020-01-01T12:00:00Z', timezone: 'UTC', currency: 'USD' })
      .catch((e: any) => e);
    expect(past.vendorCode).toBe('INVALID_DATE');
    const mismatch = await m.client.ticketTypes.create({ eventId: free, name: 'X', price: { amount: 100, currency: 'EUR' }, quantityTotal: 1 }).catch((e: any) => e);
    expect(mismatch.vendorCode).toBe('CURRENCY_MISMATCH');
    const raw = await m.fetch(`${BASE}/organizations/${m.credentials.organizationId}/events/`, {
      method: 'POST',
      headers: { authorization: `Bearer ${m.credentials.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ event: { name: { html: 'Z' }, start: { utc: '2027-01-01T10:00:00Z', timezone: 'UTC' }, end: { utc: '2027-01-01T12:00:00Z', timezone: 'Europe/Madrid' }, currency: 'USD' } }),
    });
    expect(((await raw.json()) as any).error).toBe('DIFFERENT_TIMEZONES');
    const cancel = await m.client.events.cancel(paid).catch((e: any) => e);
    expect(cancel).toMatchObject({ vendorCode: 'CANNOT_CANCEL', status: 400 });
    const del = await m.client.events.delete(paid).catch((e: any) => e);
    expect(del.vendorCode).toBe('CANNOT_DELETE');
    expect((await m.client.events.cancel(free)).status).toBe('cancelled');
    expect(await m.client.events.delete(free)).toEqual({ id: free, deleted: true });
    expect(await m.client.events.get(free).catch((e: any) => e)).toBeInstanceOf(NotFoundError);
    expect((await m.client.events.delete(free).catch((e: any) => e)).vendorCode).toBe('ALREADY_DELETED');
  });

  it('series: events.list shows the parent; eventDates.list its occurrences; orders sit on an occurrence', async () => {
    let series: any;
    const dates: any[] = [];
    let order: any;
    const m = mock((s) => {
      series = s.event({ name: 'Comedy Saturdays', isSeries: true, start: '2026-02-07T03:00:00Z', end: '2026-02-07T05:00:00Z', timezone: 'America/Toronto', currency: 'CAD' });
      dates.push(s.eventDate({ eventId: series.id }), s.eventDate({ eventId: series.id }));
      s.ticketType({ eventId: dates[1].id, name: 'Seat', price: { amount: 2000, currency: 'CAD' } });
      order = s.order({ eventId: series.id, eventDateId: dates[1].id });
      s.event({ name: 'Single' });
    });
    const events = await m.client.events.list().toArray({ limit: 10 });
    expect(events.map((e) => [e.id, e.name])).toEqual([
      [series.id, 'Comedy Saturdays'],
      [expect.any(String), 'Single'],
    ]);
    expect(series.id).toMatch(/^series:/);
    expect(await m.client.events.get(series.id)).toStrictEqual(series);
    const listed = await m.client.eventDates.list({ eventId: series.id }).toArray({ limit: 10 });
    expect(listed).toStrictEqual(dates);
    expect(dates.map((d) => [d.eventId, d.start])).toEqual([
      [series.id, '2026-02-07T03:00:00Z'],
      [series.id, '2026-02-14T03:00:00Z'],
    ]);
    expect(order).toMatchObject({ eventId: dates[1].id, eventDateId: dates[1].id, ticketCount: 1 });
    expect(await m.client.orders.get(order.id)).toStrictEqual(order);
    const seriesOrders = await m.client.orders.list({ eventId: series.id }).toArray({ limit: 10 });
    expect(seriesOrders.map((o) => o.id)).toEqual([order.id]);
  });

  it('orders and attendees: updatedSince, buyerEmail, lines, refunded and cancelled attendees', async () => {
    let eventId = '';
    let vip = '';
    const m = mock((s) => {
      eventId = s.event({ name: 'Gala' }).id;
      vip = s.ticketType({ eventId, name: 'VIP', price: { amount: 10000, currency: 'USD' } }).id;
      s.order({ eventId, buyer: { name: 'Ana Pérez', email: 'ana@example.com' }, lines: [{ ticketTypeId: vip, quantity: 2 }] });
      s.order({ eventId, status: 'refunded', buyer: { name: 'Bo Li', email: 'bo@example.com' } });
    });
    const [first, second] = await m.client.orders.list({ eventId }).toArray({ limit: 10 });
    expect(first!.lines).toEqual([{ ticketTypeId: vip, name: 'VIP', quantity: 2, unitPrice: { amount: 10000, currency: 'USD' } }]);
    expect(first!.total).toEqual({ amount: 2 * (10000 + 449 + 290), currency: 'USD' });
    expect(second!.status).toBe('refunded');
    const byEmail = await m.client.orders.list({ buyerEmail: 'bo@example.com' }).toArray({ limit: 10 });
    expect(byEmail.map((o) => o.buyer.name)).toEqual(['Bo Li']);
    const since = await m.client.orders.list({ updatedSince: second!.updatedAt! }).toArray({ limit: 10 });
    expect(since.map((o) => o.id)).toEqual([second!.id]);
    const attendees = await m.client.attendees.list({ eventId }).toArray({ limit: 10 });
    expect(attendees.map((a) => [a.name, a.status, a.checkedIn])).toEqual([
      ['Ana Pérez', 'attending', false],
      ['Ana Pérez', 'attending', false],
      ['Bo Li', 'refunded', false],
    ]);
    expect(await m.client.attendees.get(attendees[2]!.id)).toStrictEqual(attendees[2]);
  });

  it('ticket class rules: FREE_AND_COST / NO_QUANTITY_TOTAL at the wire, HAS_ATTENDEES on delete', async () => {
    let eventId = '';
    let typeId = '';
    const m = mock((s) => {
      const e = s.event();
      eventId = e.remoteId;
      typeId = s.ticketType({ eventId: e.id }).id;
      s.order({ eventId: e.id });
    });
    const post = (body: unknown) => call(m, `/events/${eventId}/ticket_classes/`, { method: 'POST', body: JSON.stringify(body) });
    expect((await post({ ticket_class: { name: 'A', free: true, cost: 'USD,100', quantity_total: 1 } })).body.error).toBe('FREE_AND_COST');
    expect((await post({ ticket_class: { name: 'A', free: true } })).body.error).toBe('NO_QUANTITY_TOTAL');
    expect((await post({ ticket_class: { name: 'A', cost: 'USD,4500', quantity_total: 5 } })).body).toMatchObject({ cost: { value: 4500, currency: 'USD', major_value: '45.00' } });
    expect((await post({ name: 'not wrapped' })).body).toMatchObject({ error: 'ARGUMENTS_ERROR', error_detail: { ARGUMENTS_ERROR: { ticket_class: ['MISSING'] } } });
    const error = await m.client.ticketTypes.delete(typeId).catch((e: any) => e);
    expect(error.vendorCode).toBe('HAS_ATTENDEES');
  });

  it('seed builders refuse what Eventbrite cannot hold', () => {
    expect(() => mock((s) => s.event({ slug: 'x' }))).toThrow(UnsupportedCapabilityError);
    expect(() => mock((s) => s.order({ eventId: s.event().id, buyer: { phone: '+1 555' } }))).toThrow(UnsupportedCapabilityError);
    expect(() => mock((s) => s.eventDate({ eventId: s.event().id, start: '2026-05-01T00:00:00Z' }))).toThrow(UnsupportedCapabilityError);
    // A bad seed argument is the testing kit's own argument error: a ConfigError (was ValidationError).
    expect(() => mock((s) => s.order({ eventId: s.event({ isSeries: true }).id }))).toThrow(ConfigError);
    expect(() => mock((s) => s.ticketType({ eventId: 'nope' }))).toThrow(ConfigError);
    expect(() => mock((s) => s.order({ eventId: s.event().id, status: 'partially_refunded' }))).toThrow(UnsupportedCapabilityError);
  });
});

describe('Eventbrite emulator: documented event rules (create, update, lifecycle)', () => {
  const post = (m: MockClient, path: string, body: unknown) => call(m, path, { method: 'POST', body: JSON.stringify(body) });
  const times = { start: { utc: '2026-07-01T18:00:00Z', timezone: 'UTC' }, end: { utc: '2026-07-01T20:00:00Z', timezone: 'UTC' }, currency: 'USD' };

  it('cancel needs no pending or completed orders, free ones included (CANNOT_CANCEL); a canceled one is ALREADY_CANCELED', async () => {
    let free = '';
    let expired = '';
    const m = mock((s) => {
      free = s.event({ name: 'Free gig' }).id;
      s.order({ eventId: free, lines: [{ ticketTypeId: s.ticketType({ eventId: free, price: null }).id, quantity: 1 }] });
      expired = s.event({ name: 'Abandoned checkout' }).id;
      s.order({ eventId: expired, status: 'expired' });
    });
    const blocked = await m.client.events.cancel(free).catch((e: any) => e);
    expect(blocked).toBeInstanceOf(ValidationError);
    expect(blocked).toMatchObject({ vendorCode: 'CANNOT_CANCEL', status: 400 });
    expect(m.calls.filter((c) => c.op === 'events.cancel').map((c) => c.status)).toEqual([400]);
    expect((await m.client.events.cancel(expired)).status).toBe('cancelled');
    const again = await m.client.events.cancel(expired).catch((e: any) => e);
    expect(again.vendorCode).toBe('ALREADY_CANCELED');
  });

  it('listed + invite_only is INVITE_CONFLICT, listed + password PASSWORD_CONFLICT, shareable + invite_only SHARE_INVITE_CONFLICT', async () => {
    const m = mock();
    const path = `/organizations/${m.credentials.organizationId}/events/`;
    const create = (extra: Record<string, unknown>) => post(m, path, { event: { name: { html: 'X' }, ...times, ...extra } });
    expect((await create({ listed: true, invite_only: true })).body.error).toBe('INVITE_CONFLICT');
    expect((await create({ listed: true, password: 'secret' })).body.error).toBe('PASSWORD_CONFLICT');
    expect((await create({ shareable: true, invite_only: true })).body.error).toBe('SHARE_INVITE_CONFLICT');
    // invite_only alone is fine: the event is private (neither listed nor shareable).
    const created = await m.client.events.create({
      name: 'Board dinner',
      start: '2026-07-01T18:00:00Z',
      end: '2026-07-01T20:00:00Z',
      timezone: 'UTC',
      currency: 'USD',
      providerOptions: { eventbrite: { invite_only: true } },
    });
    expect(created.visibility).toBe('private');
    const wire = await call(m, `/events/${created.remoteId}/`);
    expect(wire.body).toMatchObject({ invite_only: true, listed: false, shareable: false });
  });

  it('CANNOT_UPDATE_CURRENCY only with paid sales; without them the ticket prices follow the new currency', async () => {
    let sold = '';
    let unsold = '';
    const m = mock((s) => {
      sold = s.event({ name: 'Sold' }).id;
      s.order({ eventId: sold });
      unsold = s.event({ name: 'Unsold' }).id;
      s.ticketType({ eventId: unsold, price: { amount: 4000, currency: 'USD' } });
    });
    const refused = await m.client.events.update(sold, { currency: 'EUR' }).catch((e: any) => e);
    expect(refused).toMatchObject({ vendorCode: 'CANNOT_UPDATE_CURRENCY', status: 400 });
    const moved = await m.client.events.update(unsold, { currency: 'EUR' });
    expect(moved.currency).toBe('EUR');
    const [ticketType] = await m.client.ticketTypes.list({ eventId: unsold }).toArray({ limit: 5 });
    expect(ticketType!.price).toEqual({ amount: 4000, currency: 'EUR' });
  });

  it('seed visibility private is invite-only and unlisted on the wire, and reads back the same', async () => {
    let event: any;
    const m = mock((s) => void (event = s.event({ visibility: 'private' })));
    const wire = await call(m, `/events/${event.remoteId}/`);
    expect(wire.body).toMatchObject({ invite_only: true, listed: false });
    expect(await m.client.events.get(event.id)).toStrictEqual(event);
  });
});

describe('Eventbrite emulator over HTTP (ticketkit mock-server --provider eventbrite)', () => {
  it('serves the vendor paths under /v3 to a client that has only the token', async () => {
    const { startMockServer } = await import('../../../src/cli/mock-server.js');
    const server = await startMockServer({
      provider: 'eventbrite',
      port: 0,
      seed: (s: any) => {
        const e = s.event({ name: 'Over HTTP' });
        s.order({ eventId: e.id });
      },
    });
    try {
      expect(server.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v3$/);
      const client = createClient({ provider: 'eventbrite', token: String(server.credentials.token), baseUrl: server.baseUrl, maxRetries: 0 });
      const events = await client.events.list().toArray({ limit: 10 });
      expect(events.map((e) => e.name)).toEqual(['Over HTTP']);
      const orders = await client.orders.list({ eventId: events[0]!.id }).toArray({ limit: 10 });
      expect(orders).toHaveLength(1);
      const noAuth = await fetch(`${server.baseUrl}/users/me/`);
      expect(noAuth.status).toBe(401);
      expect(await noAuth.json()).toEqual(fixture('error-no-auth.json'));
    } finally {
      await server.close();
    }
  });
});

describe('Eventbrite emulator: series ticket classes', () => {
  it("a series parent's ticket class is the rule of every occurrence, before and after it; orders sell the occurrence's class", async () => {
    let series: any;
    let seat: any;
    const dates: any[] = [];
    let order: any;
    let byDefault: any;
    const m = mock((s) => {
      series = s.event({ name: 'Weekly Jazz', isSeries: true, currency: 'EUR', timezone: 'Europe/Madrid', start: '2026-03-06T20:00:00Z', end: '2026-03-06T22:00:00Z' });
      dates.push(s.eventDate({ eventId: series.id }));
      seat = s.ticketType({ eventId: series.id, name: 'Seat', price: { amount: 1800, currency: 'EUR' }, quantityTotal: 40 });
      dates.push(s.eventDate({ eventId: series.id }));
      order = s.order({ eventId: series.id, eventDateId: dates[1].id, lines: [{ ticketTypeId: seat.id, quantity: 2 }] });
      byDefault = s.order({ eventId: series.id });
    });
    expect(seat.id).toBe(`series:${series.remoteId}:${seat.remoteId}`);
    const perDate = await Promise.all(dates.map((d) => m.client.ticketTypes.list({ eventId: d.id }).toArray({ limit: 10 })));
    expect(perDate.map((list) => list.map((t) => [t.name, t.price, t.quantityTotal]))).toEqual([
      [['Seat', { amount: 1800, currency: 'EUR' }, 40]],
      [['Seat', { amount: 1800, currency: 'EUR' }, 40]],
    ]);
    expect(perDate[1]![0]!.id).not.toBe(seat.id);
    expect(order.lines).toEqual([{ ticketTypeId: perDate[1]![0]!.id, name: 'Seat', quantity: 2, unitPrice: { amount: 1800, currency: 'EUR' } }]);
    expect(byDefault.lines[0].ticketTypeId).toBe(perDate[0]![0]!.id);
    expect(await m.client.orders.get(order.id)).toStrictEqual(order);
  });

  it('through the API: a class created on the parent reaches the occurrences, an update follows; the copies cannot be changed directly', async () => {
    let series: any;
    const dates: any[] = [];
    const m = mock((s) => {
      series = s.event({ isSeries: true, name: 'Tours', status: 'draft' });
      dates.push(s.eventDate({ eventId: series.id }), s.eventDate({ eventId: series.id }));
    });
    const rule = await m.client.ticketTypes.create({ eventId: series.id, name: 'Adult', price: { amount: 1200, currency: 'USD' }, quantityTotal: 15 });
    expect(rule.eventId).toBe(series.id);
    await m.client.ticketTypes.update(rule.id, { name: 'Adult (18+)' });
    const copies = await Promise.all(dates.map(async (d) => (await m.client.ticketTypes.list({ eventId: d.id })).data));
    expect(copies.map((list) => list.map((t) => t.name))).toEqual([['Adult (18+)'], ['Adult (18+)']]);
    const direct = await m.client.ticketTypes.update(copies[0]![0]!.id, { name: 'Kid' }).catch((e: any) => e);
    expect(direct).toMatchObject({ vendorCode: 'INVALID_TICKET', status: 400 });
    await m.client.ticketTypes.delete(rule.id);
    const after = await Promise.all(dates.map(async (d) => (await m.client.ticketTypes.list({ eventId: d.id })).data));
    expect(after).toEqual([[], []]);
  });
});
