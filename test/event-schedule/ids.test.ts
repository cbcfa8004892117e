/**
 * Ids at the wire (issue 13.1): every id a caller can pass, on every normalized method and every native method, is
 * checked before anything is sent. A dot segment, a blank or non-string id, a control character, a 100 kB id, a
 * character outside the vendor's id syntax or a malformed composite id is a `ValidationError` naming the field, and
 * the vendor sees nothing.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, ValidationError } from '../../src/core/errors.js';
import { createEventScheduleClient } from '../../src/providers/event-schedule/index.js';
import { esEvent, esSale, fakeVendor, json, KEY, makeClient } from './helpers.js';

type Client = ReturnType<typeof makeClient>;
type Call = (client: Client, id: unknown) => PromiseLike<unknown> | AsyncIterable<unknown>;

/** Ids no record id may be: the generic rules, then the vendor's syntax (Sqids letters and digits). */
const BAD_RECORD_IDS: Array<[string, unknown]> = [
  ['dot-dot', '..'],
  ['dot', '.'],
  ['percent-encoded dot-dot', '%2e%2e'],
  ['a composite with a dot-dot part', 'E:..'],
  ['empty', ''],
  ['blank', '   '],
  ['a number', 42],
  ['null', null],
  ['an object', { id: 'EvJazz01' }],
  ['100 kB', 'x'.repeat(100_000)],
  ['a control character', 'Ev\u0000Jazz'],
  ['a newline', 'EvJazz01\n'],
  ['a query', 'EvJazz01?x=1'],
  ['a fragment', 'EvJazz01#x'],
  ['a space', 'Ev Jazz'],
  ['a backslash', 'Ev\\Jazz'],
];

/** Composite ids that are malformed whatever their parts. */
const BAD_COMPOSITES: Array<[string, unknown]> = [
  ['dot-dot part', 'EvJazz01:..'],
  ['percent dot-dot part', 'EvJazz01:%2e%2e'],
  ['dot-dot event part', '..:TkVip001'],
  ['empty part', 'EvJazz01:'],
  ['three parts', 'EvJazz01:TkVip001:x'],
  ['just a colon', ':'],
  ['blank', '  '],
  ['a number', 42],
  ['null', null],
  ['100 kB', `EvJazz01:${'x'.repeat(100_000)}`],
  ['a control character', 'EvJazz01:Tk\u0007'],
  ['a bad percent escape', 'EvJazz01:%E0%A4%A'],
];

/** Each normalized method that takes a record id (the value under test goes where the id goes). */
const RECORD_ID_CALLS: Array<[string, string, Call]> = [
  ['events.get', 'id', (c, id) => c.events.get(id as string)],
  ['events.update', 'id', (c, id) => c.events.update(id as string, { name: 'Renamed' })],
  ['events.publish', 'id', (c, id) => c.events.publish(id as string)],
  ['events.delete', 'id', (c, id) => c.events.delete(id as string)],
  ['eventDates.list', 'eventId', (c, id) => c.eventDates.list({ eventId: id as string })],
  ['ticketTypes.list', 'eventId', (c, id) => c.ticketTypes.list({ eventId: id as string })],
  ['ticketTypes.create', 'eventId', (c, id) => c.ticketTypes.create({ eventId: id as string, name: 'VIP', price: null })],
  ['orders.get', 'id', (c, id) => c.orders.get(id as string)],
  ['orders.markPaid', 'id', (c, id) => c.orders.markPaid(id as string)],
  ['orders.refund', 'id', (c, id) => c.orders.refund(id as string)],
  ['orders.cancel', 'id', (c, id) => c.orders.cancel(id as string)],
  ['orders.delete', 'id', (c, id) => c.orders.delete(id as string)],
  ['orders.list({ eventId })', 'eventId', (c, id) => c.orders.list({ eventId: id as string })],
  ['attendees.list({ eventId })', 'eventId', (c, id) => c.attendees.list({ eventId: id as string })],
  [
    'orders.create({ eventId })',
    'eventId',
    (c, id) => c.orders.create({ eventId: id as string, buyer: { name: 'Ada', email: 'ada@example.com' }, lines: [{ ticketTypeId: 'EvJazz01:TkVip001', quantity: 1 }] }),
  ],
  ['native.getEvent', 'id', (c, id) => c.native.getEvent(id as string)],
  ['native.updateEvent', 'id', (c, id) => c.native.updateEvent(id as string, { name: 'x' })],
  ['native.deleteEvent', 'id', (c, id) => c.native.deleteEvent(id as string)],
  ['native.uploadFlyer', 'eventId', (c, id) => c.native.uploadFlyer(id as string, new Uint8Array([1]), 'flyer.png')],
  ['native.getSale', 'id', (c, id) => c.native.getSale(id as string)],
  ['native.updateSale', 'id', (c, id) => c.native.updateSale(id as string, { action: 'mark_paid' })],
  ['native.markSalePaid', 'id', (c, id) => c.native.markSalePaid(id as string)],
  ['native.refundSale', 'id', (c, id) => c.native.refundSale(id as string)],
  ['native.cancelSale', 'id', (c, id) => c.native.cancelSale(id as string)],
  ['native.deleteSale', 'id', (c, id) => c.native.deleteSale(id as string)],
  ['native.createSale({ event_id })', 'event_id', (c, id) => c.native.createSale({ event_id: id as string, name: 'Ada', email: 'ada@example.com', tickets: { TkVip001: 1 } })],
  ['native.updateGroup (group id)', 'groupId', (c, id) => c.native.updateGroup('main', id as string, { name: 'x' })],
  ['native.deleteGroup (group id)', 'groupId', (c, id) => c.native.deleteGroup('main', id as string)],
  ['native.listSales({ event_id })', 'event_id', (c, id) => c.native.listSales({ event_id: id as string })],
  ['native.listEvents({ venue_id })', 'venue_id', (c, id) => c.native.listEvents({ venue_id: id as string })],
  ['native.listEvents({ group_id })', 'group_id', (c, id) => c.native.listEvents({ group_id: id as string })],
  ['native.listFeedback({ event_id })', 'event_id', (c, id) => c.native.listFeedback({ event_id: id as string })],
  ['native.listFanContent({ event_id })', 'event_id', (c, id) => c.native.listFanContent({ event_id: id as string })],
];

/** Each method that takes a schedule subdomain. */
const SUBDOMAIN_CALLS: Array<[string, string, Call]> = [
  ['native.getSchedule', 'subdomain', (c, s) => c.native.getSchedule(s as string)],
  ['native.updateSchedule', 'subdomain', (c, s) => c.native.updateSchedule(s as string, { name: 'x' })],
  ['native.deleteSchedule', 'subdomain', (c, s) => c.native.deleteSchedule(s as string)],
  ['native.listGroups', 'subdomain', (c, s) => c.native.listGroups(s as string)],
  ['native.createGroup', 'subdomain', (c, s) => c.native.createGroup(s as string, { name: 'x' })],
  ['native.updateGroup (subdomain)', 'subdomain', (c, s) => c.native.updateGroup(s as string, 'GrAbc123', { name: 'x' })],
  ['native.createEvent', 'subdomain', (c, s) => c.native.createEvent(s as string, { name: 'x', starts_at: '2026-05-01 10:00:00' })],
  ['native.listCategories', 'subdomain', (c, s) => c.native.listCategories(s as string)],
  ['native.listSales({ subdomain })', 'subdomain', (c, s) => c.native.listSales({ subdomain: s as string })],
  [
    'events.create (providerOptions subdomain)',
    'providerOptions.event-schedule.subdomain',
    (c, s) =>
      c.events.create({
        name: 'x',
        start: '2026-05-01T10:00:00Z',
        timezone: 'UTC',
        currency: 'USD',
        providerOptions: { 'event-schedule': { subdomain: s as string } },
      }),
  ],
];

const BAD_SUBDOMAINS: Array<[string, unknown]> = [
  ['dot-dot', '..'],
  ['a path', 'main/../events'],
  ['a leading hyphen', '-main'],
  ['an underscore', 'main_hall'],
  ['blank', ' '],
  ['a number', 7],
  ['100 kB', 'm'.repeat(100_000)],
];

/** Each method that takes a composite id, with the field its error names. */
const COMPOSITE_CALLS: Array<[string, string, Call]> = [
  ['ticketTypes.get', 'id', (c, id) => c.ticketTypes.get(id as string)],
  ['ticketTypes.update', 'id', (c, id) => c.ticketTypes.update(id as string, { name: 'x' })],
  ['ticketTypes.delete', 'id', (c, id) => c.ticketTypes.delete(id as string)],
  ['attendees.get', 'id', (c, id) => c.attendees.get(id as string)],
  [
    'orders.create (lines.0.ticketTypeId)',
    'lines.0.ticketTypeId',
    (c, id) => c.orders.create({ eventId: 'EvJazz01', buyer: { name: 'Ada', email: 'ada@example.com' }, lines: [{ ticketTypeId: id as string, quantity: 1 }] }),
  ],
];

/** Event date ids: the event's own id or `eventId:YYYY-MM-DD`. */
const EVENT_DATE_CALLS: Array<[string, string, Call]> = [
  ['eventDates.get', 'id', (c, id) => c.eventDates.get(id as string)],
  ['orders.list({ eventDateId })', 'eventDateId', (c, id) => c.orders.list({ eventDateId: id as string })],
  [
    'orders.create({ eventDateId })',
    'eventDateId',
    (c, id) =>
      c.orders.create({
        eventId: 'EvJazz01',
        eventDateId: id as string,
        buyer: { name: 'Ada', email: 'ada@example.com' },
        lines: [{ ticketTypeId: 'EvJazz01:TkVip001', quantity: 1 }],
      }),
  ],
];
const BAD_EVENT_DATES: Array<[string, unknown]> = [
  ['dot-dot', '..'],
  ['a dot-dot date', 'EvJazz01:..'],
  ['not a date', 'EvJazz01:tomorrow'],
  ['an impossible date', 'EvJazz01:2026-02-31'],
  ['empty', ''],
  ['a number', 20260315],
];

/** Settles a call (a list is awaited as its first page). */
async function settle(call: PromiseLike<unknown> | AsyncIterable<unknown>): Promise<unknown> {
  return call as PromiseLike<unknown>;
}

async function expectRefused(call: Call, value: unknown, field: string): Promise<void> {
  const vendor = fakeVendor({ '.*': () => json({ data: esEvent() }) });
  const client = makeClient(vendor.fetch, { schedule: 'main' });
  const error = await Promise.resolve(settle(call(client, value))).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the call must be refused').toBeInstanceOf(ValidationError);
  expect((error as ValidationError).provider).toBe('event-schedule');
  expect((error as ValidationError).fields.map((f) => f.field)).toContain(field);
  expect(vendor.calls, 'nothing may be sent').toEqual([]);
}

describe('record ids', () => {
  for (const [method, field, call] of RECORD_ID_CALLS) {
    it.each(BAD_RECORD_IDS)(`${method}: %s is a ValidationError naming ${field}, nothing sent`, async (_name, value) => {
      await expectRefused(call, value, field);
    });
  }
});

describe('schedule subdomains', () => {
  for (const [method, field, call] of SUBDOMAIN_CALLS) {
    it.each(BAD_SUBDOMAINS)(`${method}: %s is a ValidationError naming ${field}, nothing sent`, async (_name, value) => {
      await expectRefused(call, value, field);
    });
  }

  it('a config `schedule` that is not a subdomain is a ConfigError at creation', () => {
    for (const schedule of ['..', 'main/x', '', ' ', 'a b']) {
      expect(() => createEventScheduleClient({ apiKey: KEY, schedule })).toThrow(ConfigError);
    }
  });
});

describe('composite ids', () => {
  for (const [method, field, call] of COMPOSITE_CALLS) {
    it.each(BAD_COMPOSITES)(`${method}: %s is a ValidationError naming ${field}, nothing sent`, async (_name, value) => {
      await expectRefused(call, value, field);
    });
  }

  it.each([['zero', 'SaOne001:0'], ['not a number', 'SaOne001:first'], ['negative', 'SaOne001:-1'], ['a fraction', 'SaOne001:1.5']])(
    'attendees.get: a ticket unit that is %s is a ValidationError',
    async (_name, value) => {
      await expectRefused((c, id) => c.attendees.get(id as string), value, 'id');
    },
  );

  for (const [method, field, call] of EVENT_DATE_CALLS) {
    it.each(BAD_EVENT_DATES)(`${method}: %s is a ValidationError naming ${field}, nothing sent`, async (_name, value) => {
      await expectRefused(call, value, field);
    });
  }
});

describe('filters never widen a listing', () => {
  it.each([
    ['orders.list', (c: Client) => c.orders.list({ eventId: '' })],
    ['orders.list', (c: Client) => c.orders.list({ eventId: '  ' })],
    ['orders.list', (c: Client) => c.orders.list({ eventDateId: '' })],
    ['attendees.list', (c: Client) => c.attendees.list({ eventId: '' })],
    ['native.listSales', (c: Client) => c.native.listSales({ event_id: '' })],
  ] as const)('%s with an empty id filter is refused', async (_name, call) => {
    await expectRefused(call as Call, undefined, (call.toString().match(/(eventDateId|eventId|event_id)/) ?? [])[1]!);
  });
});

describe('valid ids reach exactly the path they spell', () => {
  it('a record id is sent as one encoded segment (legacy base64 characters included)', async () => {
    const vendor = fakeVendor({ 'GET /api/sales/.*': () => json({ data: esSale() }), 'GET /api/events/.*': () => json({ data: esEvent() }) });
    const client = makeClient(vendor.fetch);
    await client.native.getSale('Ab+c/d=');
    await client.native.getEvent('EvJazz01');
    expect(vendor.calls.map((c) => c.url.pathname)).toEqual(['/api/sales/Ab%2Bc%2Fd%3D', '/api/events/EvJazz01']);
  });

  it('composite ids route to their event and sale', async () => {
    const vendor = fakeVendor({ 'GET /api/events/EvJazz01': () => json({ data: esEvent() }), 'GET /api/sales/SaOne001': () => json({ data: esSale() }) });
    const client = makeClient(vendor.fetch);
    const ticketType = await client.ticketTypes.get('EvJazz01:TkVip001');
    const attendee = await client.attendees.get('SaOne001:3');
    expect([ticketType.remoteId, attendee.id]).toEqual(['TkVip001', 'SaOne001:3']);
    expect(vendor.calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /api/events/EvJazz01', 'GET /api/sales/SaOne001']);
  });
});
