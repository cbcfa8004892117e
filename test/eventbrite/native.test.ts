/** The native layer (`client.native`): every endpoint's method, path, query and body at the wire. */
import { describe, expect, it } from 'vitest';
import type { EventbriteNative } from '../../src/providers/eventbrite/index.js';
import { ORG, fixture, json, setupTyped, type SeenRequest } from './helpers.js';

const event = fixture('event.json');
const tc = fixture('ticket-class-free.json');
const order = fixture('order.json');
const attendee = fixture('attendees-page.json').attendees[0];
const emptyPage = (key: string) => ({ pagination: { page_number: 1, has_more_items: false }, [key]: [] });

/** Answers any request with a body that fits what the path returns. */
function answer(req: SeenRequest): Response {
  const path = req.path.replace(/^\/v3/, '');
  const listKey = (
    [
      [/\/organizations\/$/, 'organizations'],
      [/\/members\/$/, 'members'],
      [/\/roles\/$/, 'roles'],
      [/\/events\/$/, 'events'],
      [/\/ticket_classes\/(for_sale\/)?$/, 'ticket_classes'],
      [/questions\/$/, 'questions'],
      [/\/attendees\/$/, 'attendees'],
      [/\/orders\/$/, 'orders'],
      [/\/transfers\/$/, 'transfers'],
      [/\/teams\/(search\/)?$/, 'teams'],
      [/\/ticket_groups\/$/, 'ticket_groups'],
      [/\/discounts\/$/, 'discounts'],
      [/\/webhooks\/$/, 'webhooks'],
    ] as Array<[RegExp, string]>
  ).find(([re]) => re.test(path))?.[1];
  if (req.method === 'GET' && listKey) return json(emptyPage(listKey));
  if (req.method === 'DELETE') return json({ deleted: true });
  if (/\/publish\/$/.test(path)) return json({ published: true });
  if (/\/unpublish\/$/.test(path)) return json({ unpublished: true });
  if (/\/cancel\/$/.test(path)) return json({ canceled: true });
  if (path.startsWith('/users/me/')) return json({ id: '1', name: 'Me', emails: [{ email: 'me@example.com', verified: true, primary: true }] });
  if (/ticket_classes\/[^/]+\/$/.test(path) || /ticket_classes\/$/.test(path)) return json(tc);
  if (/\/ticket_groups\//.test(path) && req.method === 'POST' && /ticket_classes/.test(path)) return new Response(null, { status: 204 });
  if (/\/ticket_groups\//.test(path)) return json({ id: 'g1', name: 'Group', status: 'live', event_ticket_ids: { '1': ['2'] } });
  if (/questions\//.test(path)) return json({ question: { id: 'q1', question: { text: 'Why?', html: 'Why?' }, type: 'text', required: false } });
  if (/\/attendees\/[^/]+\/$/.test(path)) return json(attendee);
  if (/^\/orders\//.test(path)) return json(order);
  if (/display_settings/.test(path)) return json({ show_start_date: true, terminology: 'tickets_vertical' });
  if (/ticket_buyer_settings/.test(path)) return json({ event_id: '1', refund_request_enabled: false, redirect_url: null });
  if (/description\/$/.test(path)) return json({ description: '<p>Hi</p>' });
  if (/schedules\/$/.test(path)) return json({ id: 's1', occurrence_duration: 3600, recurrence_rule: 'RRULE:FREQ=WEEKLY;COUNT=3', created_event_ids: [11, 12] });
  if (/discounts\//.test(path)) return json({ id: 'd1', type: 'coded', code: 'TEN', percent_off: '10.00' });
  if (/webhooks\/$/.test(path)) return json({ id: 'w1', endpoint_url: 'https://example.com/hook', actions: ['order.placed'] });
  if (/teams\//.test(path)) return json({ id: 't1', name: 'Team', token: 'x' });
  return json(event);
}

type Call = [name: string, run: (n: EventbriteNative) => PromiseLike<unknown>, method: string, path: string, extra?: { query?: Record<string, string>; body?: unknown }];

const calls: Call[] = [
  ['getMe', (n) => n.getMe(), 'GET', '/users/me/'],
  ['listOrganizations', (n) => n.listOrganizations(), 'GET', '/users/me/organizations/'],
  ['listOrganizationMembers', (n) => n.listOrganizationMembers(), 'GET', `/organizations/${ORG}/members/`],
  ['listOrganizationRoles', (n) => n.listOrganizationRoles(), 'GET', `/organizations/${ORG}/roles/`],
  [
    'listEvents',
    (n) => n.listEvents({ status: ['live', 'draft'], order_by: 'start_asc', expand: ['organizer', 'venue'], time_filter: 'current_future', limit: 20 }),
    'GET',
    `/organizations/${ORG}/events/`,
    { query: { status: 'live,draft', order_by: 'start_asc', expand: 'organizer,venue', time_filter: 'current_future', page_size: '20' } },
  ],
  ['listEvents (explicit org)', (n) => n.listEvents({ organizationId: '77' }), 'GET', '/organizations/77/events/'],
  [
    'createEvent',
    (n) => n.createEvent({ event: { name: { html: 'A' }, currency: 'USD' } }),
    'POST',
    `/organizations/${ORG}/events/`,
    { body: { event: { name: { html: 'A' }, currency: 'USD' } } },
  ],
  ['getEvent', (n) => n.getEvent('1', { expand: ['ticket_availability', 'organizer.logo' as 'organizer'] }), 'GET', '/events/1/', { query: { expand: 'ticket_availability,organizer.logo' } }],
  ['getEvent (expansions v2)', (n) => n.getEvent('1', { expandByType: { event: ['venue'] } }), 'GET', '/events/1/', { query: { 'expand.event': 'venue' } }],
  ['updateEvent', (n) => n.updateEvent('1', { event: { listed: false } }), 'POST', '/events/1/', { body: { event: { listed: false } } }],
  ['getEventDescription', (n) => n.getEventDescription('1'), 'GET', '/events/1/description/'],
  ['publishEvent', (n) => n.publishEvent('1'), 'POST', '/events/1/publish/'],
  ['unpublishEvent', (n) => n.unpublishEvent('1'), 'POST', '/events/1/unpublish/'],
  ['cancelEvent', (n) => n.cancelEvent('1'), 'POST', '/events/1/cancel/'],
  ['copyEvent', (n) => n.copyEvent('1', { name: 'B', timezone: 'UTC' }), 'POST', '/events/1/copy/', { body: { name: 'B', timezone: 'UTC' } }],
  ['deleteEvent', (n) => n.deleteEvent('1'), 'DELETE', '/events/1/'],
  ['getSeries', (n) => n.getSeries('9', { expand: ['series_dates'] }), 'GET', '/series/9/', { query: { expand: 'series_dates' } }],
  ['updateSeries', (n) => n.updateSeries('9', { event: { summary: 's' } }), 'POST', '/series/9/', { body: { event: { summary: 's' } } }],
  ['listSeriesEvents', (n) => n.listSeriesEvents('9', { time_filter: 'past' }), 'GET', '/series/9/events/', { query: { time_filter: 'past' } }],
  [
    'createSchedule',
    (n) => n.createSchedule('9', { schedule: { occurrence_duration: 3600, recurrence_rule: 'RRULE:FREQ=WEEKLY;COUNT=3' } }),
    'POST',
    '/events/9/schedules/',
    { body: { schedule: { occurrence_duration: 3600, recurrence_rule: 'RRULE:FREQ=WEEKLY;COUNT=3' } } },
  ],
  ['listVenueEvents', (n) => n.listVenueEvents('v1'), 'GET', '/venues/v1/events/'],
  ['getDisplaySettings', (n) => n.getDisplaySettings('1'), 'GET', '/events/1/display_settings/'],
  [
    'updateDisplaySettings',
    (n) => n.updateDisplaySettings('1', { display_settings: { show_map: false } }),
    'POST',
    '/events/1/display_settings/',
    { body: { display_settings: { show_map: false } } },
  ],
  ['listTicketClasses', (n) => n.listTicketClasses('1', { pos: 'online', include_holds: true }), 'GET', '/events/1/ticket_classes/', { query: { pos: 'online', include_holds: 'true' } }],
  ['listTicketClassesForSale', (n) => n.listTicketClassesForSale('1', { code: 'PROMO' }), 'GET', '/events/1/ticket_classes/for_sale/', { query: { code: 'PROMO' } }],
  ['getTicketClass', (n) => n.getTicketClass('1', '2'), 'GET', '/events/1/ticket_classes/2/'],
  [
    'createTicketClass',
    (n) => n.createTicketClass('1', { ticket_class: { name: 'GA', cost: 'USD,4500', quantity_total: 10 } }),
    'POST',
    '/events/1/ticket_classes/',
    { body: { ticket_class: { name: 'GA', cost: 'USD,4500', quantity_total: 10 } } },
  ],
  ['updateTicketClass', (n) => n.updateTicketClass('1', '2', { ticket_class: { hidden: true } }), 'POST', '/events/1/ticket_classes/2/', { body: { ticket_class: { hidden: true } } }],
  ['deleteTicketClass', (n) => n.deleteTicketClass('1', '2', { break_dependency: true }), 'DELETE', '/events/1/ticket_classes/2/', { query: { break_dependency: 'true' } }],
  ['listOrganizationTicketClasses', (n) => n.listOrganizationTicketClasses({ visibility: 'HIDDEN', limit: 10 }), 'GET', `/organizations/${ORG}/ticket_classes/`, { query: { visibility: 'HIDDEN', page_size: '10' } }],
  ['listCannedQuestions', (n) => n.listCannedQuestions('1', { as_owner: true }), 'GET', '/events/1/canned_questions/', { query: { as_owner: 'true' } }],
  [
    'createCannedQuestion',
    (n) => n.createCannedQuestion('1', { question: { canned_type: 'job_title', required: true } }),
    'POST',
    '/events/1/canned_questions/',
    { body: { question: { canned_type: 'job_title', required: true } } },
  ],
  ['getCannedQuestion', (n) => n.getCannedQuestion('1', 'q1'), 'GET', '/events/1/canned_questions/q1/'],
  ['updateCannedQuestion', (n) => n.updateCannedQuestion('1', 'q1', { question: { required: false } }), 'POST', '/events/1/canned_questions/q1/'],
  ['deleteCannedQuestion', (n) => n.deleteCannedQuestion('1', 'q1'), 'DELETE', '/events/1/canned_questions/q1/'],
  ['listQuestions', (n) => n.listQuestions('1'), 'GET', '/events/1/questions/'],
  [
    'createQuestion',
    (n) => n.createQuestion('1', { question: { question: { html: 'T-shirt size?' }, type: 'dropdown', choices: [{ answer: { html: 'M' } }] } }),
    'POST',
    '/events/1/questions/',
    { body: { question: { question: { html: 'T-shirt size?' }, type: 'dropdown', choices: [{ answer: { html: 'M' } }] } } },
  ],
  ['getQuestion', (n) => n.getQuestion('1', 'q1'), 'GET', '/events/1/questions/q1/'],
  ['deleteQuestion', (n) => n.deleteQuestion('1', 'q1'), 'DELETE', '/events/1/questions/q1/'],
  [
    'listEventAttendees',
    (n) => n.listEventAttendees('1', { status: 'attending', changed_since: '2026-01-01T00:00:00Z', attendee_ids: ['a', 'b'] }),
    'GET',
    '/events/1/attendees/',
    { query: { status: 'attending', changed_since: '2026-01-01T00:00:00Z', attendee_ids: 'a,b' } },
  ],
  ['getEventAttendee', (n) => n.getEventAttendee('1', '690507907-1', { expand: ['order'] }), 'GET', '/events/1/attendees/690507907-1/', { query: { expand: 'order' } }],
  ['listOrganizationAttendees', (n) => n.listOrganizationAttendees({ status: 'not_attending' }), 'GET', `/organizations/${ORG}/attendees/`, { query: { status: 'not_attending' } }],
  [
    'listEventOrders',
    (n) => n.listEventOrders('1', { status: 'all', only_emails: ['a@b.co'], refund_request_statuses: ['pending'] }),
    'GET',
    '/events/1/orders/',
    { query: { status: 'all', only_emails: 'a@b.co', refund_request_statuses: 'pending' } },
  ],
  ['getOrder', (n) => n.getOrder('12345', { expand: ['event', 'attendees'] }), 'GET', '/orders/12345/', { query: { expand: 'event,attendees' } }],
  ['listOrganizationOrders', (n) => n.listOrganizationOrders({ changed_since: '2026-01-01T00:00:00Z' }), 'GET', `/organizations/${ORG}/orders/`, { query: { changed_since: '2026-01-01T00:00:00Z' } }],
  ['listUserOrders', (n) => n.listUserOrders({ time_filter: 'past' }), 'GET', '/users/me/orders/', { query: { time_filter: 'past' } }],
  ['listTransfers', (n) => n.listTransfers('1'), 'GET', '/events/1/transfers/'],
  ['listTeams', (n) => n.listTeams('1'), 'GET', '/events/1/teams/'],
  ['getTeam', (n) => n.getTeam('1', 't1'), 'GET', '/events/1/teams/t1/'],
  ['listTeamAttendees', (n) => n.listTeamAttendees('1', 't1'), 'GET', '/events/1/teams/t1/attendees/'],
  ['createTeam', (n) => n.createTeam('1', { public_event_id: '1', name: 'Runners' }), 'POST', '/events/1/teams/create/', { body: { public_event_id: '1', name: 'Runners' } }],
  ['checkTeamPassword', (n) => n.checkTeamPassword('1', 't1', { password: 'pw' }), 'POST', '/events/1/teams/t1/check_password/', { body: { password: 'pw' } }],
  ['searchTeams', (n) => n.searchTeams('1', { term: 'run' }), 'GET', '/events/1/teams/search/', { query: { term: 'run' } }],
  ['listEventTicketGroups', (n) => n.listEventTicketGroups('1', { status: 'all', expand: ['tickets'] }), 'GET', '/events/1/ticket_groups/', { query: { status: 'all', expand: 'tickets' } }],
  ['listTicketClassTicketGroups', (n) => n.listTicketClassTicketGroups('1', '2'), 'GET', '/events/1/ticket_classes/2/ticket_groups/'],
  ['addTicketClassToGroup', (n) => n.addTicketClassToGroup('1', '2', 'g1'), 'POST', '/events/1/ticket_classes/2/ticket_groups/g1/'],
  ['removeTicketClassFromGroup', (n) => n.removeTicketClassFromGroup('1', '2', 'g1'), 'DELETE', '/events/1/ticket_classes/2/ticket_groups/g1/'],
  ['getTicketGroup', (n) => n.getTicketGroup('g1'), 'GET', '/ticket_groups/g1/'],
  ['updateTicketGroup', (n) => n.updateTicketGroup('g1', { ticket_group: { name: 'VIPs' } }), 'POST', '/ticket_groups/g1/', { body: { ticket_group: { name: 'VIPs' } } }],
  ['deleteTicketGroup', (n) => n.deleteTicketGroup('g1'), 'DELETE', '/ticket_groups/g1/'],
  ['createTicketGroup', (n) => n.createTicketGroup({ ticket_group: { name: 'G', status: 'live' } }), 'POST', `/organizations/${ORG}/ticket_groups/`, { body: { ticket_group: { name: 'G', status: 'live' } } }],
  ['listOrganizationTicketGroups', (n) => n.listOrganizationTicketGroups({ status: 'archived' }), 'GET', `/organizations/${ORG}/ticket_groups/`, { query: { status: 'archived' } }],
  [
    'setTicketClassTicketGroups',
    (n) => n.setTicketClassTicketGroups('1', '2', { ticket_group_ids: ['g1'] }),
    'POST',
    `/organizations/${ORG}/events/1/ticket_classes/2/ticket_groups/`,
    { body: { ticket_group_ids: ['g1'] } },
  ],
  ['getTicketBuyerSettings', (n) => n.getTicketBuyerSettings('1'), 'GET', '/events/1/ticket_buyer_settings/'],
  [
    'updateTicketBuyerSettings',
    (n) => n.updateTicketBuyerSettings('1', { ticket_buyer_settings: { confirmation_message: { html: '<p>Thanks</p>' } } }),
    'POST',
    '/events/1/ticket_buyer_settings/',
    { body: { ticket_buyer_settings: { confirmation_message: { html: '<p>Thanks</p>' } } } },
  ],
  ['listDiscounts', (n) => n.listDiscounts({ scope: 'event' }), 'GET', `/organizations/${ORG}/discounts/`, { query: { scope: 'event' } }],
  ['createDiscount', (n) => n.createDiscount({ discount: { type: 'coded', code: 'TEN', percent_off: '10' } }), 'POST', `/organizations/${ORG}/discounts/`, { body: { discount: { type: 'coded', code: 'TEN', percent_off: '10' } } }],
  ['getDiscount', (n) => n.getDiscount('d1'), 'GET', '/discounts/d1/'],
  ['updateDiscount', (n) => n.updateDiscount('d1', { discount: { code: 'TWENTY' } }), 'POST', '/discounts/d1/'],
  ['deleteDiscount', (n) => n.deleteDiscount('d1'), 'DELETE', '/discounts/d1/'],
  ['listWebhooks', (n) => n.listWebhooks(), 'GET', `/organizations/${ORG}/webhooks/`],
  [
    'createWebhook',
    (n) => n.createWebhook({ endpoint_url: 'https://example.com/hook', actions: 'order.placed,event.published' }),
    'POST',
    `/organizations/${ORG}/webhooks/`,
    { body: { endpoint_url: 'https://example.com/hook', actions: 'order.placed,event.published' } },
  ],
  ['deleteWebhook', (n) => n.deleteWebhook('w1'), 'DELETE', '/webhooks/w1/'],
];

describe('Eventbrite native layer', () => {
  for (const [name, run, method, path, extra] of calls) {
    it(`${name}: ${method} ${path}`, async () => {
      const wired = setupTyped(Object.fromEntries([[`${method} ${path}`, answer]]));
      const result = await run(wired.eb.native);
      expect(wired.seen).toHaveLength(1);
      const req = wired.seen[0]!;
      expect(req.method).toBe(method);
      expect(req.path).toBe(`/v3${path}`);
      expect(req.path.endsWith('/')).toBe(true);
      expect(req.query).toEqual(extra?.query ?? {});
      if (extra?.body !== undefined) expect(req.body).toEqual(extra.body);
      expect(result === undefined).toBe(false);
    });
  }

  it('the canned question read unwraps { question: {...} }; ids come out as strings', async () => {
    const { eb } = setupTyped({
      'GET /events/1/canned_questions/q1/': answer,
      'POST /events/9/schedules/': answer,
    });
    const question = await eb.native.getCannedQuestion('1', 'q1');
    expect(question).toMatchObject({ id: 'q1', type: 'text', required: false });
    const schedule = await eb.native.createSchedule('9', { schedule: { occurrence_duration: 3600, recurrence_rule: 'RRULE:FREQ=DAILY' } });
    expect(schedule.created_event_ids).toEqual(['11', '12']);
  });

  it('native results are vendor-shaped, with null (never undefined) for fields Eventbrite leaves out', async () => {
    const { eb } = setupTyped({ 'GET /events/24967032065/': json(event) });
    const wire = await eb.native.getEvent('24967032065');
    expect(wire.summary).toBeNull();
    expect(wire.series_id).toBeNull();
    expect(wire.organization_id).toBeNull();
    expect(wire.venue).toBeNull();
    expect(wire.name).toEqual({ text: 'This is a test name', html: 'This is a test name' });
    expect(typeof wire.id).toBe('string');
  });

  it('withResponse() exposes the raw response', async () => {
    const { eb } = setupTyped({ 'GET /events/24967032065/': json(event, { headers: { 'x-request-id': 'r-1' } }) });
    const { data, response, requestId } = await eb.native.getEvent('24967032065').withResponse();
    expect(data.id).toBe('24967032065');
    expect(response?.status).toBe(200);
    expect(requestId).toBe('r-1');
  });
});
