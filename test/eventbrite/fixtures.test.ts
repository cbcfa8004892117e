/**
 * Every real captured payload (test/eventbrite/fixtures, sources in SOURCES.md there) replayed
 * through the client, with its exact expected normalized values.
 */
import { describe, expect, it } from 'vitest';
import {
  AttendeeSchema,
  AuthenticationError,
  EventDateSchema,
  EventSchema,
  NotFoundError,
  OrderSchema,
  TicketTypeSchema,
  ValidationError,
} from '../../src/index.js';
import { EbUntypedSchema } from '../../src/providers/eventbrite/schemas.js';
import { findUndefined } from '../helpers/wire.js';
import { ORG, TOKEN, fixture, json, setup, setupTyped } from './helpers.js';

function clean(value: unknown) {
  expect(findUndefined(value)).toEqual([]);
}

describe('Eventbrite fixtures through the normalized layer', () => {
  it('event.json (2016 draft) via events.get', async () => {
    const { tk, seen } = setup({ 'GET /events/24967032065/': json(fixture('event.json')) });
    const event = await tk.events.get('24967032065');
    expect(seen[0]!.path).toBe('/v3/events/24967032065/');
    expect(seen[0]!.query).toEqual({ expand: 'venue' });
    expect(seen[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(event).toEqual({
      id: '24967032065',
      provider: 'eventbrite',
      remoteId: '24967032065',
      createdAt: '2016-04-26T17:52:12Z',
      updatedAt: '2016-08-17T04:10:30Z',
      name: 'This is a test name',
      description: null,
      slug: null,
      url: 'http://www.eventbrite.com/e/this-is-a-test-name-tickets-24967032065',
      status: 'draft',
      statusRaw: 'draft',
      timezone: 'America/Los_Angeles',
      start: '2016-06-06T02:00:00Z',
      end: '2017-03-14T05:00:00Z',
      currency: 'USD',
      isOnline: false,
      venue: { remoteId: '14986832', name: null, address: null },
      visibility: 'unlisted',
      capacity: 10000,
      ticketingEnabled: null,
    });
    EventSchema.parse(event);
    clean(event);
  });

  it('event-series-parent.json via events.get on the series id (read at /series/{id}/)', async () => {
    const { tk, seen } = setup({ 'GET /series/769789610447/': json(fixture('event-series-parent.json')) });
    const event = await tk.events.get('series:769789610447');
    expect(seen.map((r) => r.path)).toEqual(['/v3/series/769789610447/']);
    expect(event).toEqual({
      id: 'series:769789610447',
      provider: 'eventbrite',
      remoteId: '769789610447',
      createdAt: '2023-11-30T17:33:31Z',
      updatedAt: '2024-11-25T21:05:13Z',
      name: '10PM Saturdays  Pro Hilarious Stand-up Comedy | Unleash the laughter',
      description:
        "Saturday night sizzler with top-tier laughs! Join us at 10PM for Toronto's premier stand-up comedy showcase. An unforgettable weekend awaits",
      slug: null,
      url: 'https://www.eventbrite.ca/e/10pm-saturdays-pro-hilarious-stand-up-comedy-unleash-the-laughter-tickets-769789610447',
      status: 'started',
      statusRaw: 'started',
      timezone: 'America/Toronto',
      start: '2023-12-03T03:00:00Z',
      end: '2025-12-14T04:50:00Z',
      currency: 'CAD',
      isOnline: false,
      venue: { remoteId: '186549749', name: null, address: null },
      visibility: 'public',
      capacity: 55,
      ticketingEnabled: null,
    });
    EventSchema.parse(event);
  });

  it('events-page.json via events.list (accents, Europe/Madrid, expanded venue)', async () => {
    const { tk, seen } = setup({ [`GET /organizations/${ORG}/events/`]: json(fixture('events-page.json')) });
    const page = await tk.events.list();
    expect(seen[0]!.path).toBe(`/v3/organizations/${ORG}/events/`);
    expect(seen[0]!.query).toEqual({ show_series_parent: 'true', status: 'all', expand: 'venue' });
    expect(page.nextCursor).toBeNull();
    expect(page.data).toEqual([
      {
        id: '1',
        provider: 'eventbrite',
        remoteId: '1',
        createdAt: '2021-11-19T03:24:52Z',
        updatedAt: '2021-11-19T04:27:58Z',
        name: 'GEEKTALKS - PRESENTACIÓN DE PROYECTOS FINALES',
        description: 'GEEKTALKS - DEMO DAY ¡TÚ TAMBIÉN HARÁS ESTO CUANDO SEAS PROGRAMADOR!',
        slug: null,
        url: 'https://www.eventbrite.com/e/geektalks-presentacion-de-proyectos-finales-tickets-1',
        status: 'scheduled',
        statusRaw: 'live',
        timezone: 'Europe/Madrid',
        start: '2021-12-01T17:30:00Z',
        end: '2021-12-01T18:30:00Z',
        currency: 'USD',
        isOnline: true,
        venue: {
          remoteId: '1',
          name: 'Florida International University College of Business',
          address: '11200 Southwest 8th Street, Miami, FL 33174',
        },
        visibility: 'public',
        capacity: 200,
        ticketingEnabled: null,
      },
    ]);
    page.data.forEach((e) => EventSchema.parse(e));
    clean(page.data);
  });

  it('event.json as a single event synthesizes one date; a series parent lists its occurrences', async () => {
    const child = { ...fixture('event.json'), id: '800', series_id: '769789610447', is_series: true };
    const { tk, seen } = setup({
      'GET /events/24967032065/': json(fixture('event.json')),
      'GET /series/769789610447/events/': json({
        pagination: { page_number: 1, page_size: 50, has_more_items: false },
        events: [child],
      }),
    });
    const single = await tk.eventDates.list({ eventId: '24967032065' });
    expect(single.data).toEqual([
      {
        id: '24967032065',
        provider: 'eventbrite',
        remoteId: '24967032065',
        createdAt: '2016-04-26T17:52:12Z',
        updatedAt: '2016-08-17T04:10:30Z',
        eventId: '24967032065',
        name: null,
        start: '2016-06-06T02:00:00Z',
        end: '2017-03-14T05:00:00Z',
        soldOut: null,
        salesSuspended: null,
      },
    ]);
    const occurrences = await tk.eventDates.list({ eventId: 'series:769789610447' });
    expect(occurrences.data.map((d) => [d.id, d.eventId, d.start])).toEqual([['800', 'series:769789610447', '2016-06-06T02:00:00Z']]);
    expect(seen.map((r) => r.path)).toEqual(['/v3/events/24967032065/', '/v3/series/769789610447/events/']);
    [...single.data, ...occurrences.data].forEach((d) => EventDateSchema.parse(d));
  });

  it('ticket-classes-page.json via ticketTypes.list (Money from value + currency)', async () => {
    const { tk, seen } = setup({ 'GET /events/24967032065/ticket_classes/': json(fixture('ticket-classes-page.json')) });
    const page = await tk.ticketTypes.list({ eventId: '24967032065' });
    expect(seen[0]!.query).toEqual({});
    expect(page.data).toEqual([
      {
        id: '24967032065:53546442',
        provider: 'eventbrite',
        remoteId: '53546442',
        createdAt: null,
        updatedAt: null,
        eventId: '24967032065',
        name: 'Not GA',
        description: null,
        price: { amount: 120, currency: 'USD' },
        fee: { amount: 66, currency: 'USD' },
        isFree: false,
        quantityTotal: 10000,
        quantitySold: 2,
        minPerOrder: 1,
        maxPerOrder: 10,
        salesStart: '2016-08-16T23:10:00Z',
        salesEnd: '2017-03-14T01:00:00Z',
        hidden: false,
        admits: 1,
      },
    ]);
    expect(page.nextCursor).toBeNull();
    TicketTypeSchema.parse(page.data[0]);
  });

  it('ticket-class-free.json via ticketTypes.get (free: no price)', async () => {
    const { tk, seen } = setup({ 'GET /events/27943907981/ticket_classes/55031113/': json(fixture('ticket-class-free.json')) });
    const ticketType = await tk.ticketTypes.get('27943907981:55031113');
    expect(seen[0]!.path).toBe('/v3/events/27943907981/ticket_classes/55031113/');
    expect(ticketType).toEqual({
      id: '27943907981:55031113',
      provider: 'eventbrite',
      remoteId: '55031113',
      createdAt: null,
      updatedAt: null,
      eventId: '27943907981',
      name: 'Early Bird',
      description: null,
      price: null,
      fee: null,
      isFree: true,
      quantityTotal: 100,
      quantitySold: 0,
      minPerOrder: 1,
      maxPerOrder: 10,
      salesStart: '2016-09-21T17:05:00Z',
      salesEnd: '2016-11-01T01:00:00Z',
      hidden: false,
      admits: 1,
    });
    TicketTypeSchema.parse(ticketType);
    clean(ticketType);
  });

  it('order.json via orders.get (placed → paid, costs in minor units)', async () => {
    const { tk, seen } = setup({ 'GET /orders/12345/': json(fixture('order.json')) });
    const order = await tk.orders.get('12345');
    expect(seen[0]!.path).toBe('/v3/orders/12345/');
    expect(seen[0]!.query).toEqual({ expand: 'attendees' });
    expect(order).toEqual({
      id: '12345',
      provider: 'eventbrite',
      remoteId: '12345',
      createdAt: '2016-04-27T17:52:12Z',
      updatedAt: '2016-04-27T17:52:12Z',
      eventId: '24967032065',
      eventDateId: '24967032065',
      reference: null,
      status: 'paid',
      statusRaw: 'placed',
      buyer: { name: 'Jane Example', email: 'jane@example.com', phone: null },
      total: { amount: 700, currency: 'USD' },
      subtotal: { amount: 562, currency: 'USD' },
      discount: null,
      fees: { amount: 138, currency: 'USD' },
      tax: { amount: 0, currency: 'USD' },
      amountPaid: null,
      amountRefunded: null,
      amountDue: null,
      ticketCount: null,
      lines: null,
      testMode: null,
    });
    OrderSchema.parse(order);
    clean(order);
  });

  it('order.json with the attendees of attendees-page.json expanded: lines and ticket count (ARS from value, not display)', async () => {
    const withAttendees = { ...fixture('order.json'), attendees: fixture('attendees-page.json').attendees };
    const { tk } = setup({ 'GET /orders/12345/': json(withAttendees) });
    const order = await tk.orders.get('12345');
    expect(order.lines).toEqual([
      { ticketTypeId: '51660376577:96509287', name: 'Paid', quantity: 3, unitPrice: { amount: 100, currency: 'ARS' } },
    ]);
    expect(order.ticketCount).toBe(3);
  });

  it('orders-page.json via orders.list (page_count only: one page)', async () => {
    const { tk, seen } = setup({ 'GET /events/24967032065/orders/': json(fixture('orders-page.json')) });
    const all = await tk.orders.list({ eventId: '24967032065' }).toArray({ limit: 10 });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.query).toEqual({ expand: 'attendees' });
    expect(all).toEqual([
      {
        id: '541330199',
        provider: 'eventbrite',
        remoteId: '541330199',
        createdAt: '2016-08-16T23:13:48Z',
        updatedAt: '2016-08-16T23:13:50Z',
        eventId: '24967032065',
        eventDateId: '24967032065',
        reference: null,
        status: 'paid',
        statusRaw: 'placed',
        buyer: { name: 'John Example', email: 'john@example.com', phone: null },
        total: { amount: 330, currency: 'USD' },
        subtotal: { amount: 200, currency: 'USD' },
        discount: null,
        fees: { amount: 130, currency: 'USD' },
        tax: { amount: 0, currency: 'USD' },
        amountPaid: null,
        amountRefunded: null,
        amountDue: null,
        ticketCount: null,
        lines: null,
        testMode: null,
      },
    ]);
  });

  it('attendees-page.json via attendees.list (checked_in, barcodes[0], status labels)', async () => {
    const { tk, seen } = setup({ 'GET /events/51660376577/attendees/': json(fixture('attendees-page.json')) });
    const page = await tk.attendees.list({ eventId: '51660376577' });
    expect(seen[0]!.path).toBe('/v3/events/51660376577/attendees/');
    const base = {
      provider: 'eventbrite',
      createdAt: '2018-10-22T18:26:56Z',
      updatedAt: '2018-10-22T18:26:56Z',
      eventId: '51660376577',
      orderId: '846464739',
      ticketTypeId: '51660376577:96509287',
      email: null,
      phone: null,
      company: null,
      jobTitle: null,
      status: 'attending',
    };
    expect(page.data).toEqual([
      { ...base, id: '51660376577:1054226785', remoteId: '1054226785', name: 'Jane Doe', statusRaw: 'Checked In', checkedIn: true, barcode: '8464647391054226785001' },
      { ...base, id: '51660376577:1054226786', remoteId: '1054226786', name: 'Alex Example', statusRaw: 'Checked In', checkedIn: true, barcode: '8464647391054226786001' },
      { ...base, id: '51660376577:1054226787', remoteId: '1054226787', name: 'Sam Example', statusRaw: 'Attending', checkedIn: false, barcode: '8464647391054226787001' },
    ]);
    expect(page.nextCursor).toBeNull();
    page.data.forEach((a) => AttendeeSchema.parse(a));
    clean(page.data);
  });

  it('an attendee read back by its id hits /events/{event}/attendees/{id}/', async () => {
    const attendee = fixture('attendees-page.json').attendees[2];
    const { tk, seen } = setup({ 'GET /events/51660376577/attendees/1054226787/': json(attendee) });
    const read = await tk.attendees.get('51660376577:1054226787');
    expect(seen[0]!.path).toBe('/v3/events/51660376577/attendees/1054226787/');
    expect(read.name).toBe('Sam Example');
    expect(read.id).toBe('51660376577:1054226787');
  });

  it('profile fields and the cancelled / refunded booleans map to the attendee', async () => {
    const wire = {
      ...fixture('attendees-page.json').attendees[0],
      cancelled: true,
      refunded: false,
      status: 'Not Attending',
      profile: {
        name: 'Inés Gómez',
        email: 'ines@example.com',
        cell_phone: '+34 600 000 000',
        company: 'Acme',
        job_title: 'CTO',
      },
    };
    const { tk } = setup({ 'GET /events/51660376577/attendees/': json({ pagination: { page_number: 1, has_more_items: false }, attendees: [wire, { ...wire, id: '2', refunded: true }] }) });
    const [cancelled, refunded] = (await tk.attendees.list({ eventId: '51660376577' })).data;
    expect(cancelled).toMatchObject({
      name: 'Inés Gómez',
      email: 'ines@example.com',
      phone: '+34 600 000 000',
      company: 'Acme',
      jobTitle: 'CTO',
      status: 'cancelled',
      statusRaw: 'Not Attending',
    });
    expect(refunded!.status).toBe('refunded');
  });

  it('webhooks-page.json via the native layer', async () => {
    const { eb, seen } = setupTyped({ [`GET /organizations/${ORG}/webhooks/`]: json(fixture('webhooks-page.json')) });
    const hooks = await eb.native.listWebhooks().toArray({ limit: 10 });
    expect(seen[0]!.path).toBe(`/v3/organizations/${ORG}/webhooks/`);
    expect(hooks).toEqual([
      {
        id: '12345',
        actions: ['order.placed', 'order.refunded'],
        created: '2017-10-12T12:01:38Z',
        endpoint_url: 'https://some.url/that/receives/the/webhook',
        event_id: null,
        resource_uri: 'https://www.eventbriteapi.com/v3/webhooks/12345/',
        user_id: '00001111',
      },
    ]);
  });

  it('subcategories-page-continuation.json: the continuation token (no has_more_items) is followed', async () => {
    const body = fixture('subcategories-page-continuation.json');
    const { eb: eb2, seen } = setupTyped({ 'GET /subcategories/': json(body) });
    const first = await eb2.native.fetchPage({ path: '/subcategories/', key: 'subcategories', schema: EbUntypedSchema, state: null });
    expect(first.items).toHaveLength(body.subcategories.length);
    expect(first.items[0]).toMatchObject({ id: '1001', name: 'Startups & Small Business' });
    expect(first.next).toEqual({ continuation: 'eyJwYWdlIjogMn0' });
    expect(first.pagination).toMatchObject({ page_number: 1, page_count: 4, object_count: 185, has_more_items: null });
    await eb2.native.fetchPage({ path: '/subcategories/', key: 'subcategories', schema: EbUntypedSchema, state: first.next });
    expect(seen[1]!.query).toEqual({ continuation: 'eyJwYWdlIjogMn0' });
  });

  it('the error fixtures map to the error classes with vendorCode and fields', async () => {
    const { tk } = setup({
      'GET /events/1/': json(fixture('error-not-found.json'), { status: 404 }),
      'GET /events/2/': json(fixture('error-no-auth.json'), { status: 401 }),
      'GET /orders/3/': json(fixture('error-arguments.json'), { status: 400 }),
    });
    const notFound = await tk.events.get('1').catch((e: any) => e);
    expect(notFound).toBeInstanceOf(NotFoundError);
    expect(notFound).toMatchObject({ status: 404, vendorCode: 'NOT_FOUND', code: 'not_found', provider: 'eventbrite' });
    expect(notFound.message).toBe('The event you requested does not exist (NOT_FOUND).');
    const noAuth = await tk.events.get('2').catch((e: any) => e);
    expect(noAuth).toBeInstanceOf(AuthenticationError);
    expect(noAuth).toMatchObject({ status: 401, vendorCode: 'NO_AUTH' });
    const args = await tk.orders.get('3').catch((e: any) => e);
    expect(args).toBeInstanceOf(ValidationError);
    expect(args).toMatchObject({ status: 400, vendorCode: 'ARGUMENTS_ERROR', fields: [{ field: 'status', message: 'INVALID' }] });
    expect(args.raw).toEqual(fixture('error-arguments.json'));
  });

  it('raw is attached only on request', async () => {
    const { tk } = setup({ 'GET /orders/12345/': json(fixture('order.json')) });
    const plain = await tk.orders.get('12345');
    expect('raw' in plain).toBe(false);
    const withRaw = await tk.orders.get('12345', { raw: true });
    expect(withRaw.raw).toMatchObject({ id: '12345', status: 'placed' });
  });
});
