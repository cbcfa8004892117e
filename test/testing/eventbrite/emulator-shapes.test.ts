/**
 * The Eventbrite emulator's shapes where it used to differ from the real API (issue 14.2), at the wire, and the kit's
 * own argument checks (issue 12.4): barcodes carry `checkin_method`, `expand=organizer` is the full organizer,
 * `expand.<type>=` expansions are honoured, events carry their `logo`, fault targets are typed and checked, seed
 * builders refuse unknown keys with a `ConfigError`.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ConfigError } from '../../../src/index.js';
import { createMockClient, type MockClient, type OperationOf } from '../../../src/testing/index.js';
import type { EventbriteOperation } from '../../../src/testing/emulators/eventbrite/index.js';
import { fixture } from '../../eventbrite/helpers.js';

const BASE = 'https://www.eventbriteapi.com/v3';

function mock(seed?: (s: any) => void): MockClient<'eventbrite'> {
  return createMockClient({ provider: 'eventbrite', seed, client: { maxRetries: 0 } });
}

async function get(m: MockClient<'eventbrite'>, path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${m.credentials.token}`);
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  const response = await m.fetch(`${BASE}${path}`, { ...init, headers });
  return { status: response.status, body: (await response.json()) as any };
}

const keys = (o: object) => Object.keys(o).sort();

describe('attendee barcodes carry checkin_method on every barcode, as the real payloads do', () => {
  it('an unused barcode says "search", a scanned one "scan"; checked_in, not checkin_method, says who is in', async () => {
    let eventId = '';
    const m = mock((s) => {
      const e = s.event();
      eventId = e.remoteId;
      s.attendee({ eventId: e.id, name: 'In', checkedIn: true });
      s.attendee({ eventId: e.id, name: 'Out' });
    });
    const { body } = await get(m, `/events/${eventId}/attendees/`);
    const byName = Object.fromEntries(body.attendees.map((a: any) => [a.profile.name, a]));
    expect(byName.In.barcodes[0]).toMatchObject({ status: 'used', checkin_method: 'scan' });
    expect(byName.Out.barcodes[0]).toMatchObject({ status: 'unused', checkin_method: 'search' });
    for (const a of body.attendees) for (const b of a.barcodes) expect(keys(b)).toEqual(keys(fixture('attendees-page.json').attendees[2].barcodes[0]));
    // The adapter reads check-in from `checked_in`: a barcode's checkin_method does not make an attendee "checked in".
    const attendees = await m.client.attendees.list({ eventId }).toArray({ limit: 10 });
    expect(Object.fromEntries(attendees.map((a) => [a.name, a.checkedIn]))).toEqual({ In: true, Out: false });
  });
});

describe('expand=organizer returns the full organizer', () => {
  it('every field of the captured organizer, with the event counts of now', async () => {
    let eventId = '';
    const m = mock((s) => {
      eventId = s.event({ start: '2026-06-01T10:00:00Z', end: '2026-06-01T12:00:00Z' }).remoteId;
      s.event({ start: '2025-06-01T10:00:00Z', end: '2025-06-01T12:00:00Z', createdAt: '2025-01-01T00:00:00Z' });
    });
    const { body } = await get(m, `/events/${eventId}/?expand=organizer`);
    const real = fixture('events-page.json').events[0].organizer;
    expect(keys(body.organizer)).toEqual(keys(real));
    for (const field of ['description', 'long_description', 'resource_uri', 'url', 'logo_id', 'num_past_events', 'num_future_events', 'twitter', 'facebook', 'instagram', 'disable_marketing_opt_in']) {
      expect(body.organizer[field], field).not.toBeUndefined();
      expect(typeof body.organizer[field], field).toBe(typeof real[field]);
    }
    expect(body.organizer).toMatchObject({ id: body.organizer_id, _type: 'organizer', organization_id: m.credentials.organizationId, num_past_events: 1, num_future_events: 1 });
    expect(keys(body.organizer.description)).toEqual(['html', 'text']);
  });
});

describe('expand.<type>= (expansions v2) is honoured', () => {
  it('expand.event on an event, expand.order + expand.event on an order, expand=event.venue (v1 nesting) on an attendee', async () => {
    let eventId = '';
    let orderId = '';
    let attendeeId = '';
    const m = mock((s) => {
      const e = s.event({ venue: { name: 'Teatro Real', address: 'Plaza de Isabel II' } });
      eventId = e.remoteId;
      const o = s.order({ eventId: e.id });
      orderId = o.remoteId;
      attendeeId = s.attendee({ eventId: e.id, orderId: o.id }).remoteId;
    });
    const event = (await get(m, `/events/${eventId}/?expand.event=organizer,venue`)).body;
    expect(event.venue.name).toBe('Teatro Real');
    expect(event.organizer._type).toBe('organizer');
    const order = (await get(m, `/orders/${orderId}/?expand.order=event,attendees&expand.event=venue`)).body;
    expect(order.event.venue.name).toBe('Teatro Real');
    expect(order.event.organizer).toBeUndefined();
    expect(order.attendees.length).toBeGreaterThan(0);
    const attendee = (await get(m, `/events/${eventId}/attendees/${attendeeId}/?expand=event.venue,order`)).body;
    expect(attendee.event.venue.name).toBe('Teatro Real');
    expect(attendee.order.id).toBe(orderId);
    expect(attendee.order.event).toBeUndefined();
    // Without an expansion, nothing is inlined.
    expect((await get(m, `/events/${eventId}/`)).body.venue).toBeUndefined();
  });

  it("the adapter's expandByType reaches the emulator and comes back expanded", async () => {
    let eventId = '';
    const m = mock((s) => void (eventId = s.event({ venue: { name: 'Hall' } }).remoteId));
    const event = await m.client.native.getEvent(eventId, { expandByType: { event: ['venue', 'organizer'] } });
    expect(event.venue?.name).toBe('Hall');
    expect(event.organizer?.name).toBe('Emulated Organization');
    expect(m.calls.at(-1)!.query).toEqual({ 'expand.event': 'venue,organizer' });
  });
});

describe('events carry their logo', () => {
  it('a seeded logo is a logo object shaped like the captures; no logo is null; logo_id sets or clears it', async () => {
    let withLogo = '';
    let without = '';
    const m = mock((s) => {
      withLogo = s.event({ logo: true }).remoteId;
      without = s.event().remoteId;
    });
    const a = (await get(m, `/events/${withLogo}/`)).body;
    const real = fixture('events-page.json').events[0].logo;
    expect(keys(a.logo)).toEqual(keys(real));
    expect(keys(a.logo.crop_mask)).toEqual(keys(real.crop_mask));
    expect(keys(a.logo.original)).toEqual(keys(real.original));
    expect(a.logo.id).toBe(a.logo_id);
    const b = (await get(m, `/events/${without}/`)).body;
    expect(b).toMatchObject({ logo: null, logo_id: null });
    const moved = await get(m, `/events/${without}/`, { method: 'POST', body: JSON.stringify({ event: { logo_id: a.logo_id } }) });
    expect(moved.body.logo.id).toBe(a.logo_id);
    const cleared = await get(m, `/events/${without}/`, { method: 'POST', body: JSON.stringify({ event: { logo_id: null } }) });
    expect(cleared.body.logo).toBeNull();
    const unknown = await get(m, `/events/${without}/`, { method: 'POST', body: JSON.stringify({ event: { logo_id: '999' } }) });
    expect(unknown.body).toMatchObject({ error: 'ARGUMENTS_ERROR', error_detail: { ARGUMENTS_ERROR: { 'event.logo_id': ['INVALID'] } } });
  });
});

describe('the kit refuses typos in its own arguments', () => {
  it('fault targets are the typed operation union and are checked when armed', () => {
    expectTypeOf<OperationOf<'eventbrite'>>().toEqualTypeOf<EventbriteOperation>();
    const m = mock();
    // @ts-expect-error: not an operation of the Eventbrite emulator
    expect(() => m.faults.once('orders.lst', { kind: 'network' })).toThrow(ConfigError);
    expect(() => m.faults.once('orders.create' as never, { kind: 'network' })).toThrow(ConfigError);
    expect(() => m.faults.once('events.publish', { kind: 'network' })).not.toThrow();
  });

  it.each([
    ['s.event({ titel })', (s: any) => s.event({ titel: 'Gala' }), 'unknown key "titel"'],
    ['s.event({ nmae })', (s: any) => s.event({ nmae: 'Gala' }), 'did you mean "name"'],
    ['s.event({ venue: { nam } })', (s: any) => s.event({ venue: { nam: 'Hall' } }), 'did you mean "name"'],
    ['s.ticketType({ eventId, quantity })', (s: any) => s.ticketType({ eventId: s.event().id, quantity: 3 }), 'quantity'],
    ['s.ticketType({ price: { amount, curency } })', (s: any) => s.ticketType({ eventId: s.event().id, price: { amount: 100, curency: 'USD' } }), 'did you mean "currency"'],
    ['s.order({ eventID })', (s: any) => s.order({ eventID: s.event().id }), 'did you mean "eventId"'],
    ['s.order({ lines: 5 })', (s: any) => s.order({ eventId: s.event().id, lines: 5 }), 'lines'],
    ['s.order({ lines: [{ ticketType }] })', (s: any) => s.order({ eventId: s.event().id, lines: [{ ticketType: 'x' }] }), 'did you mean "ticketTypeId"'],
    ['s.order({ buyer: { mail } })', (s: any) => s.order({ eventId: s.event().id, buyer: { mail: 'a@b.co' } }), 'did you mean "email"'],
    ['s.attendee({ checkedin })', (s: any) => s.attendee({ eventId: s.event().id, checkedin: true }), 'did you mean "checkedIn"'],
    ['s.ticketType(null)', (s: any) => s.ticketType(null), 'expected an object'],
    ['s.event("Gala")', (s: any) => s.event('Gala'), 'expected an object'],
    ['s.webhook({ url })', (s: any) => s.webhook({ url: 'https://x' }), 'url'],
    ['s.event({ logo: "yes" })', (s: any) => s.event({ logo: 'yes' }), 'logo'],
    // A bad value (not only an unknown key) is a ConfigError naming the field: never a TypeError, never silently kept.
    ['s.event({ name: 5 })', (s: any) => s.event({ name: 5 }), 'name: expected a string'],
    ['s.event({ description: {} })', (s: any) => s.event({ description: {} }), 'description'],
    ['s.event({ visibility: "hidden" })', (s: any) => s.event({ visibility: 'hidden' }), 'visibility: expected one of public, unlisted, private'],
    ['s.event({ isOnline: "yes" })', (s: any) => s.event({ isOnline: 'yes' }), 'isOnline: expected true or false'],
    ['s.event({ isSeries: 1 })', (s: any) => s.event({ isSeries: 1 }), 'isSeries'],
    ['s.event({ locale: 7 })', (s: any) => s.event({ locale: 7 }), 'locale'],
    ['s.event({ status: "toString" })', (s: any) => s.event({ status: 'toString' }), 'status'],
    ['s.event({ venue: { name: 3 } })', (s: any) => s.event({ venue: { name: 3 } }), 'venue.name'],
    ['s.event({ venue: {} })', (s: any) => s.event({ venue: {} }), 'venue.name: required'],
    ['s.ticketType({ eventId, name: {} })', (s: any) => s.ticketType({ eventId: s.event().id, name: {} }), 'name: expected a string'],
    ['s.ticketType({ eventId, hidden: 1 })', (s: any) => s.ticketType({ eventId: s.event().id, hidden: 1 }), 'hidden'],
    ['s.ticketType({ eventId, donation: "no" })', (s: any) => s.ticketType({ eventId: s.event().id, donation: 'no' }), 'donation'],
    ['s.order({ eventId, buyer: { name: 7 } })', (s: any) => s.order({ eventId: s.event().id, buyer: { name: 7 } }), 'buyer.name'],
    ['s.order({ eventId, lines: [{ ticketTypeId: 5 }] })', (s: any) => s.order({ eventId: s.event().id, lines: [{ ticketTypeId: 5 }] }), 'ticketTypeId'],
    ['s.order({ eventId, lines: [] })', (s: any) => s.order({ eventId: s.event().id, lines: [] }), 'at least one line'],
    ['s.order({ eventId, status: 5 })', (s: any) => s.order({ eventId: s.event().id, status: 5 }), 'status'],
    ['s.order({ eventId, eventDateId: 5 })', (s: any) => s.order({ eventId: s.event().id, eventDateId: 5 }), 'eventDateId'],
    ['s.attendee({ eventId, name: 5 })', (s: any) => s.attendee({ eventId: s.event().id, name: 5 }), 'name: expected a string'],
    ['s.attendee({ eventId, status: {} })', (s: any) => s.attendee({ eventId: s.event().id, status: {} }), 'status'],
    ['s.attendee({ eventId, checkedIn: "yes" })', (s: any) => s.attendee({ eventId: s.event().id, checkedIn: 'yes' }), 'checkedIn'],
    ['s.attendee({ eventId, orderId: 5 })', (s: any) => s.attendee({ eventId: s.event().id, orderId: 5 }), 'orderId'],
    ['s.attendee({ eventId, company: 1 })', (s: any) => s.attendee({ eventId: s.event().id, company: 1 }), 'company'],
    ['s.organization({ name: 1 })', (s: any) => s.organization({ name: 1 }), 'name'],
    ['s.webhook({ actions: "order.placed" })', (s: any) => s.webhook({ actions: 'order.placed' }), 'actions'],
    ['s.webhook({ endpointUrl: 1 })', (s: any) => s.webhook({ endpointUrl: 1 }), 'endpointUrl'],
  ])('%s is a ConfigError naming the problem (never a TypeError)', (_label, seed, words) => {
    let error: unknown = null;
    try {
      mock(seed);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(words);
  });
});
