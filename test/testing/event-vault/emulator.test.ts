/** The Event Vault emulator: its wire (from the reference) and the real client over it (createMockClient). */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ConfigError, ConflictError, createClient, NotFoundError, UnsupportedCapabilityError, type TicketingClient } from '../../../src/index.js';
import type { EventVaultClient } from '../../../src/providers/event-vault/index.js';
import { startMockServer } from '../../../src/cli/mock-server.js';
import { createMockClient, DEFAULT_CLOCK_START, seedFromJson, type SeederFor } from '../../../src/testing/index.js';
import type { CallRecord } from '../../../src/testing/framework/index.js';
import type { EventVaultOperation } from '../../../src/testing/emulators/event-vault/index.js';
import { EV_TEXT_CONTENT_TYPE_GUESS } from '../../../src/testing/emulators/event-vault/wire.js';

const BASE = 'https://api.event-vault.com';

function mock(seed?: Parameters<typeof createMockClient<'event-vault'>>[0]['seed'], extra: Record<string, unknown> = {}) {
  return createMockClient({ provider: 'event-vault', seed, ...extra });
}

/** Raw wire access: the four headers from the mock's credentials, overridable. */
function raw(m: ReturnType<typeof mock>) {
  const c = m.credentials as { apiKey: string; clientId: string; eventId: string };
  const headers = (over: Record<string, string | null> = {}) => {
    const h: Record<string, string> = {
      'x-api-key': c.apiKey,
      'x-client-id': c.clientId,
      'x-event-id': c.eventId,
      'x-timestamp': String(m.clock()),
    };
    for (const [k, v] of Object.entries(over)) {
      if (v === null) delete h[k];
      else h[k] = v;
    }
    return h;
  };
  const post = async (path: string, body: unknown, over?: Record<string, string | null>) => {
    const r = await m.fetch(`${BASE}${path}`, {
      method: 'POST',
      headers: { ...headers(over), 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: r.status, text: await r.text(), headers: r.headers };
  };
  const get = async (path: string, over?: Record<string, string | null>) => {
    const r = await m.fetch(`${BASE}${path}`, { headers: headers(over) });
    const text = await r.text();
    return { status: r.status, text, body: r.status === 200 ? JSON.parse(text) : undefined, headers: r.headers };
  };
  return { post, get };
}

describe('emulator wire: auth', () => {
  it.each(['x-api-key', 'x-client-id', 'x-event-id', 'x-timestamp'])('a missing %s is a 400 with the exact text', async (header) => {
    const { get } = raw(mock());
    const r = await get('/getGuests', { [header]: null });
    expect(r.status).toBe(400);
    expect(r.text).toBe('The request must include x-api-key, x-client-id, x-event-id, and x-timestamp headers.');
  });

  it('client, key, timestamp and event checks, with the documented texts', async () => {
    const m = mock();
    const { get } = raw(m);
    expect(await get('/getGuests', { 'x-client-id': 'nobody' })).toMatchObject({ status: 404, text: 'Client not found.' });
    expect(await get('/getGuests', { 'x-api-key': 'wrong' })).toMatchObject({ status: 403, text: 'Invalid API key.' });
    expect(await get('/getGuests', { 'x-event-id': 'evt-404' })).toMatchObject({ status: 404, text: 'Event not found.' });
    const window = 5 * 60 * 1000;
    const stale = await get('/getGuests', { 'x-timestamp': String(m.clock() - window - 1) });
    expect(stale).toMatchObject({ status: 408, text: 'Request timestamp is outside the allowed 5-minute window.' });
    expect((await get('/getGuests', { 'x-timestamp': String(m.clock() + window + 1) })).status).toBe(408);
    expect((await get('/getGuests', { 'x-timestamp': String(m.clock() - window) })).status).toBe(200);
    // Seconds instead of milliseconds read as 1970.
    expect((await get('/getGuests', { 'x-timestamp': String(Math.floor(m.clock() / 1000)) })).status).toBe(408);
  });

  it('answers carry a Date header from the emulator clock', async () => {
    const m = mock();
    const r = await raw(m).get('/getGuests');
    expect(r.headers.get('date')).toBe(new Date(DEFAULT_CLOCK_START).toUTCString());
  });
});

describe('emulator wire: endpoints', () => {
  it('addGuest: plain text, then 409 on the same email; missing userEmail is a 400', async () => {
    const m = mock();
    const { post, get } = raw(m);
    const guest = { userEmail: 'jane.doe@example.com', name: 'Jane Doe', role: 'Speaker', company: 'Acme Corp', phone: '+1234567890', url: 'https://j.example', country: 'USA' };
    expect(await post('/addGuest', guest)).toMatchObject({ status: 200, text: 'User added successfully.' });
    expect(await post('/addGuest', guest)).toMatchObject({ status: 409, text: 'User is already registered for the event.' });
    expect(await post('/addGuest', { name: 'x' })).toMatchObject({ status: 400, text: 'The request must include userEmail in the body.' });
    const guests = await get('/getGuests');
    expect(guests.body).toEqual([
      {
        email: 'jane.doe@example.com',
        country: 'USA',
        registered: false,
        vCardData: { FN: 'Jane Doe', ROLE: 'Speaker', ORG: 'Acme Corp', TEL: '+1234567890', URL: 'https://j.example' },
      },
    ]);
    expect((await get('/getGuestCount')).body).toEqual({ guestCount: 1, maxAssignedUsers: 500 });
  });

  it('addTicket is an upsert keyed by (email, type); reads by guest, by type, all', async () => {
    const m = mock((s) => {
      s.attendee({ email: 'a@example.com' });
      s.attendee({ email: 'b@example.com' });
    });
    const { post, get } = raw(m);
    expect(await post('/addTicket', { userEmail: 'a@example.com', ticketType: 'WORKSHOP', sessionId: 's1' })).toMatchObject({
      status: 200,
      text: 'Ticket created successfully.',
    });
    expect((await post('/addTicket', { userEmail: 'a@example.com', ticketType: 'WORKSHOP', sessionId: 's2' })).status).toBe(200);
    await post('/addTicket', { userEmail: 'a@example.com', ticketType: 'ENTRY' });
    await post('/addTicket', { userEmail: 'b@example.com', ticketType: 'ENTRY' });
    expect((await get('/getGuestTickets?userEmail=a%40example.com')).body).toEqual([
      { EMAIL: 'a@example.com', TIER: 'WORKSHOP', sessionId: 's2' },
      { EMAIL: 'a@example.com', TIER: 'ENTRY', sessionId: '' },
    ]);
    expect((await get('/getTicketsByType?ticketType=ENTRY')).body).toHaveLength(2);
    expect((await get('/getAllTickets')).body).toHaveLength(3);
    expect((await get('/getGuestTickets?userEmail=nobody%40example.com')).body).toEqual([]);
    expect(await get('/getGuestTickets')).toMatchObject({ status: 400, text: 'The request must include userEmail as a query parameter.' });
    expect(await get('/getTicketsByType')).toMatchObject({ status: 400, text: 'The request must include ticketType as a query parameter.' });
    expect(await post('/addTicket', { userEmail: 'a@example.com' })).toMatchObject({
      status: 400,
      text: 'The request must include userEmail and ticketType in the body.',
    });
  });

  it('removes answer the documented 404 texts when the target is gone', async () => {
    const m = mock((s) => void s.attendee({ email: 'a@example.com', tickets: ['VIP'] }));
    const { post, get } = raw(m);
    expect(await post('/removeTicket', { userEmail: 'a@example.com', ticketType: 'VIP' })).toMatchObject({ status: 200, text: 'Ticket removed successfully.' });
    expect(await post('/removeTicket', { userEmail: 'a@example.com', ticketType: 'VIP' })).toMatchObject({ status: 404, text: 'Ticket not found for the user.' });
    await post('/addTicket', { userEmail: 'a@example.com', ticketType: 'ENTRY' });
    expect(await post('/removeGuest', { userEmail: 'a@example.com' })).toMatchObject({ status: 200, text: 'User removed successfully.' });
    expect(await post('/removeGuest', { userEmail: 'a@example.com' })).toMatchObject({ status: 404, text: 'User is not registered for the event.' });
    expect((await get('/getAllTickets')).body).toEqual([]);
  });
});

describe('seed builders', () => {
  it('attendee, ticket and event read back exactly as the client returns them', async () => {
    let seeded!: { event: unknown; jane: { id: string }; ticket: unknown; other: { id: string } };
    const m = mock((s) => {
      const event = s.event({ name: 'ignored: Event Vault keeps no event details' });
      const jane = s.attendee({ eventId: event.id, name: 'Jane Doe', email: 'jane@example.com', company: 'Acme', jobTitle: 'Speaker', phone: '+1' });
      const ticket = s.ticket({ attendeeId: jane.id, ticketType: 'VIP', sessionId: 'keynote' });
      const other = s.attendee();
      seeded = { event, jane, ticket, other };
    });
    const client = m.client as unknown as EventVaultClient;
    expect(await client.events.get((seeded.event as { id: string }).id)).toStrictEqual(seeded.event);
    expect(await client.attendees.get(seeded.jane.id)).toStrictEqual(seeded.jane);
    expect(await client.attendees.get(seeded.other.id)).toStrictEqual(seeded.other);
    expect(seeded.other).toMatchObject({ eventId: 'evt-1', name: 'Guest 2', email: 'guest2@example.com', company: null });
    const [ticket] = await client.tickets.list({ attendeeId: seeded.jane.id }).toArray({ limit: 5 });
    expect(ticket).toStrictEqual(seeded.ticket);
    expect((seeded.event as { id: string }).id).toBe('evt-1'); // the first s.event() is the configured event
    expect(await client.ticketTypes.get('evt-1:VIP')).toMatchObject({ name: 'VIP', quantitySold: 1 });
  });

  // A bad seed is a mistake in the test's setup: a ConfigError (it used to be a ValidationError, which the kit
  // reserves for what a client call refuses).
  it('what Event Vault cannot hold throws; bad input is a ConfigError', () => {
    expect(() => mock((s) => void s.order({ eventId: 'evt-1' }))).toThrow(UnsupportedCapabilityError);
    expect(() => mock((s) => void s.eventDate({ eventId: 'evt-1' }))).toThrow(UnsupportedCapabilityError);
    expect(() => mock((s) => void s.ticketType({ eventId: 'evt-1' }))).toThrow(UnsupportedCapabilityError);
    expect(() => mock((s) => void s.attendee({ eventId: 'evt-1', checkedIn: true }))).toThrow(UnsupportedCapabilityError);
    expect(() => mock((s) => void s.attendee({ eventId: 'evt-9' }))).toThrow(ConfigError);
    expect(() =>
      mock((s) => {
        s.attendee({ email: 'a@example.com' });
        s.attendee({ email: 'a@example.com' });
      }),
    ).toThrow(ConfigError);
    expect(() => mock((s) => void s.ticket({ email: 'nobody@example.com' }))).toThrow(ConfigError);
    for (const bad of [null, 5, 'x', []]) {
      expect(() => mock((s) => void s.attendee(bad as never))).toThrow(ConfigError);
      expect(() => mock((s) => void s.ticket(bad as never))).toThrow(ConfigError);
    }
    expect(() => mock((s) => void s.attendee({ tickets: 'VIP' as never }))).toThrow(ConfigError);
  });

  it('an unknown seed key is a ConfigError naming the key meant', () => {
    const typos: Array<[(s: SeederFor<'event-vault'>) => unknown, string, string]> = [
      [(s) => s.attendee({ emial: 'a@example.com' } as never), 'emial', 'email'],
      [(s) => s.attendee({ jobtitle: 'Speaker' } as never), 'jobtitle', 'jobTitle'],
      [(s) => s.attendee({ tickets: [{ ticketType: 'VIP', session: 'x' }] } as never), 'session', 'sessionId'],
      [(s) => s.ticket({ email: 'a@example.com', tier: 'VIP' } as never), 'tier', ''],
      [(s) => s.event({ title: 'Gala' } as never), 'title', ''],
    ];
    for (const [seed, key, meant] of typos) {
      const error = (() => {
        try {
          mock((s) => {
            s.attendee({ email: 'a@example.com' });
            seed(s);
          });
          return null;
        } catch (e) {
          return e as ConfigError;
        }
      })();
      expect(error, key).toBeInstanceOf(ConfigError);
      expect(error!.message).toContain(JSON.stringify(key));
      if (meant) expect(error!.message).toContain(`did you mean "${meant}"`);
    }
  });
});

describe('faults target the emulator’s operations', () => {
  it('every operation of the nine endpoints is a target; anything else is a ConfigError', () => {
    const m = mock();
    const ops: EventVaultOperation[] = [
      'attendees.create',
      'attendees.delete',
      'tickets.grant',
      'tickets.revoke',
      'guests.count',
      'attendees.list',
      'tickets.listByGuest',
      'tickets.listByType',
      'tickets.list',
    ];
    for (const op of ops) expect(() => m.faults.once(op, { kind: 'network' })).not.toThrow();
    expectTypeOf(m.faults.once).parameter(0).toEqualTypeOf<EventVaultOperation | ((call: CallRecord) => boolean)>();
    expect(() => m.faults.once('orders.list' as never, { kind: 'network' })).toThrow(ConfigError);
    expect(() => m.faults.once('attendees.lst' as never, { kind: 'network' })).toThrow(/attendees\.list/);
  });
});

describe('emulator wire: plain text replies', () => {
  it('carry the guessed text/html content type, and the client reads them without relying on it', async () => {
    const m = mock();
    const r = await raw(m).post('/addGuest', { userEmail: 'a@example.com' });
    expect(r.headers.get('content-type')).toBe(EV_TEXT_CONTENT_TYPE_GUESS);
    expect((await raw(m).get('/getGuests')).headers.get('content-type')).toBe('application/json');
    await expect((m.client as unknown as EventVaultClient).tickets.grant({ email: 'a@example.com', ticketType: 'VIP' })).resolves.toMatchObject({ ticketType: 'VIP' });
  });
});

describe('the real client over the emulator', () => {
  it('adds guests, grants tickets, refuses a duplicate, lists in one request', async () => {
    const m = mock(undefined, { pageSize: 1 });
    const client = m.client as unknown as EventVaultClient;
    const jane = await client.attendees.create({ email: 'jane@example.com', name: 'Jane', jobTitle: 'Speaker' });
    await client.attendees.create({ email: 'bob@example.com' });
    await client.tickets.grant({ attendeeId: jane.id, ticketType: 'VIP' });
    await client.tickets.grant({ attendeeId: jane.id, ticketType: 'VIP', sessionId: 'keynote' });
    await expect(client.attendees.create({ email: 'jane@example.com' })).rejects.toBeInstanceOf(ConflictError);
    expect((await client.ensureAttendee({ email: 'jane@example.com' })).created).toBe(false);
    const listed = await client.attendees.list({ limit: 1 }).toArray({ limit: 10 });
    expect(listed.map((a) => a.email)).toEqual(['jane@example.com', 'bob@example.com']);
    expect(listed[0]).toStrictEqual(jane);
    const tickets = await client.tickets.list().toArray({ limit: 10 });
    expect(tickets).toEqual([expect.objectContaining({ ticketType: 'VIP', sessionId: 'keynote' })]);
    expect(m.calls.map((c) => c.op)).toEqual([
      'attendees.create',
      'attendees.create',
      'tickets.grant',
      'tickets.grant',
      'attendees.create',
      'attendees.create',
      'attendees.list',
      'attendees.list',
      'tickets.list',
    ]);
    expect(m.calls.every((c) => c.headers['x-api-key'] === '[redacted]')).toBe(true);
    await client.ensureAttendeeDeleted(jane.id);
    expect(await client.ensureAttendeeDeleted(jane.id)).toMatchObject({ existed: false });
    await expect(client.attendees.get(jane.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('faults answer the vendor’s own texts, and the client maps and retries them per write safety', async () => {
    const m = mock((s) => void s.attendee({ email: 'a@example.com', tickets: ['VIP'] }), { client: { logLevel: 'off' } });
    const client = m.client as unknown as EventVaultClient;
    // addGuest: a 500 is not retried (no idempotency key) and the outcome is unknown.
    m.faults.once('attendees.create', { kind: 'http', status: 500 });
    const e500 = await client.attendees.create({ email: 'b@example.com' }).catch((e: unknown) => e);
    expect(e500).toMatchObject({ code: 'server', raw: 'Error adding user to the event.', outcomeUnknown: true });
    expect(m.calls.filter((c) => c.op === 'attendees.create')).toHaveLength(1);
    // The answer is lost after the guest was added: not retried; ensureAttendee then finds it there.
    m.faults.once('attendees.create', { kind: 'network', phase: 'response' });
    const lost = await client.attendees.create({ email: 'c@example.com' }).catch((e: unknown) => e);
    expect(lost).toMatchObject({ code: 'network', outcomeUnknown: true });
    expect(await client.ensureAttendee({ email: 'c@example.com' })).toMatchObject({ created: false, attendee: { email: 'c@example.com' } });
    // addTicket (an upsert) is retried after a 500.
    m.faults.once('tickets.grant', { kind: 'http', status: 500 });
    await client.tickets.grant({ email: 'a@example.com', ticketType: 'VIP', sessionId: 'late' });
    expect(m.calls.filter((c) => c.op === 'tickets.grant').map((c) => c.status)).toEqual([500, 200]);
    // Default 404 bodies per operation map to their vendor codes.
    m.faults.once('attendees.delete', { kind: 'http', status: 404 });
    await expect(client.attendees.delete('evt-1:a%40example.com')).rejects.toMatchObject({ vendorCode: 'guest_not_found' });
    m.faults.once('tickets.revoke', { kind: 'http', status: 404 });
    await expect(client.tickets.revoke({ email: 'a@example.com', ticketType: 'VIP' })).rejects.toMatchObject({ vendorCode: 'ticket_not_found' });
    m.faults.once('attendees.list', { kind: 'http', status: 408 });
    await expect(client.attendees.list()).rejects.toMatchObject({ code: 'clock_skew' });
    m.faults.once('attendees.list', { kind: 'rate_limited', retryAfterSeconds: 0 });
    expect((await client.attendees.list()).data.map((a) => a.email)).toEqual(['a@example.com', 'c@example.com']);
  });

  it('a user client whose own clock is a day off gets one 408, then corrects itself from the Date header', async () => {
    const m = mock((s) => void s.attendee({ email: 'a@example.com' }));
    const c = m.credentials as { apiKey: string; clientId: string; eventId: string };
    const own = createClient({ provider: 'event-vault', apiKey: c.apiKey, clientId: c.clientId, eventId: c.eventId, fetch: m.fetch, logLevel: 'off', clock: () => DEFAULT_CLOCK_START + 86_400_000 });
    expect((await own.attendees.list()).data).toHaveLength(1);
    expect((await own.attendees.list()).data).toHaveLength(1);
    expect(m.calls.map((x) => x.status)).toEqual([408, 200, 200]);
  });

  it('a client whose clock is 10 minutes off gets a 408, learns the offset from Date, and retries once', async () => {
    let m!: ReturnType<typeof mock>;
    m = mock((s) => void s.attendee({ email: 'a@example.com' }), { client: { clock: () => m.clock() - 10 * 60 * 1000, logLevel: 'off' } });
    const client = m.client as unknown as EventVaultClient;
    const page = await client.attendees.list();
    expect(page.data).toHaveLength(1);
    expect(m.calls.map((c) => c.status)).toEqual([408, 200]);
    expect(client.clockOffsetMs).toBe(10 * 60 * 1000);
    await client.guestCount();
    expect(m.calls.map((c) => c.status)).toEqual([408, 200, 200]);
  });

  it('events.list then attendees.list works generically; a user client reaches the same state', async () => {
    const m = mock((s) => {
      s.attendee({ name: 'Ann' });
      const configured = s.event();
      const e2 = s.event();
      expect([configured.id, e2.id]).toEqual(['evt-1', 'evt-2']);
      s.attendee({ eventId: e2.id, name: 'Ben' });
    });
    const generic: TicketingClient = m.client;
    const names: Array<string | null> = [];
    for await (const e of generic.events.list()) for await (const a of generic.attendees.list({ eventId: e.id })) names.push(a.name);
    expect(names).toEqual(['Ann']);
    const own = createClient({ provider: 'event-vault', ...(m.credentials as { apiKey: string; clientId: string; eventId: string }), eventId: 'evt-2', fetch: m.fetch });
    expect((await own.attendees.list()).data.map((a) => a.name)).toEqual(['Ben']);
  });
});

describe('ticketkit mock-server --provider event-vault', () => {
  it('serves the emulator over a socket on 127.0.0.1, seeded from a seed file (guests with tickets)', async () => {
    const server = await startMockServer({
      provider: 'event-vault',
      port: 0,
      seed: seedFromJson({
        provider: 'event-vault',
        seed: [
          { ref: 'ann', builder: 'attendee', input: { email: 'ann@example.com', name: 'Ann' } },
          { builder: 'ticket', input: { attendeeId: { $ref: 'ann' }, ticketType: 'VIP' } },
        ],
      }),
    });
    try {
      expect(server.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      // `credentials` carries the emulator clock, so x-timestamp is inside the window from the first request.
      const client = createClient({ provider: 'event-vault', ...(server.credentials as { apiKey: string; clientId: string; eventId: string }), baseUrl: server.baseUrl, maxRetries: 0 });
      expect((await client.attendees.list()).data.map((a) => a.name)).toEqual(['Ann']);
      const tickets = await (client as unknown as EventVaultClient).tickets.list().toArray({ limit: 5 });
      expect(tickets.map((t) => t.ticketType)).toEqual(['VIP']);
      const res = await fetch(`${server.baseUrl}/getGuests`);
      expect(res.status).toBe(400);
      expect(await res.text()).toBe('The request must include x-api-key, x-client-id, x-event-id, and x-timestamp headers.');
    } finally {
      await server.close();
    }
  });
});
