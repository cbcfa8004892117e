/**
 * No silent typos (issue 12.4): every list method checks its params against exactly the filters it honours, vendor
 * inputs are strict, and a typo is a `ValidationError` naming the key (and the key meant) before anything is sent.
 */
import { describe, expect, it } from 'vitest';
import { UnsupportedCapabilityError, ValidationError } from '../../src/core/errors.js';
import { eventScheduleCapabilities } from '../../src/providers/event-schedule/index.js';
import { ES_LIST_FILTERS } from '../../src/providers/event-schedule/endpoints.js';
import { esEvent, fakeVendor, json, makeClient } from './helpers.js';

type Client = ReturnType<typeof makeClient>;

async function refusal(call: (client: Client) => PromiseLike<unknown>): Promise<{ error: ValidationError; sent: number }> {
  const vendor = fakeVendor({ '.*': () => json({ data: esEvent() }) });
  const error = await Promise.resolve(call(makeClient(vendor.fetch, { schedule: 'main' }))).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return { error: error as ValidationError, sent: vendor.calls.length };
}

describe('list params', () => {
  it.each([
    ['orders.list', (c: Client) => c.orders.list({ eventID: 'EvJazz01' } as never), 'eventID', 'eventId'],
    ['orders.list', (c: Client) => c.orders.list({ buyer_email: 'a@b.co' } as never), 'buyer_email', 'buyerEmail'],
    ['attendees.list', (c: Client) => c.attendees.list({ event_id: 'EvJazz01' } as never), 'event_id', 'eventId'],
    ['events.list', (c: Client) => c.events.list({ limt: 5 } as never), 'limt', 'limit'],
    ['eventDates.list', (c: Client) => c.eventDates.list({ eventId: 'EvJazz01', cursr: 'x' } as never), 'cursr', 'cursor'],
    ['ticketTypes.list', (c: Client) => c.ticketTypes.list({ eventId: 'EvJazz01', status: 'paid' } as never), 'status', null],
    ['native.listSales', (c: Client) => c.native.listSales({ eventId: 'EvJazz01' } as never), 'eventId', 'event_id'],
    ['native.listEvents', (c: Client) => c.native.listEvents({ starts_afer: '2026-01-01' } as never), 'starts_afer', 'starts_after'],
    ['native.listSchedules', (c: Client) => c.native.listSchedules({ limit: 10 } as never), 'limit', null],
    ['native.listFeedback', (c: Client) => c.native.listFeedback({ minRating: 4 } as never), 'minRating', 'min_rating'],
    ['native.listFanContent', (c: Client) => c.native.listFanContent({ approved: false } as never), 'approved', 'is_approved'],
  ])('%s refuses %#: an unknown key is named, nothing sent', async (_name, call, key, meant) => {
    const { error, sent } = await refusal(call);
    expect(sent).toBe(0);
    expect(error.fields.map((f) => f.field)).toContain(key);
    if (meant) expect(error.message).toContain(`did you mean "${meant}"`);
  });

  it('capabilities list exactly the filters the normalized lists honour', async () => {
    const vendor = fakeVendor({ 'GET /api/sales': () => json({ data: [], meta: null }), 'GET /api/events/.*': () => json({ data: esEvent() }) });
    const client = makeClient(vendor.fetch);
    const values: Record<string, string> = { eventId: 'EvJazz01', eventDateId: 'EvJazz01', status: 'paid', buyerEmail: 'a@b.co' };
    for (const filter of eventScheduleCapabilities.orders.filters) await client.orders.list({ [filter]: values[filter] });
    for (const filter of eventScheduleCapabilities.attendees.filters) await client.attendees.list({ [filter]: values[filter] });
    expect(vendor.calls.map((c) => Object.keys(c.query).filter((k) => k !== 'page' && k !== 'per_page'))).toEqual([
      ['event_id'],
      ['event_id'],
      ['status'],
      ['email'],
      ['event_id'],
    ]);
  });

  it('updatedSince stays an UnsupportedCapabilityError (a known model filter the vendor lacks), not a typo', async () => {
    const client = makeClient(fakeVendor({}).fetch);
    await expect(client.orders.list({ updatedSince: '2026-01-01T00:00:00Z' })).rejects.toBeInstanceOf(UnsupportedCapabilityError);
    await expect(client.attendees.list({ checkedIn: true })).rejects.toBeInstanceOf(UnsupportedCapabilityError);
  });

  it('the native list filters are the documented query parameters', () => {
    expect(ES_LIST_FILTERS.sales).toEqual(['event_id', 'subdomain', 'status', 'email', 'event_date']);
    expect(ES_LIST_FILTERS.fanContent).toContain('is_approved');
  });
});

describe('vendor inputs', () => {
  const event = { name: 'Jazz', start: '2026-05-01T20:00:00Z', timezone: 'UTC', currency: 'USD' };
  it.each([
    ['event providerOptions', (c: Client) => c.events.create({ ...event, providerOptions: { 'event-schedule': { isDraft: true } } } as never), 'providerOptions.event-schedule.isDraft', 'is_draft'],
    [
      'event providerOptions ticket item',
      (c: Client) => c.events.create({ ...event, providerOptions: { 'event-schedule': { tickets: [{ type: 'VIP', prize: 10 }] } } } as never),
      'providerOptions.event-schedule.tickets.0.prize',
      'price',
    ],
    [
      'event providerOptions ticket id (the server would drop the item)',
      (c: Client) => c.events.update('EvJazz01', { providerOptions: { 'event-schedule': { tickets: [{ id: 'TkVip001', type: 'VIP' }] } } } as never),
      'providerOptions.event-schedule.tickets.0.id',
      null,
    ],
    [
      'ticket type providerOptions',
      (c: Client) => c.ticketTypes.create({ eventId: 'EvJazz01', name: 'VIP', price: null, providerOptions: { 'event-schedule': { sales_start: '2026-01-01 00:00:00' } } } as never),
      'providerOptions.event-schedule.sales_start',
      'sales_start_at',
    ],
    [
      'sale providerOptions',
      (c: Client) =>
        c.orders.create({
          eventId: 'EvJazz01',
          buyer: { name: 'Ada', email: 'ada@example.com' },
          lines: [{ ticketTypeId: 'EvJazz01:TkVip001', quantity: 1 }],
          providerOptions: { 'event-schedule': { eventDate: '2026-03-15' } },
        } as never),
      'providerOptions.event-schedule.eventDate',
      'event_date',
    ],
    [
      'a prototype key in providerOptions',
      (c: Client) => c.events.create({ ...event, providerOptions: { 'event-schedule': JSON.parse('{"__proto__": {"is_draft": true}}') } } as never),
      'providerOptions.event-schedule.__proto__',
      null,
    ],
  ])('%s: a typo is named, nothing sent', async (_name, call, key, meant) => {
    const { error, sent } = await refusal(call);
    expect(sent).toBe(0);
    expect(error.fields.map((f) => f.field)).toContain(key);
    if (meant) expect(error.message).toContain(`did you mean "${meant}"`);
  });

  it('a known vendor field still reaches the wire', async () => {
    const vendor = fakeVendor({ 'POST /api/events/main': () => json({ data: esEvent() }, 201), 'GET /api/schedules/.*': () => json({ error: 'Schedule not found' }, 404) });
    await makeClient(vendor.fetch, { schedule: 'main' }).events.create({ ...event, providerOptions: { 'event-schedule': { is_draft: true, tickets: [{ type: 'VIP', price: 10 }] } } });
    expect(vendor.calls[0]!.body).toMatchObject({ is_draft: true, tickets: [{ type: 'VIP', price: 10 }] });
  });
});
