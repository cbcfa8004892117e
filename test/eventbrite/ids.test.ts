/**
 * Ids at the wire (issue 13.1): every id a user can pass, on every normalized method, every Eventbrite extra and every
 * native method, is checked before anything is sent. A `.`/`..` segment (also percent-encoded, also inside a composite
 * id), a blank or non-string id, a control character, a 100 kB id or a malformed composite id is a `ValidationError`
 * naming the field, and nothing reaches the wire. Eventbrite documents no id syntax beyond "a string, not necessarily
 * numeric" (docs/vendors/eventbrite.md, Ids), so the generic segment rules are the whole rule.
 */
import { describe, expect, it } from 'vitest';
import { ValidationError, type TicketingClient } from '../../src/index.js';
import { EventbriteNative, type EventbriteClient } from '../../src/providers/eventbrite/index.js';
import { json, setup, setupTyped } from './helpers.js';

const HUGE = 'x'.repeat(100_000);

/** Ids that must never reach the wire as a path segment, whatever the method. */
const BAD_SEGMENTS: Array<[label: string, id: unknown]> = [
  ['..', '..'],
  ['.', '.'],
  ['%2e%2e', '%2e%2e'],
  ['%2E%2E', '%2E%2E'],
  ['.%2e', '.%2e'],
  ['empty', ''],
  ['blank', '   '],
  ['a number', 42],
  ['null', null],
  ['undefined', undefined],
  ['an object', { id: '1' }],
  ['a NUL', 'a\u0000b'],
  ['a newline', '1\n2'],
  ['100 kB', HUGE],
];

/** Malformed composite ids of a two-part kind (`<event id>:<ticket class id>`, `<event id>:<attendee id>`). */
const BAD_COMPOSITES: Array<[label: string, id: unknown]> = [
  ['E:..', '5001:..'],
  ['..:T', '..:7'],
  ['E:%2e%2e', '5001:%2e%2e'],
  ['E:.', '5001:.'],
  ['E:', '5001:'],
  [':T', ':7'],
  ['E::T', '5001::7'],
  ['E:T:X', '5001:7:9'],
  ['E: ', '5001: '],
  ['E:NUL', '5001:\u0000'],
  ['E:100kB', `5001:${HUGE}`],
  ['one part', '5001'],
  ['series:..:T', 'series:..:7'],
  ...BAD_SEGMENTS,
];

/** Malformed single ids of a kind that takes one part (order, event date) or an event (one part or `series:<id>`). */
const BAD_SINGLES: Array<[label: string, id: unknown]> = [...BAD_SEGMENTS, ['two parts', '5001:7'], ['series:..', 'series:..'], ['series:', 'series:'], ['E:..', '5001:..']];

type NormalizedCall = [name: string, field: string, ids: Array<[string, unknown]>, run: (tk: TicketingClient, eb: EventbriteClient, id: any) => PromiseLike<unknown>];

const ticketTypeInput = (eventId: unknown) => ({ eventId, name: 'GA', price: null, quantityTotal: 10 });

const normalized: NormalizedCall[] = [
  ['events.get', 'id', BAD_SINGLES, (tk, _eb, id) => tk.events.get(id)],
  ['events.update', 'id', BAD_SINGLES, (tk, _eb, id) => tk.events.update(id, { name: 'New' })],
  ['events.publish', 'id', BAD_SINGLES, (tk, _eb, id) => tk.events.publish(id)],
  ['events.cancel', 'id', BAD_SINGLES, (tk, _eb, id) => tk.events.cancel(id)],
  ['events.delete', 'id', BAD_SINGLES, (tk, _eb, id) => tk.events.delete(id)],
  ['eventDates.get', 'id', BAD_SINGLES, (tk, _eb, id) => tk.eventDates.get(id)],
  ['eventDates.list', 'eventId', BAD_SINGLES, (tk, _eb, id) => tk.eventDates.list({ eventId: id })],
  ['ticketTypes.get', 'id', BAD_COMPOSITES, (tk, _eb, id) => tk.ticketTypes.get(id)],
  ['ticketTypes.update', 'id', BAD_COMPOSITES, (tk, _eb, id) => tk.ticketTypes.update(id, { name: 'VIP' })],
  ['ticketTypes.delete', 'id', BAD_COMPOSITES, (tk, _eb, id) => tk.ticketTypes.delete(id)],
  ['ticketTypes.list', 'eventId', BAD_SINGLES, (tk, _eb, id) => tk.ticketTypes.list({ eventId: id })],
  ['ticketTypes.create', 'eventId', BAD_SINGLES, (tk, _eb, id) => tk.ticketTypes.create(ticketTypeInput(id) as never)],
  ['orders.get', 'id', BAD_SINGLES, (tk, _eb, id) => tk.orders.get(id)],
  ['orders.list (eventId)', 'eventId', BAD_SINGLES, (tk, _eb, id) => tk.orders.list({ eventId: id })],
  ['orders.list (eventDateId)', 'eventDateId', BAD_SINGLES, (tk, _eb, id) => tk.orders.list({ eventDateId: id })],
  ['attendees.get', 'id', BAD_COMPOSITES, (tk, _eb, id) => tk.attendees.get(id)],
  ['attendees.list', 'eventId', BAD_SINGLES, (tk, _eb, id) => tk.attendees.list({ eventId: id })],
  ['unpublishEvent', 'id', BAD_SINGLES, (_tk, eb, id) => eb.unpublishEvent(id)],
  ['copyEvent', 'id', BAD_SINGLES, (_tk, eb, id) => eb.copyEvent(id, { name: 'Copy' })],
];

/** `undefined` where a list filter is optional means "no filter", not a bad id. */
const optionalFilter = new Set(['orders.list (eventId)', 'orders.list (eventDateId)', 'attendees.list']);

function clients() {
  const routes = { 'GET /events/5001/': json({ id: '5001' }) };
  const generic = setup(routes);
  const typed = setupTyped(routes);
  return { tk: generic.tk, eb: typed.eb, seen: () => [...generic.seen, ...typed.seen] };
}

describe('Eventbrite ids: every normalized method and extra refuses a bad id before sending', () => {
  for (const [name, field, ids, run] of normalized) {
    const cases = ids.filter(([label]) => !(label === 'undefined' && optionalFilter.has(name)));
    it.each(cases)(`${name}(%s) is a ValidationError naming ${field}; nothing is sent`, async (_label, id) => {
      const { tk, eb, seen } = clients();
      const error = await Promise.resolve(run(tk, eb, id)).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).provider).toBe('eventbrite');
      expect((error as ValidationError).fields.map((f) => f.field)).toContain(field);
      expect(seen()).toEqual([]);
    });
  }

  it("ticketTypes.delete('<eventId>:..') sends nothing (it used to send DELETE /v3/events/<id>/ and delete the event)", async () => {
    const { tk, seen } = setup({ 'DELETE /events/5001/': json({ deleted: true }) });
    for (const id of ['5001:..', '5001:%2e%2e', '5001:.', '5001:%2E']) {
      await expect(tk.ticketTypes.delete(id)).rejects.toBeInstanceOf(ValidationError);
    }
    expect(seen).toEqual([]);
  });

  it('a series ticket type id keeps its three parts; a series event id its two', async () => {
    const { tk, seen } = setup({
      'GET /events/9/ticket_classes/7/': json({ id: '7', event_id: '9', name: 'GA' }),
      'GET /series/9/': json({ id: '9', is_series_parent: true }),
    });
    await expect(tk.ticketTypes.get('series:9:7')).resolves.toMatchObject({ id: 'series:9:7' });
    await expect(tk.events.get('series:9')).resolves.toMatchObject({ id: 'series:9' });
    expect(seen.map((r) => r.path)).toEqual(['/v3/events/9/ticket_classes/7/', '/v3/series/9/']);
  });

  it('an id with characters that need encoding reaches the wire as exactly one encoded segment', async () => {
    const { tk, seen } = setup({ 'GET /events/690507907-1/attendees/a%2Fb%3F/': json({ id: 'a/b?', event_id: '690507907-1' }) });
    const attendee = await tk.attendees.get('690507907-1:a%2Fb%3F');
    expect(attendee.remoteId).toBe('a/b?');
    expect(seen[0]!.url.pathname).toBe('/v3/events/690507907-1/attendees/a%2Fb%3F/');
  });
});

type NativeCall = [name: string, field: string, run: (n: EventbriteNative, bad: any) => PromiseLike<unknown>];

/** Every native method that takes an id, with the bad id in each id position. */
const native: NativeCall[] = [
  ['getEvent', 'eventId', (n, id) => n.getEvent(id)],
  ['updateEvent', 'eventId', (n, id) => n.updateEvent(id, { event: {} })],
  ['getEventDescription', 'eventId', (n, id) => n.getEventDescription(id)],
  ['publishEvent', 'eventId', (n, id) => n.publishEvent(id)],
  ['unpublishEvent', 'eventId', (n, id) => n.unpublishEvent(id)],
  ['cancelEvent', 'eventId', (n, id) => n.cancelEvent(id)],
  ['copyEvent', 'eventId', (n, id) => n.copyEvent(id)],
  ['deleteEvent', 'eventId', (n, id) => n.deleteEvent(id)],
  ['getSeries', 'seriesId', (n, id) => n.getSeries(id)],
  ['updateSeries', 'seriesId', (n, id) => n.updateSeries(id, { event: {} })],
  ['listSeriesEvents', 'seriesId', (n, id) => n.listSeriesEvents(id)],
  ['createSchedule', 'eventId', (n, id) => n.createSchedule(id, { schedule: { occurrence_duration: 60, recurrence_rule: 'RRULE:FREQ=DAILY' } })],
  ['listVenueEvents', 'venueId', (n, id) => n.listVenueEvents(id)],
  ['getDisplaySettings', 'eventId', (n, id) => n.getDisplaySettings(id)],
  ['updateDisplaySettings', 'eventId', (n, id) => n.updateDisplaySettings(id, { display_settings: {} })],
  ['listTicketClasses', 'eventId', (n, id) => n.listTicketClasses(id)],
  ['listTicketClassesForSale', 'eventId', (n, id) => n.listTicketClassesForSale(id)],
  ['getTicketClass (event)', 'eventId', (n, id) => n.getTicketClass(id, '7')],
  ['getTicketClass (class)', 'ticketClassId', (n, id) => n.getTicketClass('1', id)],
  ['createTicketClass', 'eventId', (n, id) => n.createTicketClass(id, { ticket_class: {} })],
  ['updateTicketClass (event)', 'eventId', (n, id) => n.updateTicketClass(id, '7', { ticket_class: {} })],
  ['updateTicketClass (class)', 'ticketClassId', (n, id) => n.updateTicketClass('1', id, { ticket_class: {} })],
  ['deleteTicketClass (event)', 'eventId', (n, id) => n.deleteTicketClass(id, '7')],
  ['deleteTicketClass (class)', 'ticketClassId', (n, id) => n.deleteTicketClass('1', id)],
  ['listOrganizationTicketClasses (organizationId)', 'organizationId', (n, id) => n.listOrganizationTicketClasses({ organizationId: id })],
  ['listCannedQuestions', 'eventId', (n, id) => n.listCannedQuestions(id)],
  ['createCannedQuestion', 'eventId', (n, id) => n.createCannedQuestion(id, { question: {} })],
  ['getCannedQuestion', 'questionId', (n, id) => n.getCannedQuestion('1', id)],
  ['updateCannedQuestion', 'questionId', (n, id) => n.updateCannedQuestion('1', id, { question: {} })],
  ['deleteCannedQuestion', 'questionId', (n, id) => n.deleteCannedQuestion('1', id)],
  ['listQuestions', 'eventId', (n, id) => n.listQuestions(id)],
  ['createQuestion', 'eventId', (n, id) => n.createQuestion(id, { question: {} })],
  ['getQuestion', 'questionId', (n, id) => n.getQuestion('1', id)],
  ['deleteQuestion', 'questionId', (n, id) => n.deleteQuestion('1', id)],
  ['listEventAttendees', 'eventId', (n, id) => n.listEventAttendees(id)],
  ['getEventAttendee (event)', 'eventId', (n, id) => n.getEventAttendee(id, 'a1')],
  ['getEventAttendee (attendee)', 'attendeeId', (n, id) => n.getEventAttendee('1', id)],
  ['listOrganizationAttendees (organizationId)', 'organizationId', (n, id) => n.listOrganizationAttendees({ organizationId: id })],
  ['listEventOrders', 'eventId', (n, id) => n.listEventOrders(id)],
  ['getOrder', 'orderId', (n, id) => n.getOrder(id)],
  ['listOrganizationOrders (organizationId)', 'organizationId', (n, id) => n.listOrganizationOrders({ organizationId: id })],
  ['listUserOrders (userId)', 'userId', (n, id) => n.listUserOrders({ userId: id })],
  ['listTransfers', 'eventId', (n, id) => n.listTransfers(id)],
  ['listTeams', 'eventId', (n, id) => n.listTeams(id)],
  ['getTeam', 'teamId', (n, id) => n.getTeam('1', id)],
  ['listTeamAttendees', 'teamId', (n, id) => n.listTeamAttendees('1', id)],
  ['createTeam', 'eventId', (n, id) => n.createTeam(id, { public_event_id: '1' })],
  ['checkTeamPassword', 'teamId', (n, id) => n.checkTeamPassword('1', id, { password: 'pw' })],
  ['searchTeams', 'eventId', (n, id) => n.searchTeams(id, { term: 'run' })],
  ['listEventTicketGroups', 'eventId', (n, id) => n.listEventTicketGroups(id)],
  ['listTicketClassTicketGroups', 'ticketClassId', (n, id) => n.listTicketClassTicketGroups('1', id)],
  ['addTicketClassToGroup', 'ticketGroupId', (n, id) => n.addTicketClassToGroup('1', '7', id)],
  ['removeTicketClassFromGroup', 'ticketGroupId', (n, id) => n.removeTicketClassFromGroup('1', '7', id)],
  ['getTicketGroup', 'ticketGroupId', (n, id) => n.getTicketGroup(id)],
  ['updateTicketGroup', 'ticketGroupId', (n, id) => n.updateTicketGroup(id, { ticket_group: {} })],
  ['deleteTicketGroup', 'ticketGroupId', (n, id) => n.deleteTicketGroup(id)],
  ['createTicketGroup (organizationId)', 'organizationId', (n, id) => n.createTicketGroup({ ticket_group: {} }, { organizationId: id })],
  ['listOrganizationTicketGroups (organizationId)', 'organizationId', (n, id) => n.listOrganizationTicketGroups({ organizationId: id })],
  ['setTicketClassTicketGroups (class)', 'ticketClassId', (n, id) => n.setTicketClassTicketGroups('1', id, { ticket_group_ids: [] })],
  ['setTicketClassTicketGroups (organizationId)', 'organizationId', (n, id) => n.setTicketClassTicketGroups('1', '7', { ticket_group_ids: [] }, { organizationId: id })],
  ['getTicketBuyerSettings', 'eventId', (n, id) => n.getTicketBuyerSettings(id)],
  ['updateTicketBuyerSettings', 'eventId', (n, id) => n.updateTicketBuyerSettings(id, { ticket_buyer_settings: {} })],
  ['listDiscounts (organizationId)', 'organizationId', (n, id) => n.listDiscounts({ organizationId: id })],
  ['createDiscount (organizationId)', 'organizationId', (n, id) => n.createDiscount({ discount: {} }, { organizationId: id })],
  ['getDiscount', 'discountId', (n, id) => n.getDiscount(id)],
  ['updateDiscount', 'discountId', (n, id) => n.updateDiscount(id, { discount: {} })],
  ['deleteDiscount', 'discountId', (n, id) => n.deleteDiscount(id)],
  ['listWebhooks (organizationId)', 'organizationId', (n, id) => n.listWebhooks({ organizationId: id })],
  ['createWebhook (organizationId)', 'organizationId', (n, id) => n.createWebhook({ endpoint_url: 'https://example.com/h' }, { organizationId: id })],
  ['deleteWebhook', 'webhookId', (n, id) => n.deleteWebhook(id)],
  ['listEvents (organizationId)', 'organizationId', (n, id) => n.listEvents({ organizationId: id })],
  ['createEvent (organizationId)', 'organizationId', (n, id) => n.createEvent({ event: {} }, { organizationId: id })],
  ['listOrganizations (userId)', 'userId', (n, id) => n.listOrganizations({ userId: id })],
  ['listOrganizationMembers (organizationId)', 'organizationId', (n, id) => n.listOrganizationMembers({ organizationId: id })],
  ['listOrganizationRoles (organizationId)', 'organizationId', (n, id) => n.listOrganizationRoles({ organizationId: id })],
];

/** In a params object, `undefined` means "the default scope": only the positional ids refuse it. */
const inParams = (name: string) => /\((organizationId|userId)\)$/.test(name);

/**
 * A native id is one raw segment (no normalized-id decoding), so `%2e%2e` there is a literal id: it is sent encoded
 * (`%252e%252e`), which no URL parser turns into a dot segment (see the test below). Every other bad id is refused.
 */
const BAD_NATIVE = BAD_SEGMENTS.filter(([label]) => !label.includes('%'));

describe('Eventbrite ids: every native method refuses a bad id before sending', () => {
  for (const [name, field, run] of native) {
    const cases = BAD_NATIVE.filter(([label]) => !(label === 'undefined' && inParams(name)));
    it.each(cases)(`${name}(%s) is a ValidationError naming ${field}; nothing is sent`, async (_label, id) => {
      const { eb, seen } = setupTyped({});
      const error = await Promise.resolve(run(eb.native, id)).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields.map((f) => f.field)).toContain(field);
      expect(seen).toEqual([]);
    });
  }

  it('a raw native id holding %2e%2e is sent as that literal text, encoded, never as a dot segment', async () => {
    const { eb, seen } = setupTyped({ 'GET /events/%252e%252e/': json({ id: '%2e%2e' }) });
    await eb.native.getEvent('%2e%2e');
    expect(seen.map((r) => r.url.pathname)).toEqual(['/v3/events/%252e%252e/']);
  });

  it('the table covers every native method that takes an id', () => {
    const noId = new Set(['constructor', 'organizationId', 'fetchPage', 'getMe']);
    const methods = Object.getOwnPropertyNames(EventbriteNative.prototype).filter(
      (m) => !noId.has(m) && typeof (EventbriteNative.prototype as unknown as Record<string, unknown>)[m] === 'function' && !['list', 'orgPath', 'send', 'createInOrganization', 'resolveFor'].includes(m),
    );
    const covered = new Set(native.map(([name]) => name.split(' ')[0]!));
    expect(methods.filter((m) => !covered.has(m))).toEqual([]);
  });
});
