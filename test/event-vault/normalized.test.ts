/** Event Vault normalized layer at the wire: attendees (guests), tickets, stub events, ticket types, unsupported parts. */
import { describe, expect, it } from 'vitest';
import {
  AttendeeSchema,
  ConflictError,
  EventSchema,
  InvalidCursorError,
  isTicketingError,
  NotFoundError,
  ServerError,
  TicketTypeSchema,
  UnsupportedCapabilityError,
  ValidationError,
  type TicketingClient,
} from '../../src/index.js';
import { eventVaultIds } from '../../src/providers/event-vault/index.js';
import { EV_TEXT } from '../../src/providers/event-vault/errors.js';
import { findUndefined } from '../helpers/wire.js';
import { guests, json, setup, text } from './helpers.js';

const jane = {
  id: 'evt-1:jane.doe%40example.com',
  provider: 'event-vault',
  remoteId: 'jane.doe@example.com',
  createdAt: null,
  updatedAt: null,
  eventId: 'evt-1',
  orderId: null,
  ticketTypeId: null,
  name: 'Jane Doe',
  email: 'jane.doe@example.com',
  phone: '+1234567890',
  company: 'Acme Corp',
  jobTitle: 'Speaker',
  status: 'attending',
  statusRaw: null,
  checkedIn: null,
  barcode: null,
};

describe('attendees (guests)', () => {
  it('maps a guest: vCard fields, "" as null, the (event, email) id', async () => {
    const { tk } = setup([json(guests)]);
    const page = await tk.attendees.list();
    expect(page.data[0]).toEqual(jane);
    expect(page.data[1]).toMatchObject({ name: 'Bob', phone: null, company: null, jobTitle: null });
    expect(page.data[2]).toMatchObject({ id: 'evt-1:carol%2Bvip%40example.com', name: null, email: 'carol+vip@example.com' });
    for (const a of page.data) {
      expect(AttendeeSchema.parse(a)).toEqual(a);
      expect(findUndefined(a)).toEqual([]);
      expect('raw' in a).toBe(false);
    }
    expect(eventVaultIds.attendee('evt-1', 'jane.doe@example.com')).toBe(jane.id);
  });

  it('raw only with { raw: true }', async () => {
    const { tk } = setup([json(guests)]);
    const page = await tk.attendees.list({}, { raw: true });
    expect(page.data[4]!.raw).toEqual(guests[4]);
  });

  it('pages client-side: one request per listing, an awaited list({ limit }) is one slice with a cursor', async () => {
    const { tk, seen } = setup([json(guests), json(guests), json(guests)]);
    const page = await tk.attendees.list({ limit: 2 });
    expect(page.data.map((a) => a.email)).toEqual(['jane.doe@example.com', 'bob@example.com']);
    expect(page.hasNextPage()).toBe(true);
    const second = await page.getNextPage();
    expect(second.data.map((a) => a.email)).toEqual(['carol+vip@example.com', 'dan@example.com']);
    expect(seen).toHaveLength(1);

    const all: string[] = [];
    for await (const a of tk.attendees.list({ limit: 2 })) all.push(a.email!);
    expect(all).toHaveLength(5);
    expect(seen).toHaveLength(2);

    // A cursor resumes in a new listing (one new request), with or without the limit.
    const resumed = await tk.attendees.list({ cursor: second.nextCursor });
    expect(resumed.data.map((a) => a.email)).toEqual(['eve@example.com']);
    expect(resumed.nextCursor).toBeNull();
    expect(seen).toHaveLength(3);
    expect(seen.every((r) => r.path === '/getGuests' && r.url.search === '')).toBe(true);
  });

  it('caps the slice at the SDK maximum and uses the default page size without limit', async () => {
    const many = Array.from({ length: 1500 }, (_, i) => ({ email: `g${i}@example.com` }));
    const { tk } = setup([json(many), json(many)]);
    expect((await tk.attendees.list({ limit: 5000 })).data).toHaveLength(1000);
    expect((await tk.attendees.list()).data).toHaveLength(tk.capabilities.pageSize.default);
  });

  it('a cursor of another listing or filter set is refused before any request', async () => {
    const { tk, seen } = setup([json(guests)]);
    const page = await tk.attendees.list({ limit: 1 });
    await expect(tk.attendees.list({ eventId: 'evt-2', cursor: page.nextCursor })).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(tk.tickets.list({ cursor: page.nextCursor })).rejects.toBeInstanceOf(InvalidCursorError);
    expect(seen).toHaveLength(1);
  });

  it('list({ eventId }) works on another event of the client; checkedIn and updatedSince are unsupported', async () => {
    const { tk, seen } = setup([json([guests[0]])]);
    const page = await tk.attendees.list({ eventId: 'evt-2' });
    expect(page.data[0]!.id).toBe('evt-2:jane.doe%40example.com');
    expect(page.data[0]!.eventId).toBe('evt-2');
    expect(seen[0]!.headers['x-event-id']).toBe('evt-2');
    const generic = tk as unknown as TicketingClient;
    await expect(generic.attendees.list({ checkedIn: true })).rejects.toBeInstanceOf(UnsupportedCapabilityError);
    await expect(generic.attendees.list({ updatedSince: '2026-01-01T00:00:00Z' })).rejects.toBeInstanceOf(UnsupportedCapabilityError);
    expect(seen).toHaveLength(1);
  });

  it('get(id) finds the guest of the id’s event; unknown → NotFoundError; malformed → ValidationError, nothing sent', async () => {
    const { tk, seen } = setup([json(guests), json(guests)]);
    expect(await tk.attendees.get(jane.id)).toEqual(jane);
    const missing = await tk.attendees.get('evt-1:nobody%40example.com').catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect((missing as NotFoundError).vendorCode).toBe('guest_not_found');
    // A malformed id is the caller's mistake, refused before sending (it used to be a NotFoundError).
    await expect(tk.attendees.get('not-an-id')).rejects.toBeInstanceOf(ValidationError);
    expect(seen).toHaveLength(2);
  });

  it('create → addGuest with the mapped body; returns the attendee exactly as list returns it', async () => {
    const { tk, seen } = setup([text('User added successfully.'), json(guests)]);
    const created = await tk.attendees.create({
      email: 'jane.doe@example.com',
      name: 'Jane Doe',
      jobTitle: 'Speaker',
      company: 'Acme Corp',
      phone: '+1234567890',
      url: 'https://jane.example.com',
      country: 'USA',
    });
    expect(seen[0]!.method).toBe('POST');
    expect(seen[0]!.path).toBe('/addGuest');
    expect(seen[0]!.body).toEqual({
      userEmail: 'jane.doe@example.com',
      name: 'Jane Doe',
      role: 'Speaker',
      company: 'Acme Corp',
      phone: '+1234567890',
      url: 'https://jane.example.com',
      country: 'USA',
    });
    expect(created).toEqual(jane);
    expect(created).toEqual((await tk.attendees.list()).data[0]);
  });

  it('create on another event, and a bad email is a ValidationError before any request', async () => {
    const { tk, seen } = setup([text('User added successfully.')]);
    const a = await tk.attendees.create({ eventId: 'evt-7', email: 'x@example.com' });
    expect(a).toMatchObject({ id: 'evt-7:x%40example.com', eventId: 'evt-7', name: null, company: null });
    expect(seen[0]!.headers['x-event-id']).toBe('evt-7');
    expect(seen[0]!.body).toEqual({ userEmail: 'x@example.com' });
    const e = (await tk.attendees.create({ email: 'not-an-email' }).catch((x: unknown) => x)) as ValidationError;
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.fields[0]!.field).toBe('email');
    expect(seen).toHaveLength(1);
  });

  it('a duplicate guest is a ConflictError (guest_exists); create is not retried after a 5xx', async () => {
    const { tk, seen } = setup([text(EV_TEXT.guestExists, 409), text('Error adding user to the event.', 500), text('x')]);
    const dup = await tk.attendees.create({ email: 'jane.doe@example.com' }).catch((e: unknown) => e);
    expect(dup).toBeInstanceOf(ConflictError);
    expect((dup as ConflictError).vendorCode).toBe('guest_exists');
    await expect(tk.attendees.create({ email: 'new@example.com' })).rejects.toBeInstanceOf(ServerError);
    expect(seen).toHaveLength(2);
  });

  it('ensureAttendee treats the 409 as success and returns the stored guest', async () => {
    const { tk, seen } = setup([text(EV_TEXT.guestExists, 409), json(guests), text('User added successfully.')]);
    const existing = await tk.ensureAttendee({ email: 'jane.doe@example.com', name: 'Other Name' });
    expect(existing).toEqual({ attendee: jane, created: false });
    const fresh = await tk.ensureAttendee({ email: 'new@example.com', name: 'New' });
    expect(fresh.created).toBe(true);
    expect(fresh.attendee).toMatchObject({ email: 'new@example.com', name: 'New' });
    expect(seen.map((r) => r.path)).toEqual(['/addGuest', '/getGuests', '/addGuest']);
  });

  it('ensureAttendee may be retried after a 5xx: the retry’s 409 counts as success', async () => {
    const { tk, seen } = setup([text('Error adding user to the event.', 500, { 'retry-after': '0' }), text(EV_TEXT.guestExists, 409), json(guests)]);
    const result = await tk.ensureAttendee({ email: 'jane.doe@example.com' });
    expect(result.created).toBe(false);
    expect(seen.map((r) => r.path)).toEqual(['/addGuest', '/addGuest', '/getGuests']);
  });

  it('delete → removeGuest; ensureAttendeeDeleted treats only "not registered" as success', async () => {
    const { tk, seen } = setup([
      text('User removed successfully.'),
      text(EV_TEXT.guestNotFound, 404),
      text(EV_TEXT.guestNotFound, 404),
      text(EV_TEXT.clientNotFound, 404),
    ]);
    expect(await tk.attendees.delete(jane.id)).toEqual({ id: jane.id, deleted: true });
    expect(seen[0]!.body).toEqual({ userEmail: 'jane.doe@example.com' });
    const gone = await tk.attendees.delete(jane.id).catch((e: unknown) => e);
    expect((gone as NotFoundError).vendorCode).toBe('guest_not_found');
    expect(await tk.ensureAttendeeDeleted(jane.id)).toEqual({ id: jane.id, deleted: true, existed: false });
    // "Client not found." is a 404 too, but never "already gone".
    const config = await tk.ensureAttendeeDeleted(jane.id).catch((e: unknown) => e);
    expect(config).toBeInstanceOf(NotFoundError);
    expect((config as NotFoundError).vendorCode).toBe('client_not_found');
  });

  it('ensureGuest and ensureRemoved (the reference’s names) treat 409 / the "gone" 404s as success', async () => {
    const ticketId = eventVaultIds.ticket('evt-1', 'jane.doe@example.com', 'VIP');
    const { tk, seen } = setup([
      text(EV_TEXT.guestExists, 409),
      json(guests),
      text(EV_TEXT.guestNotFound, 404),
      text('User removed successfully.'),
      text(EV_TEXT.ticketNotFound, 404),
      text('Ticket removed successfully.'),
      text(EV_TEXT.eventNotFound, 404),
    ]);
    expect(await tk.ensureGuest({ email: 'jane.doe@example.com' })).toEqual({ attendee: jane, created: false });
    expect(await tk.ensureRemoved(jane.id)).toEqual({ id: jane.id, deleted: true, existed: false });
    expect(await tk.ensureRemoved(jane.id)).toEqual({ id: jane.id, deleted: true, existed: true });
    expect(await tk.ensureRemoved(ticketId)).toEqual({ id: ticketId, deleted: true, existed: false });
    expect(await tk.ensureRemoved(ticketId)).toEqual({ id: ticketId, deleted: true, existed: true });
    await expect(tk.ensureRemoved(ticketId)).rejects.toMatchObject({ vendorCode: 'event_not_found' });
    expect(seen.map((r) => `${r.path} ${JSON.stringify(r.body ?? null)}`)).toEqual([
      '/addGuest {"userEmail":"jane.doe@example.com"}',
      '/getGuests null',
      '/removeGuest {"userEmail":"jane.doe@example.com"}',
      '/removeGuest {"userEmail":"jane.doe@example.com"}',
      '/removeTicket {"userEmail":"jane.doe@example.com","ticketType":"VIP"}',
      '/removeTicket {"userEmail":"jane.doe@example.com","ticketType":"VIP"}',
      '/removeTicket {"userEmail":"jane.doe@example.com","ticketType":"VIP"}',
    ]);
  });

  it('arguments of any shape reject with a TicketingError and send nothing', async () => {
    const { tk, seen } = setup([json([])]);
    const generic = tk as unknown as TicketingClient;
    const junk: unknown[] = [undefined, null, 5, '', {}, [], 'a:b:c:d'];
    const nonString = (x: unknown) => (typeof x === 'string' && x !== '' ? null : x);
    const calls: Array<(x: unknown) => PromiseLike<unknown>> = [
      (x) => generic.attendees.get(x as never),
      (x) => generic.attendees.create(x as never),
      (x) => generic.attendees.delete(x as never),
      (x) => generic.ticketTypes.get(x as never),
      (x) => generic.events.get(nonString(x) as never), // any non-empty string is an event id
      (x) => tk.tickets.grant(x as never),
      (x) => tk.tickets.revoke(x as never),
      (x) => tk.tickets.ensureRevoked(x as never),
      (x) => tk.ensureAttendee(x as never),
      (x) => tk.ensureRemoved(x as never),
      (x) => tk.native.addGuest(x as never),
      (x) => tk.native.addTicket(x as never),
      (x) => tk.native.getGuestTickets(nonString(x) as never), // any non-empty string is sent as given
    ];
    for (const call of calls) {
      for (const x of junk) {
        const e = await Promise.resolve(call(x)).catch((err: unknown) => err);
        expect(isTicketingError(e), `${call.toString()} with ${JSON.stringify(x)}`).toBe(true);
      }
    }
    expect(seen).toHaveLength(0);
  });
});

describe('tickets (vendor-only)', () => {
  const tickets = [
    { EMAIL: 'jane.doe@example.com', TIER: 'ENTRY', sessionId: '' },
    { EMAIL: 'jane.doe@example.com', TIER: 'WORKSHOP', sessionId: 'sess-1' },
    { EMAIL: 'bob@example.com', TIER: 'ENTRY' },
  ];

  it('grant → addTicket (upsert) by attendee id or email; returns the ticket', async () => {
    const { tk, seen } = setup([text('Ticket created successfully.'), text('Ticket created successfully.')]);
    const t = await tk.tickets.grant({ attendeeId: jane.id, ticketType: 'WORKSHOP', sessionId: 'sess-1' });
    expect(t).toEqual({
      id: 'evt-1:jane.doe%40example.com:WORKSHOP',
      provider: 'event-vault',
      eventId: 'evt-1',
      attendeeId: jane.id,
      ticketTypeId: 'evt-1:WORKSHOP',
      ticketType: 'WORKSHOP',
      email: 'jane.doe@example.com',
      sessionId: 'sess-1',
    });
    const ga = await tk.tickets.grant({ email: 'bob@example.com', eventId: 'evt-2', ticketType: 'ENTRY' });
    expect(ga.sessionId).toBeNull();
    expect(seen[0]!.body).toEqual({ userEmail: 'jane.doe@example.com', ticketType: 'WORKSHOP', sessionId: 'sess-1' });
    expect(seen[1]!.body).toEqual({ userEmail: 'bob@example.com', ticketType: 'ENTRY' });
    expect(seen[1]!.headers['x-event-id']).toBe('evt-2');
  });

  it('grant validates before sending', async () => {
    const { tk, seen } = setup([]);
    await expect(tk.tickets.grant({ ticketType: 'ENTRY' })).rejects.toBeInstanceOf(ValidationError);
    await expect(tk.tickets.grant({ attendeeId: jane.id, ticketType: '' })).rejects.toBeInstanceOf(ValidationError);
    await expect(tk.tickets.grant({ attendeeId: jane.id, email: 'x@y.z', ticketType: 'A' })).rejects.toBeInstanceOf(ValidationError);
    expect(seen).toHaveLength(0);
  });

  it('revoke → removeTicket; ensureRevoked treats "ticket not found" as success', async () => {
    const { tk, seen } = setup([
      text('Ticket removed successfully.'),
      text(EV_TEXT.ticketNotFound, 404),
      text(EV_TEXT.ticketNotFound, 404),
    ]);
    expect(await tk.tickets.revoke({ attendeeId: jane.id, ticketType: 'VIP' })).toEqual({
      id: 'evt-1:jane.doe%40example.com:VIP',
      deleted: true,
      existed: true,
    });
    expect(seen[0]!.body).toEqual({ userEmail: 'jane.doe@example.com', ticketType: 'VIP' });
    await expect(tk.tickets.revoke({ attendeeId: jane.id, ticketType: 'VIP' })).rejects.toBeInstanceOf(NotFoundError);
    expect(await tk.tickets.ensureRevoked({ attendeeId: jane.id, ticketType: 'VIP' })).toMatchObject({ existed: false });
  });

  it('list: all, per guest, per type (each one request, sliced client-side)', async () => {
    const { tk, seen } = setup([json(tickets), json(tickets.slice(0, 2)), json([tickets[0], tickets[2]]), json(tickets.slice(0, 2))]);
    const all = await tk.tickets.list().toArray({ limit: 10 });
    expect(all.map((t) => t.id)).toEqual([
      'evt-1:jane.doe%40example.com:ENTRY',
      'evt-1:jane.doe%40example.com:WORKSHOP',
      'evt-1:bob%40example.com:ENTRY',
    ]);
    expect(all[0]!.sessionId).toBeNull();
    const janes = await tk.tickets.list({ attendeeId: jane.id }).toArray({ limit: 10 });
    expect(janes).toHaveLength(2);
    const entry = await tk.tickets.list({ ticketType: 'ENTRY' }).toArray({ limit: 10 });
    expect(entry.map((t) => t.email)).toEqual(['jane.doe@example.com', 'bob@example.com']);
    const janesWorkshop = await tk.tickets.list({ email: 'jane.doe@example.com', ticketType: 'WORKSHOP' }).toArray({ limit: 10 });
    expect(janesWorkshop.map((t) => t.ticketType)).toEqual(['WORKSHOP']);
    expect(seen.map((r) => `${r.path}${r.url.search}`)).toEqual([
      '/getAllTickets',
      '/getGuestTickets?userEmail=jane.doe%40example.com',
      '/getTicketsByType?ticketType=ENTRY',
      '/getGuestTickets?userEmail=jane.doe%40example.com',
    ]);
  });

  it('ticketTypes are derived from the tickets guests hold', async () => {
    const { tk, seen } = setup([json(tickets), json([tickets[0], tickets[2]]), json([])]);
    const types = (await tk.ticketTypes.list({ eventId: 'evt-1' })).data;
    expect(types.map((t) => [t.id, t.name, t.quantitySold])).toEqual([
      ['evt-1:ENTRY', 'ENTRY', 2],
      ['evt-1:WORKSHOP', 'WORKSHOP', 1],
    ]);
    for (const t of types) expect(TicketTypeSchema.parse(t)).toEqual(t);
    expect(types[0]).toMatchObject({ price: null, isFree: null, quantityTotal: null, admits: 1 });
    expect(await tk.ticketTypes.get('evt-1:ENTRY')).toEqual(types[0]);
    await expect(tk.ticketTypes.get('evt-1:NOBODY')).rejects.toBeInstanceOf(NotFoundError);
    expect(seen.map((r) => `${r.path}${r.url.search}`)).toEqual([
      '/getAllTickets',
      '/getTicketsByType?ticketType=ENTRY',
      '/getTicketsByType?ticketType=NOBODY',
    ]);
  });

  it('the ids of listed items are those eventVaultIds composes, for any email, type and event spelling', async () => {
    const emails = ['a+b@example.com', "o'neil@example.com", 'a(b)~c*d!@example.com', 'ü@exämple.com', 'a%40@example.com', 'a:b@example.com'];
    const types = ['VIP', 'A B', 'ü', 'x:y', "it's-_.~"];
    const items = emails.flatMap((EMAIL, i) => [{ EMAIL, TIER: types[i % types.length]!, sessionId: '' }]);
    const { tk } = setup([json(items), json(items), json(emails.map((email) => ({ email })))]);
    for (const eventId of ['evt-1', 'evt 2+(x)']) {
      const listed = await tk.tickets.list({ eventId }).toArray({ limit: 100 });
      expect(listed.map((t) => [t.id, t.attendeeId, t.ticketTypeId])).toEqual(
        items.map((t) => [eventVaultIds.ticket(eventId, t.EMAIL, t.TIER), eventVaultIds.attendee(eventId, t.EMAIL), eventVaultIds.ticketType(eventId, t.TIER)]),
      );
    }
    const attendees = await tk.attendees.list().toArray({ limit: 100 });
    expect(attendees.map((a) => a.id)).toEqual(emails.map((email) => eventVaultIds.attendee('evt-1', email)));
  });

  it('guestCount', async () => {
    const { tk, seen } = setup([json({ guestCount: 42, maxAssignedUsers: 57 })]);
    expect(await tk.guestCount({ eventId: 'evt-3' })).toEqual({ eventId: 'evt-3', guestCount: 42, maxAssignedUsers: 57 });
    expect(seen[0]!.headers['x-event-id']).toBe('evt-3');
  });
});

describe('events, and what Event Vault cannot do', () => {
  it('events.list() yields the configured event as a stub (no request); get(id) returns the same stub', async () => {
    const { tk, seen } = setup([]);
    const events = await tk.events.list().toArray({ limit: 10 });
    expect(events).toHaveLength(1);
    const stub = events[0]!;
    expect(EventSchema.parse(stub)).toEqual(stub);
    expect(stub).toMatchObject({ id: 'evt-1', remoteId: 'evt-1', provider: 'event-vault', name: null, status: 'unknown', capacity: null });
    expect(findUndefined(stub)).toEqual([]);
    expect(await tk.events.get(stub.id)).toEqual(stub);
    expect(seen).toHaveLength(0);
  });

  it('generic code that lists events then their attendees works', async () => {
    const { tk } = setup([json(guests)]);
    const generic = tk as unknown as TicketingClient;
    const names: Array<string | null> = [];
    for await (const event of generic.events.list()) {
      for await (const a of generic.attendees.list({ eventId: event.id })) names.push(a.name);
    }
    expect(names).toEqual(['Jane Doe', 'Bob', null, 'Dan', 'Eve']);
  });

  it('orders, dates, event and ticket-type writes and check-in reject with UnsupportedCapabilityError, nothing sent', async () => {
    const { tk, seen } = setup([]);
    const generic = tk as unknown as TicketingClient;
    const calls: Array<PromiseLike<unknown>> = [
      generic.orders.list(),
      generic.orders.get('x'),
      generic.orders.create({ eventId: 'e', buyer: { name: 'a', email: 'a@b.c' }, lines: [{ ticketTypeId: 't', quantity: 1 }] }),
      generic.orders.markPaid('x'),
      generic.orders.refund('x'),
      generic.orders.cancel('x'),
      generic.orders.recordPayment({ eventId: 'e', payeeEmail: 'a@b.c', amount: { amount: 1, currency: 'USD' }, method: 'cash' }),
      generic.eventDates.list({ eventId: 'evt-1' }),
      generic.eventDates.get('evt-1'),
      generic.events.create({ name: 'x', start: '2026-01-01T00:00:00Z', timezone: 'UTC', currency: 'USD' }),
      generic.events.update('evt-1', {}),
      generic.events.publish('evt-1'),
      generic.events.cancel('evt-1'),
      generic.events.delete('evt-1'),
      generic.ticketTypes.create({ eventId: 'evt-1', name: 'VIP', price: null }),
      generic.ticketTypes.update('evt-1:VIP', {}),
      generic.ticketTypes.delete('evt-1:VIP'),
      generic.attendees.checkIn(jane.id),
    ];
    for (const call of calls) {
      const error = await Promise.resolve(call).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnsupportedCapabilityError);
    }
    expect(seen).toHaveLength(0);
    expect(tk.capabilities).toMatchObject({
      orders: { list: false, get: false, create: false },
      eventDates: { list: false, get: false },
      events: { list: true, get: true, create: false },
      ticketTypes: { list: true, get: true, create: false },
      attendees: { list: 'scoped', get: true, create: true, delete: true, checkIn: false },
      pagination: 'client',
      idempotencyKeys: 'none',
    });
  });
});
