/** Normalized writes at the wire: bodies wrapped by resource, validation before any request, unsupported methods. */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { UnsupportedCapabilityError, ValidationError, type APIPromise, type TicketingClient } from '../../src/index.js';
import { ORG, fixture, json, page, setup, setupTyped } from './helpers.js';

const created = { ...fixture('event.json'), id: '5001', status: 'draft' };

describe('Eventbrite events writes', () => {
  it('create: POST /organizations/{org}/events/ with the wrapped body (html name, utc + timezone, currency)', async () => {
    const { tk, seen } = setup({ [`POST /organizations/${ORG}/events/`]: json(created) });
    const event = await tk.events.create({
      name: 'Rock & Roll <Night>',
      description: 'Bring friends',
      start: '2030-01-31T11:00:00.000-08:00',
      end: '2030-01-31T22:00:00Z',
      timezone: 'America/Los_Angeles',
      currency: 'usd',
      providerOptions: { eventbrite: { online_event: true, listed: false, capacity: 100 } },
    });
    expect(seen[0]).toMatchObject({ method: 'POST', path: `/v3/organizations/${ORG}/events/` });
    expect(seen[0]!.headers['content-type']).toBe('application/json');
    expect(seen[0]!.body).toEqual({
      event: {
        name: { html: 'Rock &amp; Roll &lt;Night&gt;' },
        description: { html: 'Bring friends' },
        start: { timezone: 'America/Los_Angeles', utc: '2030-01-31T19:00:00Z' },
        end: { timezone: 'America/Los_Angeles', utc: '2030-01-31T22:00:00Z' },
        currency: 'USD',
        online_event: true,
        listed: false,
        capacity: 100,
      },
    });
    expect(event).toMatchObject({ id: '5001', status: 'draft' });
  });

  it('refuses bad input before any request, naming the field', async () => {
    const { tk, seen } = setup({});
    const base = { name: 'x', start: '2030-01-31T19:00:00Z', end: '2030-01-31T22:00:00Z', timezone: 'UTC', currency: 'USD' };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...base, end: undefined }, 'end'],
      [{ ...base, start: 'tomorrow' }, 'start'],
      [{ ...base, end: '2030-01-31T18:00:00Z' }, 'end'],
      [{ ...base, timezone: 'Mars/Olympus' }, 'timezone'],
      [{ ...base, currency: 'XYZ' }, 'currency'],
      [{ ...base, slug: 'nope' }, 'slug'],
      [{ ...base, providerOptions: { eventbrite: { listed: 'yes' } } }, 'providerOptions.eventbrite.listed'],
      [{ ...base, providerOptions: { eventbrite: { typo_field: 1 } } }, 'providerOptions.eventbrite.typo_field'],
      [{ name: '' }, 'name'],
    ];
    for (const [input, field] of cases) {
      const error = await tk.events.create(input as never).catch((e: any) => e);
      expect(error, field).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields.map((f) => f.field).join(' '), field).toContain(field);
    }
    expect(seen).toHaveLength(0);
  });

  it('update: POST /events/{id}/ with only the changed fields', async () => {
    const { tk, seen } = setup({ 'POST /events/5001/': json(created) });
    await tk.events.update('5001', { name: 'Renamed', providerOptions: { eventbrite: { summary: 'Short' } } });
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/v3/events/5001/' });
    expect(seen[0]!.body).toEqual({ event: { name: { html: 'Renamed' }, summary: 'Short' } });
  });

  it('update of times reads the event first to send start and end with their timezone', async () => {
    const { tk, seen } = setup({ 'GET /events/5001/': json(created), 'POST /events/5001/': json(created) });
    await tk.events.update('5001', { start: '2017-03-13T20:00:00Z' });
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v3/events/5001/', 'POST /v3/events/5001/']);
    expect(seen[1]!.body).toEqual({
      event: {
        start: { timezone: 'America/Los_Angeles', utc: '2017-03-13T20:00:00Z' },
        end: { timezone: 'America/Los_Angeles', utc: '2017-03-14T05:00:00Z' },
      },
    });
  });

  it('a series parent is updated and read through /series/{id}/, published through /events/{id}/publish/', async () => {
    const parent = fixture('event-series-parent.json');
    const { tk, seen } = setup({
      'POST /series/769789610447/': json(parent),
      'POST /events/769789610447/publish/': json({ published: true }),
      'GET /series/769789610447/': json(parent),
    });
    const updated = await tk.events.update('series:769789610447', { name: 'Comedy' });
    expect(updated.id).toBe('series:769789610447');
    await tk.events.publish('series:769789610447');
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /v3/series/769789610447/',
      'POST /v3/events/769789610447/publish/',
      'GET /v3/series/769789610447/',
    ]);
  });

  it('cancel uses the vendor spelling (canceled) and returns the cancelled event; delete returns { id, deleted }', async () => {
    const { tk, seen } = setup({
      'POST /events/5001/cancel/': json({ canceled: true }),
      'GET /events/5001/': json({ ...created, status: 'canceled' }),
      'DELETE /events/5001/': json({ deleted: true }),
    });
    const cancelled = await tk.events.cancel('5001');
    expect(cancelled).toMatchObject({ status: 'cancelled', statusRaw: 'canceled' });
    expect(await tk.events.delete('5001')).toEqual({ id: '5001', deleted: true });
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /v3/events/5001/cancel/',
      'GET /v3/events/5001/',
      'DELETE /v3/events/5001/',
    ]);
    expect(seen[0]!.body).toBeUndefined();
  });

  it('an id that is not an Eventbrite id is a ValidationError before any request (was NotFoundError: issue 13.1)', async () => {
    const { tk, seen } = setup({});
    expect(await tk.events.get('a:b:c').catch((e: any) => e)).toBeInstanceOf(ValidationError);
    expect(await tk.ticketTypes.get('just-one').catch((e: any) => e)).toBeInstanceOf(ValidationError);
    expect(await tk.attendees.get('one').catch((e: any) => e)).toBeInstanceOf(ValidationError);
    expect(await tk.eventDates.list({ eventId: '' }).catch((e: any) => e)).toBeInstanceOf(ValidationError);
    expect(seen).toHaveLength(0);
  });

  it('vendor-only: unpublishEvent and copyEvent (flat copy body)', async () => {
    const { eb, seen } = setupTyped({
      'POST /events/5001/unpublish/': json({ unpublished: true }),
      'GET /events/5001/': json(created),
      'POST /events/5001/copy/': json({ ...created, id: '5002' }),
    });
    await eb.unpublishEvent('5001');
    const copy = await eb.copyEvent('5001', { name: 'Copy', start: '2030-02-01T19:00:00Z', end: '2030-02-01T22:00:00Z', timezone: 'UTC' });
    expect(copy.id).toBe('5002');
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /v3/events/5001/unpublish/',
      'GET /v3/events/5001/',
      'POST /v3/events/5001/copy/',
    ]);
    expect(seen[2]!.body).toEqual({ name: 'Copy', start_date: '2030-02-01T19:00:00Z', end_date: '2030-02-01T22:00:00Z', timezone: 'UTC' });
  });
});

describe('Eventbrite ticket class writes', () => {
  const tc = fixture('ticket-classes-page.json').ticket_classes[0];

  it('create: paid class with cost as { currency, value } in a ticket_class wrapper', async () => {
    const { tk, seen } = setup({ 'POST /events/24967032065/ticket_classes/': json(tc) });
    const created = await tk.ticketTypes.create({
      eventId: '24967032065',
      name: 'Not GA',
      price: { amount: 120, currency: 'USD' },
      quantityTotal: 10000,
      providerOptions: { eventbrite: { sales_channels: ['online', 'atd'], sales_end: '2017-03-14T01:00:00.000Z' } },
    });
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/v3/events/24967032065/ticket_classes/' });
    expect(seen[0]!.body).toEqual({
      ticket_class: {
        name: 'Not GA',
        free: false,
        cost: { currency: 'USD', value: 120 },
        quantity_total: 10000,
        sales_channels: ['online', 'atd'],
        sales_end: '2017-03-14T01:00:00Z',
      },
    });
    expect(created.id).toBe('24967032065:53546442');
    expect(created.price).toEqual({ amount: 120, currency: 'USD' });
  });

  it('create: a free class (price null or 0) is free: true with no cost; a donation has neither', async () => {
    const { tk, seen } = setup({ 'POST /events/27943907981/ticket_classes/': json(fixture('ticket-class-free.json')) });
    await tk.ticketTypes.create({ eventId: '27943907981', name: 'Early Bird', price: null, quantityTotal: 100 });
    await tk.ticketTypes.create({ eventId: '27943907981', name: 'Zero', price: { amount: 0, currency: 'USD' }, quantityTotal: 5 });
    await tk.ticketTypes.create({ eventId: '27943907981', name: 'Give', price: null, providerOptions: { eventbrite: { donation: true } } });
    expect(seen.map((r) => r.body)).toEqual([
      { ticket_class: { name: 'Early Bird', free: true, quantity_total: 100 } },
      { ticket_class: { name: 'Zero', free: true, quantity_total: 5 } },
      { ticket_class: { name: 'Give', donation: true } },
    ]);
  });

  it('create: refuses a missing quantity, a bad event id or a bad currency before any request', async () => {
    const { tk, seen } = setup({});
    const noQuantity = await tk.ticketTypes.create({ eventId: '1', name: 'x', price: null }).catch((e: any) => e);
    expect(noQuantity.fields[0].field).toBe('quantityTotal');
    const badEvent = await tk.ticketTypes.create({ eventId: 'a:b:c', name: 'x', price: null, quantityTotal: 1 }).catch((e: any) => e);
    expect(badEvent.fields[0].field).toBe('eventId');
    const badCurrency = await tk.ticketTypes
      .create({ eventId: '1', name: 'x', price: { amount: 100, currency: 'usd' }, quantityTotal: 1 })
      .catch((e: any) => e);
    expect(badCurrency).toBeInstanceOf(ValidationError);
    expect(seen).toHaveLength(0);
  });

  it('create on a series parent keeps the series in the ticket type id', async () => {
    const { tk, seen } = setup({ 'POST /events/769789610447/ticket_classes/': json({ ...tc, event_id: '769789610447', id: '77' }) });
    const created = await tk.ticketTypes.create({ eventId: 'series:769789610447', name: 'Seat', price: null, quantityTotal: 55 });
    expect(created.id).toBe('series:769789610447:77');
    expect(created.eventId).toBe('series:769789610447');
    expect(seen[0]!.path).toBe('/v3/events/769789610447/ticket_classes/');
  });

  it('update and delete address /events/{event}/ticket_classes/{id}/', async () => {
    const { tk, seen } = setup({
      'POST /events/24967032065/ticket_classes/53546442/': json(tc),
      'DELETE /events/24967032065/ticket_classes/53546442/': json({ deleted: true }),
    });
    await tk.ticketTypes.update('24967032065:53546442', { name: 'GA', price: { amount: 150, currency: 'USD' }, quantityTotal: 20 });
    expect(seen[0]!.body).toEqual({ ticket_class: { name: 'GA', free: false, cost: { currency: 'USD', value: 150 }, quantity_total: 20 } });
    expect(await tk.ticketTypes.delete('24967032065:53546442')).toEqual({ id: '24967032065:53546442', deleted: true });
    expect(seen[1]).toMatchObject({ method: 'DELETE', path: '/v3/events/24967032065/ticket_classes/53546442/' });
  });
});

describe('Eventbrite unsupported and filtered operations', () => {
  it('order writes and attendee writes throw UnsupportedCapabilityError without a request', async () => {
    const { tk, seen } = setup({});
    const attempts = [
      tk.orders.create({ eventId: '1', buyer: { name: 'a', email: 'a@b.co' }, lines: [{ ticketTypeId: '1:2', quantity: 1 }] }),
      tk.orders.markPaid('1'),
      tk.orders.refund('1'),
      tk.orders.cancel('1'),
      tk.orders.recordPayment({ eventId: '1', payeeEmail: 'a@b.co', amount: { amount: 1, currency: 'USD' }, method: 'cash' }),
      tk.attendees.create({ email: 'a@b.co' }),
      tk.attendees.delete('1:2'),
      tk.attendees.checkIn('1:2'),
    ];
    for (const attempt of attempts) {
      const error = await Promise.resolve(attempt).catch((e: any) => e);
      expect(error).toBeInstanceOf(UnsupportedCapabilityError);
    }
    const status = await tk.orders.list({ status: 'paid' }).catch((e: any) => e);
    expect(status).toBeInstanceOf(UnsupportedCapabilityError);
    const checkedIn = await tk.attendees.list({ checkedIn: true }).catch((e: any) => e);
    expect(checkedIn).toBeInstanceOf(UnsupportedCapabilityError);
    expect(seen).toHaveLength(0);
  });

  it('orders.list: organization scope by default; eventId / eventDateId scope; updatedSince → changed_since; buyerEmail → only_emails', async () => {
    const { tk, seen } = setup({
      [`GET /organizations/${ORG}/orders/`]: page('orders', []),
      'GET /events/24967032065/orders/': page('orders', []),
      'GET /events/800/orders/': page('orders', []),
    });
    await tk.orders.list({ updatedSince: '2026-01-01T01:00:00.123+01:00', buyerEmail: 'jane@example.com' });
    await tk.orders.list({ eventId: '24967032065' });
    await tk.orders.list({ eventId: 'series:769789610447', eventDateId: '800' });
    expect(seen.map((r) => [r.path, r.query])).toEqual([
      [`/v3/organizations/${ORG}/orders/`, { changed_since: '2026-01-01T00:00:00Z', only_emails: 'jane@example.com', expand: 'attendees' }],
      ['/v3/events/24967032065/orders/', { expand: 'attendees' }],
      ['/v3/events/800/orders/', { expand: 'attendees' }],
    ]);
    const bad = await tk.orders.list({ updatedSince: 'yesterday' }).catch((e: any) => e);
    expect(bad).toBeInstanceOf(ValidationError);
    expect(bad.fields[0].field).toBe('updatedSince');
  });

  it('attendees.list: organization scope by default; updatedSince → changed_since', async () => {
    const { tk, seen } = setup({
      [`GET /organizations/${ORG}/attendees/`]: page('attendees', fixture('attendees-page.json').attendees.slice(0, 1)),
    });
    const result = await tk.attendees.list({ updatedSince: '2018-10-01T00:00:00Z' });
    expect(seen[0]!.query).toEqual({ changed_since: '2018-10-01T00:00:00Z' });
    expect(result.data[0]!.id).toBe('51660376577:1054226785');
  });
});

describe('EventbriteClient type', () => {
  it('types the unsupported methods to reject (so the client is still a TicketingClient), the others to resolve', () => {
    const { eb } = setupTyped({});
    expectTypeOf(eb.orders.refund).returns.toEqualTypeOf<APIPromise<never>>();
    expectTypeOf(eb.orders.create).returns.toEqualTypeOf<APIPromise<never>>();
    expectTypeOf(eb.attendees.checkIn).returns.toEqualTypeOf<APIPromise<never>>();
    expectTypeOf(eb).toMatchTypeOf<TicketingClient>();
    const compileOnly = () => {
      void eb.events.delete;
      void eb.ticketTypes.create;
      void eb.unpublishEvent;
      void eb.native.listTransfers;
    };
    expect(typeof compileOnly).toBe('function');
    expect(eb.capabilities.orders.refund).toBe(false);
  });
});
