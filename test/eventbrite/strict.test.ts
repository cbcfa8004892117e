/**
 * No silent typos (issue 12.4) on Eventbrite: every list method, normalized and native, accepts exactly the filters
 * it honours; create/update inputs, `providerOptions.eventbrite`, copy input and native params refuse unknown keys
 * (naming the key and the one meant); a blank filter is refused instead of being sent as "no filter". Nothing is sent.
 */
import { describe, expect, it } from 'vitest';
import { UnsupportedCapabilityError, ValidationError } from '../../src/index.js';
import { eventbriteCapabilities } from '../../src/providers/eventbrite/index.js';
import { ORG, json, page, setup, setupTyped } from './helpers.js';

async function failure(promise: PromiseLike<unknown>): Promise<any> {
  return Promise.resolve(promise).then(
    () => null,
    (e: unknown) => e,
  );
}

function expectTypo(error: any, field: string, meant: string | null) {
  expect(error).toBeInstanceOf(ValidationError);
  const found = error.fields.find((f: { field: string }) => f.field === field);
  expect(found, `fields: ${JSON.stringify(error.fields)}`).toBeDefined();
  if (meant !== null) expect(found.message).toContain(`did you mean "${meant}"`);
}

const listed = {
  [`GET /organizations/${ORG}/orders/`]: page('orders', []),
  [`GET /organizations/${ORG}/attendees/`]: page('attendees', []),
  [`GET /organizations/${ORG}/events/`]: page('events', []),
  'GET /events/1/orders/': page('orders', []),
  'GET /events/1/attendees/': page('attendees', []),
  'GET /events/1/ticket_classes/': page('ticket_classes', []),
  'GET /events/1/': json({ id: '1' }),
};

describe('Eventbrite normalized lists accept exactly the filters they honour', () => {
  it.each([
    ['orders.list', { eventID: '1' }, 'eventID', 'eventId'],
    ['orders.list', { event_id: '1' }, 'event_id', 'eventId'],
    ['orders.list', { buyer_email: 'a@b.co' }, 'buyer_email', 'buyerEmail'],
    ['orders.list', { updatedSnce: '2026-01-01T00:00:00Z' }, 'updatedSnce', 'updatedSince'],
    ['attendees.list', { eventid: '1' }, 'eventid', 'eventId'],
    ['attendees.list', { buyerEmail: 'a@b.co' }, 'buyerEmail', null],
    ['events.list', { eventId: '1' }, 'eventId', null],
    ['events.list', { limt: 5 }, 'limt', 'limit'],
    ['eventDates.list', { eventId: '1', cursr: 'x' }, 'cursr', 'cursor'],
    ['ticketTypes.list', { eventId: '1', evntId: '2' }, 'evntId', 'eventId'],
  ])('%s(%j) is a ValidationError naming %s; nothing is sent', async (method, params, field, meant) => {
    const { tk, seen } = setup(listed);
    const [resource] = method.split('.') as ['orders'];
    const error = await failure(tk[resource].list(params as never));
    expectTypo(error, field, meant);
    expect(seen).toEqual([]);
  });

  it('orders.list and attendees.list honour each filter that capabilities declares (and nothing else)', async () => {
    const values: Record<string, unknown> = { eventId: '1', eventDateId: '1', buyerEmail: 'a@b.co', updatedSince: '2026-01-01T00:00:00Z' };
    for (const [resource, filters] of [
      ['orders', eventbriteCapabilities.orders.filters],
      ['attendees', eventbriteCapabilities.attendees.filters],
    ] as const) {
      for (const filter of filters) {
        const { tk, seen } = setup(listed);
        await tk[resource].list({ [filter]: values[filter] } as never);
        expect(seen, `${resource}.list({ ${filter} })`).toHaveLength(1);
      }
      for (const other of Object.keys(values).filter((k) => !(filters as readonly string[]).includes(k))) {
        const { tk, seen } = setup(listed);
        expectTypo(await failure(tk[resource].list({ [other]: values[other] } as never)), other, null);
        expect(seen).toEqual([]);
      }
    }
    expect(eventbriteCapabilities.orders.filters).toEqual(['eventId', 'eventDateId', 'buyerEmail', 'updatedSince']);
    expect(eventbriteCapabilities.attendees.filters).toEqual(['eventId', 'updatedSince']);
  });

  it('a model filter Eventbrite cannot honour is UnsupportedCapabilityError; left undefined it is no filter', async () => {
    const { tk, seen } = setup(listed);
    await expect(tk.orders.list({ status: 'paid' })).rejects.toBeInstanceOf(UnsupportedCapabilityError);
    await expect(tk.attendees.list({ checkedIn: true })).rejects.toBeInstanceOf(UnsupportedCapabilityError);
    expect(seen).toEqual([]);
    await tk.orders.list({ status: undefined, eventId: '1' });
    await tk.attendees.list({ checkedIn: undefined });
    expect(seen.map((r) => r.path)).toEqual(['/v3/events/1/orders/', `/v3/organizations/${ORG}/attendees/`]);
  });

  it.each([
    ['eventId', ''],
    ['eventId', '   '],
    ['eventDateId', ''],
    ['buyerEmail', ''],
    ['buyerEmail', '  '],
    ['buyerEmail', 'a@b.co,c@d.co'],
    ['updatedSince', ''],
  ])('orders.list({ %s: %j }) is a ValidationError, never an organization-wide listing', async (filter, value) => {
    const { tk, seen } = setup(listed);
    const error = await failure(tk.orders.list({ [filter]: value }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fields.map((f: { field: string }) => f.field)).toContain(filter);
    expect(seen).toEqual([]);
  });

  it('attendees.list({ eventId: "" }) and eventDates.list({}) are ValidationErrors', async () => {
    const { tk, seen } = setup(listed);
    await expect(tk.attendees.list({ eventId: '' })).rejects.toBeInstanceOf(ValidationError);
    await expect(tk.eventDates.list({} as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(tk.ticketTypes.list(undefined as never)).rejects.toBeInstanceOf(ValidationError);
    expect(seen).toEqual([]);
  });
});

describe('Eventbrite inputs are strict', () => {
  const event = { name: 'Gala', start: '2030-01-31T19:00:00Z', end: '2030-01-31T22:00:00Z', timezone: 'Europe/Madrid', currency: 'EUR' };

  it('events.create / update with an unknown key name it and the key meant', async () => {
    const { tk, seen } = setup({});
    expectTypo(await failure(tk.events.create({ ...event, nmae: 'x' } as never)), 'nmae', 'name');
    expectTypo(await failure(tk.events.update('1', { timeZone: 'UTC' } as never)), 'timeZone', 'timezone');
    expect(seen).toEqual([]);
  });

  it('providerOptions.eventbrite is checked against the documented fields, with "did you mean"', async () => {
    const { tk, seen } = setup({});
    const typo = await failure(tk.events.create({ ...event, providerOptions: { eventbrite: { venu_id: '1' } } } as never));
    expectTypo(typo, 'providerOptions.eventbrite.venu_id', 'venue_id');
    const wrongType = await failure(tk.events.create({ ...event, providerOptions: { eventbrite: { listed: 'yes' } } } as never));
    expect(wrongType.fields[0].field).toBe('providerOptions.eventbrite.listed');
    const tcTypo = await failure(
      tk.ticketTypes.create({ eventId: '1', name: 'GA', price: null, quantityTotal: 1, providerOptions: { eventbrite: { hiden: true } } } as never),
    );
    expectTypo(tcTypo, 'providerOptions.eventbrite.hiden', 'hidden');
    const proto = JSON.parse('{"eventbrite": {"__proto__": {"listed": true}}}');
    const poisoned = await failure(tk.events.create({ ...event, providerOptions: proto } as never));
    expect(poisoned).toBeInstanceOf(ValidationError);
    expect(poisoned.fields[0].field).toBe('providerOptions.eventbrite.__proto__');
    expect(seen).toEqual([]);
  });

  it('copyEvent input is strict', async () => {
    const { eb, seen } = setupTyped({});
    expectTypo(await failure(eb.copyEvent('1', { start_date: '2030-01-01T00:00:00Z' } as never)), 'start_date', 'start');
    expect(seen).toEqual([]);
  });
});

describe('Eventbrite native params are strict', () => {
  it.each([
    ['listEvents', (n: any) => n.listEvents({ statuss: 'live' }), 'statuss', 'status'],
    ['listEvents', (n: any) => n.listEvents({ orgId: '1' }), 'orgId', null],
    ['listEventOrders', (n: any) => n.listEventOrders('1', { only_email: ['a@b.co'] }), 'only_email', 'only_emails'],
    ['listEventAttendees', (n: any) => n.listEventAttendees('1', { attendeeIds: ['a'] }), 'attendeeIds', 'attendee_ids'],
    ['listTicketClasses', (n: any) => n.listTicketClasses('1', { expnad: ['event'] }), 'expnad', 'expand'],
    ['listVenueEvents', (n: any) => n.listVenueEvents('1', { status: 'live' }), 'status', null],
    ['listDiscounts', (n: any) => n.listDiscounts({ scop: 'event' }), 'scop', 'scope'],
    ['getEvent', (n: any) => n.getEvent('1', { expnad: ['venue'] }), 'expnad', 'expand'],
    ['getEvent', (n: any) => n.getEvent('1', { expandByType: { evnet: ['venue'] } }), 'evnet', 'event'],
    ['deleteTicketClass', (n: any) => n.deleteTicketClass('1', '2', { break_dependancy: true }), 'break_dependancy', 'break_dependency'],
    ['createEvent', (n: any) => n.createEvent({ event: {} }, { organisationId: '1' }), 'organisationId', 'organizationId'],
  ])('%s with an unknown key is a ValidationError naming it; nothing is sent', async (_name, run, field, meant) => {
    const { eb, seen } = setupTyped({});
    expectTypo(await failure(run(eb.native)), field as string, meant as string | null);
    expect(seen).toEqual([]);
  });

  it.each([
    ['event_id: ""', (n: any) => n.listOrganizationTicketClasses({ event_id: '' }), 'event_id'],
    ['event_ids: []', (n: any) => n.listOrganizationTicketClasses({ event_ids: [] }), 'event_ids'],
    ['attendee_ids: ["a", " "]', (n: any) => n.listEventAttendees('1', { attendee_ids: ['a', ' '] }), 'attendee_ids'],
    ['only_emails: [""]', (n: any) => n.listEventOrders('1', { only_emails: [''] }), 'only_emails'],
    ['status: null', (n: any) => n.listEvents({ status: null }), 'status'],
    ['term: "  "', (n: any) => n.searchTeams('1', { term: '  ' }), 'term'],
    ['expand: [""]', (n: any) => n.getEvent('1', { expand: [''] }), 'expand'],
  ])('a blank filter (%s) is refused instead of being sent as no filter', async (_label, run, field) => {
    const { eb, seen } = setupTyped({});
    const error = await failure(run(eb.native));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fields.map((f: { field: string }) => f.field)).toContain(field);
    expect(seen).toEqual([]);
  });

  it('undocumented venue and discount filters go, on purpose, in extraQuery', async () => {
    const { eb, seen } = setupTyped({
      'GET /venues/v1/events/': page('events', []),
      [`GET /organizations/${ORG}/discounts/`]: page('discounts', []),
    });
    await eb.native.listVenueEvents('v1', { extraQuery: { status: 'live' } });
    await eb.native.listDiscounts({ scope: 'event', extraQuery: { code_filter: 'TEN' } });
    expect(seen.map((r) => r.query)).toEqual([{ status: 'live' }, { scope: 'event', code_filter: 'TEN' }]);
  });
});
