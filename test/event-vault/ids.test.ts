/**
 * Event Vault ids and id-like inputs at the wire (issue 13 item 1, issue 12 item 4): every id a user can pass, on
 * every normalized method, vendor extra and native method, is checked before anything is sent. A bad one is a
 * `ValidationError` naming the field (a `ConfigError` in the client config), and nothing reaches the vendor.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, createClient, ValidationError, type TicketingError } from '../../src/index.js';
import { createEventVaultClient, type EventVaultClient } from '../../src/providers/event-vault/index.js';
import { CFG, json, setup, text } from './helpers.js';

const JANE = 'evt-1:jane.doe%40example.com';
const HUGE = 'x'.repeat(100_000);

/** Values that are not an id of any kind. */
const NOT_IDS: unknown[] = ['', '  ', 42, null, {}, ['evt-1'], '.', '..', 'a\nb', 'a\u0000b', `${HUGE}`];
/** Not an event id: besides the above, what cannot travel unchanged in the `x-event-id` header. */
const BAD_EVENT_IDS: unknown[] = [...NOT_IDS, ' evt-1', 'evt-1 ', 'évt-1', 'evt\t1'];
/** Not a guest's email (the guest's key). */
const BAD_EMAILS: unknown[] = [...NOT_IDS, 'jane', 'jane@', '@example.com', 'jane doe@example.com', 'jane@example.com\r\n', `${HUGE}@example.com`];
/** Not an attendee id `(event, email)`. */
const BAD_ATTENDEE_IDS: unknown[] = [
  ...NOT_IDS,
  'evt-1',
  'evt-1:',
  ':jane%40example.com',
  'evt-1:..',
  'evt-1:%2e%2e',
  '..:jane%40example.com',
  '%2e%2e:jane%40example.com',
  'E:..',
  'evt-1:jane',
  'evt-1:jane%0A%40example.com',
  'evt-1:jane%40example.com:VIP:extra',
  'evt-1:%E0%A4%A',
  `evt-1:${HUGE}%40example.com`,
];
/** Not a ticket type id `(event, type)`. */
const BAD_TICKET_TYPE_IDS: unknown[] = [...NOT_IDS, 'evt-1', 'evt-1:..', 'evt-1:%2e', 'evt-1:%20', 'evt-1:%00', '..:VIP', 'evt-1:VIP:x', `evt-1:${HUGE}`];
/** Not a ticket type. */
const BAD_TICKET_TYPES: unknown[] = NOT_IDS;
/** Not a session id (`""`, `null` and leaving it out mean general admission). */
const BAD_SESSION_IDS: unknown[] = ['  ', 42, {}, '..', 'a\nb', HUGE];

type Call = (tk: EventVaultClient, bad: unknown) => PromiseLike<unknown>;

/** [method, field named in the error, bad values, the call]. */
const cases: Array<[string, string, unknown[], Call]> = [
  ['attendees.get', 'id', BAD_ATTENDEE_IDS, (tk, bad) => tk.attendees.get(bad as string)],
  ['attendees.delete', 'id', BAD_ATTENDEE_IDS, (tk, bad) => tk.attendees.delete(bad as string)],
  ['ensureAttendeeDeleted', 'id', BAD_ATTENDEE_IDS, (tk, bad) => tk.ensureAttendeeDeleted(bad as string)],
  ['ensureRemoved', 'id', BAD_ATTENDEE_IDS, (tk, bad) => tk.ensureRemoved(bad as string)],
  ['ensureRemoved (ticket id)', 'id', ['evt-1:jane%40example.com:..', 'evt-1:jane:VIP', '..:jane%40example.com:VIP', 'evt-1:jane%40example.com:%00'], (tk, bad) => tk.ensureRemoved(bad as string)],
  ['ticketTypes.get', 'id', BAD_TICKET_TYPE_IDS, (tk, bad) => tk.ticketTypes.get(bad as string)],
  ['events.get', 'id', BAD_EVENT_IDS, (tk, bad) => tk.events.get(bad as string)],
  ['attendees.list eventId', 'eventId', BAD_EVENT_IDS, (tk, bad) => tk.attendees.list({ eventId: bad as string })],
  ['ticketTypes.list eventId', 'eventId', BAD_EVENT_IDS, (tk, bad) => tk.ticketTypes.list({ eventId: bad as string })],
  ['tickets.list eventId', 'eventId', BAD_EVENT_IDS, (tk, bad) => tk.tickets.list({ eventId: bad as string })],
  ['tickets.list attendeeId', 'attendeeId', BAD_ATTENDEE_IDS, (tk, bad) => tk.tickets.list({ attendeeId: bad as string })],
  ['tickets.list email', 'email', BAD_EMAILS, (tk, bad) => tk.tickets.list({ email: bad as string })],
  ['tickets.list ticketType', 'ticketType', BAD_TICKET_TYPES, (tk, bad) => tk.tickets.list({ ticketType: bad as string })],
  ['guestCount eventId', 'eventId', BAD_EVENT_IDS, (tk, bad) => tk.guestCount({ eventId: bad as string })],
  ['attendees.create eventId', 'eventId', BAD_EVENT_IDS, (tk, bad) => tk.attendees.create({ email: 'new@example.com', eventId: bad as string })],
  ['ensureAttendee eventId', 'eventId', BAD_EVENT_IDS, (tk, bad) => tk.ensureAttendee({ email: 'new@example.com', eventId: bad as string })],
  ...(['grant', 'revoke', 'ensureRevoked'] as const).flatMap((verb): Array<[string, string, unknown[], Call]> => [
    [`tickets.${verb} attendeeId`, 'attendeeId', BAD_ATTENDEE_IDS, (tk, bad) => tk.tickets[verb]({ attendeeId: bad as string, ticketType: 'VIP' })],
    [`tickets.${verb} email`, 'email', BAD_EMAILS, (tk, bad) => tk.tickets[verb]({ email: bad as string, ticketType: 'VIP' })],
    [`tickets.${verb} eventId`, 'eventId', BAD_EVENT_IDS, (tk, bad) => tk.tickets[verb]({ email: 'jane.doe@example.com', eventId: bad as string, ticketType: 'VIP' })],
    [`tickets.${verb} ticketType`, 'ticketType', BAD_TICKET_TYPES, (tk, bad) => tk.tickets[verb]({ attendeeId: JANE, ticketType: bad as string })],
  ]),
  ['tickets.grant sessionId', 'sessionId', BAD_SESSION_IDS, (tk, bad) => tk.tickets.grant({ attendeeId: JANE, ticketType: 'VIP', sessionId: bad as string })],
  // Native: bodies, queries and the per-call event.
  ['native.addGuest userEmail', 'userEmail', BAD_EMAILS, (tk, bad) => tk.native.addGuest({ userEmail: bad as string })],
  ['native.removeGuest userEmail', 'userEmail', BAD_EMAILS, (tk, bad) => tk.native.removeGuest({ userEmail: bad as string })],
  ['native.addTicket userEmail', 'userEmail', BAD_EMAILS, (tk, bad) => tk.native.addTicket({ userEmail: bad as string, ticketType: 'VIP' })],
  ['native.addTicket ticketType', 'ticketType', BAD_TICKET_TYPES, (tk, bad) => tk.native.addTicket({ userEmail: 'a@example.com', ticketType: bad as string })],
  ['native.addTicket sessionId', 'sessionId', BAD_SESSION_IDS, (tk, bad) => tk.native.addTicket({ userEmail: 'a@example.com', ticketType: 'VIP', sessionId: bad as string })],
  ['native.removeTicket ticketType', 'ticketType', BAD_TICKET_TYPES, (tk, bad) => tk.native.removeTicket({ userEmail: 'a@example.com', ticketType: bad as string })],
  ['native.getGuestTickets', 'userEmail', BAD_EMAILS, (tk, bad) => tk.native.getGuestTickets(bad as string)],
  ['native.getTicketsByType', 'ticketType', BAD_TICKET_TYPES, (tk, bad) => tk.native.getTicketsByType(bad as string)],
  ...(['getGuests', 'getGuestCount', 'getAllTickets'] as const).map((name): [string, string, unknown[], Call] => [
    `native.${name} options.eventId`,
    'eventId',
    BAD_EVENT_IDS,
    (tk, bad) => tk.native[name]({ eventId: bad as string }),
  ]),
  ['native.addGuest options.eventId', 'eventId', BAD_EVENT_IDS, (tk, bad) => tk.native.addGuest({ userEmail: 'a@example.com' }, { eventId: bad as string })],
  ['request options.eventId', 'eventId', BAD_EVENT_IDS.filter((v) => v !== undefined), (tk, bad) => tk.request({ method: 'GET', path: '/getGuests' }, { eventId: bad as string })],
];

const WRITES = /delete|Deleted|Removed|create|ensureAttendee|grant|revoke|Revoked|addGuest|removeGuest|addTicket|removeTicket/;

describe('every id-taking method refuses a bad id before sending', () => {
  it.each(cases)('%s: ValidationError naming %s, nothing sent', async (method, field, bads, call) => {
    const { tk, seen } = setup([json([]), text('User added successfully.')]);
    for (const bad of bads) {
      const error = (await Promise.resolve(call(tk, bad)).then(
        () => null,
        (e: unknown) => e,
      )) as TicketingError | null;
      const shown = typeof bad === 'string' ? JSON.stringify(bad.slice(0, 40)) : String(bad);
      expect(error, `${method}(${shown})`).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields.map((f) => f.field), `${method}(${shown})`).toContain(field);
      // A write refused before sending cannot have been applied.
      if (WRITES.test(method)) expect(error!.outcomeUnknown, `${method}(${shown})`).toBe(false);
      // The message quotes at most an excerpt of what was given.
      expect(error!.message.length).toBeLessThan(1000);
    }
    expect(seen).toHaveLength(0);
  });

  it('the same calls with good ids do reach the vendor (the cases above can fail)', async () => {
    const { tk, seen } = setup([json([])]);
    await tk.attendees.list({ eventId: 'evt-2' });
    await tk.tickets.list({ email: 'jane.doe@example.com' }).toArray({ limit: 1 });
    await tk.native.getTicketsByType('VIP PASS');
    await tk.events.get('%2e%2e'); // an event id is a header value, not a path: this is an odd but harmless id
    expect(seen.map((r) => [r.path, r.headers['x-event-id']])).toEqual([
      ['/getGuests', 'evt-2'],
      ['/getGuestTickets', 'evt-1'],
      ['/getTicketsByType', 'evt-1'],
    ]);
  });
});

describe('config ids', () => {
  const badConfigIds = ['..', '.', ' evt-1', 'evt-1\n', 'évt', 'a\u0000', HUGE];

  it.each(['eventId', 'clientId'] as const)('%s that cannot be sent as a header is a ConfigError at creation and in withOptions', (field) => {
    for (const bad of badConfigIds) {
      expect(() => createEventVaultClient({ ...CFG, [field]: bad }), JSON.stringify(bad.slice(0, 20))).toThrow(ConfigError);
      expect(() => createClient({ provider: 'event-vault', ...CFG, [field]: bad })).toThrow(ConfigError);
    }
    const tk = createEventVaultClient({ ...CFG, logLevel: 'off' });
    expect(() => tk.withOptions({ eventId: '..' })).toThrow(ConfigError);
  });

  it('an API key with a line break is a ConfigError that does not quote the key', () => {
    const key = `${CFG.apiKey}\r\nx-injected: 1`;
    const error = (() => {
      try {
        createEventVaultClient({ ...CFG, apiKey: key });
        return null;
      } catch (e) {
        return e as ConfigError;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.message).toMatch(/apiKey/);
    expect(error!.message).not.toContain(CFG.apiKey);
  });
});

describe('no silent typos (params, inputs, options)', () => {
  it('list params: a mistyped or foreign filter is a ValidationError naming the key meant, nothing sent', async () => {
    const { tk, seen } = setup([json([])]);
    const typos: Array<[() => PromiseLike<unknown>, string, string]> = [
      [() => tk.attendees.list({ eventID: 'evt-2' } as never), 'eventID', 'eventId'],
      [() => tk.attendees.list({ status: 'attending' } as never), 'status', ''],
      [() => tk.ticketTypes.list({ event_id: 'evt-2' } as never), 'event_id', 'eventId'],
      [() => tk.tickets.list({ ticketTyp: 'VIP' } as never), 'ticketTyp', 'ticketType'],
      [() => tk.tickets.list({ attendeeID: JANE } as never), 'attendeeID', 'attendeeId'],
      [() => tk.events.list({ eventId: 'evt-2' } as never), 'eventId', ''],
      [() => tk.guestCount({ eventID: 'evt-2' } as never), 'eventID', 'eventId'],
    ];
    for (const [call, key, meant] of typos) {
      const e = (await Promise.resolve(call()).catch((x: unknown) => x)) as ValidationError;
      expect(e, key).toBeInstanceOf(ValidationError);
      expect(e.fields[0]!.field).toBe(key);
      if (meant) expect(e.message).toContain(`did you mean "${meant}"`);
    }
    expect(seen).toHaveLength(0);
  });

  it('capabilities.attendees.filters are exactly the filters attendees.list honours', async () => {
    const { tk, seen } = setup([json([])]);
    expect(tk.capabilities.attendees.filters).toEqual(['eventId']);
    for (const filter of tk.capabilities.attendees.filters) await tk.attendees.list({ [filter]: 'evt-2' });
    expect(seen).toHaveLength(tk.capabilities.attendees.filters.length);
  });

  it('ticket references and native bodies are strict: a typo names the key meant, nothing sent', async () => {
    const { tk, seen } = setup([text('Ticket created successfully.')]);
    const typos: Array<[() => PromiseLike<unknown>, string, string]> = [
      [() => tk.tickets.grant({ attendeeId: JANE, ticketType: 'VIP', session: 's-1' } as never), 'session', 'sessionId'],
      [() => tk.tickets.revoke({ attendeeId: JANE, tickettype: 'VIP' } as never), 'tickettype', 'ticketType'],
      [() => tk.tickets.ensureRevoked({ attendeeId: JANE, ticketType: 'VIP', sessionId: 's' } as never), 'sessionId', ''],
      [() => tk.native.addGuest({ userEmail: 'a@example.com', nmae: 'Ada' } as never), 'nmae', 'name'],
      [() => tk.native.addTicket({ userEmail: 'a@example.com', ticketType: 'VIP', sesionId: 's' } as never), 'sesionId', 'sessionId'],
      [() => tk.native.removeGuest({ userEmail: 'a@example.com', ticketType: 'VIP' } as never), 'ticketType', ''],
    ];
    for (const [call, key, meant] of typos) {
      const e = (await Promise.resolve(call()).catch((x: unknown) => x)) as ValidationError;
      expect(e, key).toBeInstanceOf(ValidationError);
      expect(e.fields.map((f) => f.field)).toContain(key);
      if (meant) expect(e.message).toContain(`did you mean "${meant}"`);
      expect(e.outcomeUnknown).toBe(false);
    }
    expect(seen).toHaveLength(0);
  });

  it('a normalized call refuses the native per-call eventId option (the event belongs in its params or id)', async () => {
    const { tk, seen } = setup([json([]), text('User removed successfully.')]);
    const calls: Array<() => PromiseLike<unknown>> = [
      () => tk.attendees.list({}, { eventId: 'evt-2' } as never),
      () => tk.attendees.get(JANE, { eventId: 'evt-2' } as never),
      () => tk.attendees.delete(JANE, { eventId: 'evt-2' } as never),
      () => tk.attendees.create({ email: 'a@example.com' }, { eventId: 'evt-2' } as never),
      () => tk.tickets.grant({ attendeeId: JANE, ticketType: 'VIP' }, { eventId: 'evt-2' } as never),
      () => tk.tickets.revoke({ attendeeId: JANE, ticketType: 'VIP' }, { eventId: 'evt-2' } as never),
      () => tk.ticketTypes.get('evt-1:VIP', { eventId: 'evt-2' } as never),
      () => tk.guestCount({}, { eventId: 'evt-2' } as never),
      () => tk.ensureAttendee({ email: 'a@example.com' }, { eventId: 'evt-2' } as never),
    ];
    for (const call of calls) {
      const e = (await Promise.resolve(call()).catch((x: unknown) => x)) as ValidationError;
      expect(e, call.toString()).toBeInstanceOf(ValidationError);
      expect(e.fields.map((f) => f.field)).toContain('eventId');
    }
    expect(seen).toHaveLength(0);
  });
});
