/** Event Vault at the wire: config, the four headers, the per-attempt timestamp, clock skew, native endpoints, errors. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AuthenticationError,
  ConfigError,
  ConflictError,
  ConnectionError,
  createClient,
  InvalidResponseError,
  isTicketingError,
  NotFoundError,
  RateLimitError,
  ServerError,
  TicketingError,
  ValidationError,
} from '../../src/index.js';
import { createEventVaultClient } from '../../src/providers/event-vault/index.js';
import { EV_TEXT } from '../../src/providers/event-vault/errors.js';
import { BASE, CFG, guests, json, setup, T0, text } from './helpers.js';
import { scriptedFetch } from '../helpers/wire.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('config', () => {
  it.each(['apiKey', 'clientId', 'eventId'] as const)('a missing %s is a ConfigError at creation', (field) => {
    const config: Record<string, unknown> = { ...CFG };
    delete config[field];
    expect(() => createEventVaultClient(config as never)).toThrow(ConfigError);
    expect(() => createClient({ provider: 'event-vault', ...config } as never)).toThrow(new RegExp(field));
    expect(() => createClient({ provider: 'event-vault', ...config, [field]: '  ' } as never)).toThrow(ConfigError);
  });

  it('rejects a clock that is not a function', () => {
    expect(() => createEventVaultClient({ ...CFG, clock: 5 as never })).toThrow(ConfigError);
  });

  it('a bad value is a ConfigError naming the key and what it must be', () => {
    expect(() => createEventVaultClient({ ...CFG, clock: 5 as never })).toThrow(/`clock`: a function returning milliseconds since the epoch, like Date.now, got 5/);
    expect(() => createEventVaultClient({ ...CFG, eventId: '..' })).toThrow(/`eventId`: the id of the event to work on \(x-event-id\): visible ASCII/);
    expect(() => createEventVaultClient({ ...CFG, clientId: 7 as never })).toThrow(/`clientId`: the client id shown in the Event Vault console \(x-client-id\).*got 7/);
    expect(() => createEventVaultClient({ ...CFG, apiKey: undefined as never })).toThrow(/`apiKey`: missing \(the API key \(x-api-key\)\)/);
    expect(() => createEventVaultClient(null as never)).toThrow(/Event Vault needs a config object: \{ apiKey, clientId, eventId, clock \}/);
  });

  it('createClient returns the generic client over the same adapter', async () => {
    const wire = scriptedFetch([json([])]);
    const tk = createClient({ provider: 'event-vault', ...CFG, fetch: wire.fetch, clock: () => T0, logLevel: 'off' });
    expect(tk.provider).toBe('event-vault');
    expect(tk.capabilities.pagination).toBe('client');
    await tk.attendees.list().toArray({ limit: 10 });
    expect(wire.seen[0]!.headers['x-timestamp']).toBe(String(T0));
  });
});

describe('auth headers and the per-attempt timestamp', () => {
  it('sends all four headers on every request, x-timestamp in ms from the clock', async () => {
    const { tk, seen } = setup([json([]), text('User added successfully.')]);
    await tk.native.getGuests();
    await tk.native.addGuest({ userEmail: 'a@example.com' });
    for (const req of seen) {
      expect(req.headers['x-api-key']).toBe(CFG.apiKey);
      expect(req.headers['x-client-id']).toBe(CFG.clientId);
      expect(req.headers['x-event-id']).toBe(CFG.eventId);
      expect(req.headers['x-timestamp']).toBe(String(T0));
    }
    expect(seen[1]!.headers['content-type']).toBe('application/json');
  });

  it('reads the clock for each attempt: a retry carries the time it was sent', async () => {
    const ctx = setup([
      () => {
        ctx.advance(90_000); // the first attempt took 90 s to fail
        return text('Error getting guests.', 500, { 'retry-after': '0' });
      },
      json([]),
    ]);
    await ctx.tk.native.getGuests();
    expect(ctx.seen.map((r) => Number(r.headers['x-timestamp']))).toEqual([T0, T0 + 90_000]);
  });

  it('a retry after backoff carries a fresh timestamp', async () => {
    vi.useFakeTimers({ now: T0 });
    const tk = createEventVaultClient({
      ...CFG,
      logLevel: 'off',
      // The default clock is Date.now, which the fake timers drive.
      fetch: (() => {
        let n = 0;
        return async (input: RequestInfo | URL, init?: RequestInit) => {
          const r = input instanceof Request ? input : new Request(input, init);
          stamps.push(r.headers.get('x-timestamp'));
          return n++ === 0 ? text('slow down', 429, { 'retry-after': '30' }) : json([]);
        };
      })(),
    });
    const stamps: Array<string | null> = [];
    const pending = tk.native.getGuests();
    await vi.advanceTimersByTimeAsync(30_000);
    await pending;
    expect(stamps).toEqual([String(T0), String(T0 + 30_000)]);
  });

  it('a call eventId overrides x-event-id for that call only', async () => {
    const { tk, seen } = setup([json([]), json([]), text('User added successfully.')]);
    await tk.native.getGuests({ eventId: 'evt-2' });
    await tk.native.getGuests();
    await tk.native.addGuest({ userEmail: 'a@example.com' }, { eventId: 'evt-3' });
    expect(seen.map((r) => r.headers['x-event-id'])).toEqual(['evt-2', 'evt-1', 'evt-3']);
    expect(seen.every((r) => r.headers['x-api-key'] === CFG.apiKey)).toBe(true);
  });

  it('client.request sends any path with the same headers and honours eventId', async () => {
    const { tk, seen } = setup([json({ ok: true })]);
    const data = await tk.request<{ ok: boolean }>({ method: 'GET', path: '/getSomethingNew' }, { eventId: 'evt-9' });
    expect(data).toEqual({ ok: true });
    expect(seen[0]!.url.href).toBe(`${BASE}/getSomethingNew`);
    expect(seen[0]!.headers['x-event-id']).toBe('evt-9');
    expect(seen[0]!.headers['x-timestamp']).toBe(String(T0));
  });
});

describe('408 clock skew', () => {
  const skew = (headers: Record<string, string> = {}) => text(EV_TEXT.timestampWindow, 408, headers);

  it('without a Date header: clock_skew, a message about the clock, not retried', async () => {
    const { tk, seen } = setup([skew(), json([])]);
    const error = await tk.native.getGuests().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TicketingError);
    const e = error as TicketingError;
    expect(e.code).toBe('clock_skew');
    expect(e.status).toBe(408);
    expect(e.vendorCode).toBe('timestamp_out_of_window');
    expect(e.retryable).toBe(false);
    expect(e.message).toMatch(/clock/i);
    expect(e.message).toMatch(/NTP/);
    expect(seen).toHaveLength(1);
    expect(tk.clockOffsetMs).toBe(0);
  });

  it('with a Date header: learns the offset, retries once with a corrected timestamp, keeps it for later calls', async () => {
    const serverNow = T0 + 10 * 60_000; // the server is 10 minutes ahead of this host
    const { tk, seen } = setup([skew({ date: new Date(serverNow).toUTCString() }), json(guests), json([])]);
    const result = await tk.native.getGuests().withResponse();
    expect(result.data).toHaveLength(5);
    expect(result.attempts.map((a) => a.status)).toEqual([408, 200]);
    expect(seen.map((r) => Number(r.headers['x-timestamp']))).toEqual([T0, serverNow]);
    expect(tk.clockOffsetMs).toBe(10 * 60_000);
    await tk.native.getAllTickets();
    expect(Number(seen[2]!.headers['x-timestamp'])).toBe(serverNow);
  });

  it('retries once only: a second 408 whose Date agrees with the learned offset is not retried', async () => {
    const date = new Date(T0 - 20 * 60_000).toUTCString(); // host 20 minutes ahead
    const { tk, seen } = setup([skew({ date }), skew({ date }), json([])], { maxRetries: 5 });
    const error = (await tk.native.getGuests().catch((e: unknown) => e)) as TicketingError;
    expect(error.code).toBe('clock_skew');
    expect(seen).toHaveLength(2);
    expect(Number(seen[1]!.headers['x-timestamp'])).toBe(T0 - 20 * 60_000);
    expect(error.message).toMatch(/ahead of the server/);
  });

  it('the correction retry is allowed for addGuest too (the 408 proves it was not processed)', async () => {
    const date = new Date(T0 + 6 * 60_000).toUTCString();
    const { tk, seen } = setup([skew({ date }), text('User added successfully.')]);
    await expect(tk.native.addGuest({ userEmail: 'a@example.com' })).resolves.toBe('User added successfully.');
    expect(seen).toHaveLength(2);
  });

  it('the learned offset is shared by withOptions copies', async () => {
    const date = new Date(T0 + 6 * 60_000).toUTCString();
    const { tk, seen } = setup([skew({ date }), json([]), json([])]);
    await tk.native.getGuests();
    const copy = tk.withOptions({ eventId: 'evt-2' });
    await copy.native.getGuests();
    expect(copy.clockOffsetMs).toBe(6 * 60_000);
    expect(seen[2]!.headers['x-event-id']).toBe('evt-2');
    expect(Number(seen[2]!.headers['x-timestamp'])).toBe(T0 + 6 * 60_000);
  });
});

describe('client.request input checks', () => {
  it('a bad request (null, unknown method, empty path) is a ValidationError, nothing sent, with or without eventId', async () => {
    const { tk, seen } = setup([json([])]);
    for (const options of [undefined, { eventId: 'evt-2' }]) {
      for (const bad of [null, { method: 'FOO', path: '/getGuests' }, { method: 'GET', path: '' }, {}]) {
        const e = await tk.request(bad as never, options).catch((x: unknown) => x);
        expect(e).toBeInstanceOf(ValidationError);
      }
    }
    expect(seen).toHaveLength(0);
  });
});

describe('native endpoints', () => {
  it('writes: POST with a JSON body, plain-text replies returned as text', async () => {
    const { tk, seen } = setup([
      text('User added successfully.'),
      text('User removed successfully.\n'),
      text('Ticket created successfully.'),
      text('Ticket removed successfully.'),
    ]);
    const guest = { userEmail: 'jane.doe@example.com', name: 'Jane Doe', role: 'Speaker', company: 'Acme', phone: '+1', url: 'https://j', country: 'USA' };
    expect(await tk.native.addGuest(guest)).toBe('User added successfully.');
    expect(await tk.native.removeGuest({ userEmail: 'jane.doe@example.com' })).toBe('User removed successfully.');
    expect(await tk.native.addTicket({ userEmail: 'jane.doe@example.com', ticketType: 'VIP', sessionId: 's-1' })).toBe(
      'Ticket created successfully.',
    );
    expect(await tk.native.removeTicket({ userEmail: 'jane.doe@example.com', ticketType: 'VIP' })).toBe('Ticket removed successfully.');
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /addGuest',
      'POST /removeGuest',
      'POST /addTicket',
      'POST /removeTicket',
    ]);
    expect(seen[0]!.body).toEqual(guest);
    expect(seen[2]!.body).toEqual({ userEmail: 'jane.doe@example.com', ticketType: 'VIP', sessionId: 's-1' });
    expect(seen[3]!.body).toEqual({ userEmail: 'jane.doe@example.com', ticketType: 'VIP' });
  });

  it('reads: GET, no body, JSON parsed, inputs URL-encoded in the query', async () => {
    const ticket = { EMAIL: 'jane.doe@example.com', TIER: 'ENTRY', sessionId: '' };
    const { tk, seen } = setup([
      json({ guestCount: 42, maxAssignedUsers: 57 }),
      json(guests),
      json([ticket]),
      json([ticket]),
      json([ticket]),
      json([]),
    ]);
    expect(await tk.native.getGuestCount()).toEqual({ guestCount: 42, maxAssignedUsers: 57 });
    expect((await tk.native.getGuests())[4]).toEqual(guests[4]);
    expect(await tk.native.getGuestTickets('jane.doe@example.com')).toEqual([ticket]);
    expect(await tk.native.getTicketsByType('VIP PASS')).toEqual([ticket]);
    expect(await tk.native.getAllTickets()).toEqual([ticket]);
    expect(await tk.native.getGuestTickets('carol+vip@example.com')).toEqual([]);
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /getGuestCount',
      'GET /getGuests',
      'GET /getGuestTickets',
      'GET /getTicketsByType',
      'GET /getAllTickets',
      'GET /getGuestTickets',
    ]);
    expect(seen[2]!.url.search).toBe('?userEmail=jane.doe%40example.com');
    expect(seen[3]!.query).toEqual({ ticketType: 'VIP PASS' });
    expect(seen[5]!.url.search).toBe('?userEmail=carol%2Bvip%40example.com');
    expect(seen.every((r) => r.text === '')).toBe(true);
  });

  it('bad input is a ValidationError naming the field, before any request', async () => {
    const { tk, seen } = setup([json([])]);
    const e1 = (await tk.native.addGuest({ userEmail: '' }).catch((e: unknown) => e)) as ValidationError;
    expect(e1).toBeInstanceOf(ValidationError);
    expect(e1.fields[0]!.field).toBe('userEmail');
    const e2 = (await tk.native.addTicket({ userEmail: 'a@b.c' } as never).catch((e: unknown) => e)) as ValidationError;
    expect(e2.fields.map((f) => f.field)).toEqual(['ticketType']);
    const e3 = (await tk.native.getTicketsByType('').catch((e: unknown) => e)) as ValidationError;
    expect(e3.fields[0]!.field).toBe('ticketType');
    const e4 = (await tk.native.getGuests({ eventId: '' }).catch((e: unknown) => e)) as ValidationError;
    expect(e4.fields[0]!.field).toBe('eventId');
    expect(seen).toHaveLength(0);
  });

  it('a read that answers 200 with something that is not JSON is an InvalidResponseError', async () => {
    const { tk } = setup([text('OK'), json({ wrong: true })]);
    await expect(tk.native.getGuests()).rejects.toBeInstanceOf(InvalidResponseError);
    await expect(tk.native.getGuests()).rejects.toBeInstanceOf(InvalidResponseError);
  });
});

describe('error catalogue (exact trimmed text)', () => {
  const cases: Array<[number, string, new (...args: never[]) => TicketingError, string | null, string]> = [
    [400, EV_TEXT.missingHeaders, ValidationError, 'missing_headers', 'validation'],
    [400, EV_TEXT.missingEmailBody, ValidationError, 'missing_field', 'validation'],
    [400, EV_TEXT.missingEmailAndTypeBody, ValidationError, 'missing_field', 'validation'],
    [400, EV_TEXT.missingEmailQuery, ValidationError, 'missing_field', 'validation'],
    [400, EV_TEXT.missingTypeQuery, ValidationError, 'missing_field', 'validation'],
    [403, EV_TEXT.invalidApiKey, AuthenticationError, 'invalid_api_key', 'unauthorized'],
    [404, EV_TEXT.clientNotFound, NotFoundError, 'client_not_found', 'not_found'],
    [404, EV_TEXT.eventNotFound, NotFoundError, 'event_not_found', 'not_found'],
    [404, EV_TEXT.guestNotFound, NotFoundError, 'guest_not_found', 'not_found'],
    [404, EV_TEXT.ticketNotFound, NotFoundError, 'ticket_not_found', 'not_found'],
    [409, EV_TEXT.guestExists, ConflictError, 'guest_exists', 'conflict'],
    [404, 'Something else went missing.', NotFoundError, null, 'not_found'],
    [500, 'Error adding user to the event.', ServerError, null, 'server'],
    [502, '<html><body>Bad gateway</body></html>', ServerError, null, 'server'],
  ];

  it.each(cases)('%i %s', async (status, body, cls, vendorCode, code) => {
    const { tk } = setup([text(`  ${body}\n`, status)], { maxRetries: 0 });
    const error = await tk.native.addGuest({ userEmail: 'a@example.com' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(cls);
    expect(isTicketingError(error)).toBe(true);
    const e = error as TicketingError;
    expect(e.code).toBe(code);
    expect(e.vendorCode).toBe(vendorCode);
    expect(e.status).toBe(status);
    expect(e.provider).toBe('event-vault');
    expect(e.message).toContain(body.slice(0, 40));
    expect(e.raw).toBe(`  ${body}\n`);
    expect(JSON.stringify(e.toJSON())).not.toContain(CFG.apiKey);
  });

  // The documented 500 body of every endpoint: a ServerError keeping the text (reads and the safe writes retry it).
  const serverErrors: Array<[string, string, (tk: ReturnType<typeof setup>['tk']) => PromiseLike<unknown>]> = [
    ['Error adding user to the event.', '/addGuest', (tk) => tk.native.addGuest({ userEmail: 'a@example.com' })],
    ['Error removing user from the event.', '/removeGuest', (tk) => tk.native.removeGuest({ userEmail: 'a@example.com' })],
    ['Error creating ticket for the guest.', '/addTicket', (tk) => tk.native.addTicket({ userEmail: 'a@example.com', ticketType: 'VIP' })],
    ['Error removing ticket for the guest.', '/removeTicket', (tk) => tk.native.removeTicket({ userEmail: 'a@example.com', ticketType: 'VIP' })],
    ['Error getting guest count.', '/getGuestCount', (tk) => tk.native.getGuestCount()],
    ['Error getting guests.', '/getGuests', (tk) => tk.native.getGuests()],
    ['Error getting guest tickets.', '/getGuestTickets', (tk) => tk.native.getGuestTickets('a@example.com')],
    ['Error getting tickets by type.', '/getTicketsByType', (tk) => tk.native.getTicketsByType('VIP')],
    ['Error getting all tickets.', '/getAllTickets', (tk) => tk.native.getAllTickets()],
  ];

  it.each(serverErrors)('500 %s (%s) is a ServerError with the text kept', async (body, path, call) => {
    const { tk, seen } = setup([text(body, 500)], { maxRetries: 0 });
    const e = (await Promise.resolve(call(tk)).catch((x: unknown) => x)) as TicketingError;
    expect(e).toBeInstanceOf(ServerError);
    expect(e).toMatchObject({ code: 'server', status: 500, vendorCode: null, provider: 'event-vault', raw: body });
    expect(e.message).toContain(body);
    expect(seen.map((r) => r.path)).toEqual([path]);
  });

  it('an unknown client id is a NotFoundError (client_not_found) that says to check clientId', async () => {
    const { tk } = setup([text(EV_TEXT.clientNotFound, 404)]);
    const e = (await tk.native.getGuests().catch((x: unknown) => x)) as TicketingError;
    expect(e).toBeInstanceOf(NotFoundError);
    expect(e.vendorCode).toBe('client_not_found');
    expect(e.message).toMatch(/clientId/);
  });

  it('no plain Error escapes from plain-text or odd bodies, on any status', async () => {
    const bodies = ['', 'OK', '{not json', '[1,2', '<html>oops</html>', 'null', '"just a string"'];
    for (const status of [200, 400, 404, 408, 409, 500]) {
      for (const body of bodies) {
        const { tk } = setup([text(body, status)], { maxRetries: 0 });
        for (const call of [() => tk.native.getGuests(), () => tk.native.addGuest({ userEmail: 'a@example.com' }), () => tk.attendees.list()]) {
          const outcome = await Promise.resolve(call()).then(
            () => null,
            (e: unknown) => e,
          );
          if (outcome !== null) expect(isTicketingError(outcome), `${status} ${JSON.stringify(body)}`).toBe(true);
        }
      }
    }
  });

  it('names the missing fields the vendor reports', async () => {
    const { tk } = setup([text(EV_TEXT.missingEmailAndTypeBody, 400)]);
    const e = (await tk.native.addTicket({ userEmail: 'a@b.c', ticketType: 'X' }).catch((x: unknown) => x)) as ValidationError;
    expect(e.fields.map((f) => f.field)).toEqual(['userEmail', 'ticketType']);
  });

  it('a 429 (undocumented) is a RateLimitError and is retried', async () => {
    const { tk, seen } = setup([text('Too many', 429, { 'retry-after': '0' }), text('User added successfully.')]);
    await tk.native.addGuest({ userEmail: 'a@example.com' });
    expect(seen).toHaveLength(2);
    const { tk: tk2 } = setup([text('Too many', 429, { 'retry-after': '0' })], { maxRetries: 0 });
    await expect(tk2.native.getGuests()).rejects.toBeInstanceOf(RateLimitError);
  });

  it('the API key never appears in error objects, even when a body echoes it', async () => {
    const { tk } = setup([text(`bad key ${CFG.apiKey}`, 400)]);
    const e = (await tk.native.getGuests().catch((x: unknown) => x)) as TicketingError;
    expect(JSON.stringify(e.toJSON())).not.toContain(CFG.apiKey);
    expect(e.message).not.toContain(CFG.apiKey);
  });
});

describe('retry safety of writes', () => {
  it('addGuest is not retried after a 5xx (outcome unknown)', async () => {
    const { tk, seen } = setup([text('Error adding user to the event.', 500), text('User added successfully.')]);
    const e = (await tk.native.addGuest({ userEmail: 'a@example.com' }).catch((x: unknown) => x)) as TicketingError;
    expect(e).toBeInstanceOf(ServerError);
    expect(e.outcomeUnknown).toBe(true);
    expect(seen).toHaveLength(1);
  });

  it('addGuest is not retried after a dropped response', async () => {
    const { tk, seen } = setup([{ reject: new TypeError('socket hang up') }, text('User added successfully.')]);
    const e = (await tk.native.addGuest({ userEmail: 'a@example.com' }).catch((x: unknown) => x)) as TicketingError;
    expect(e).toBeInstanceOf(ConnectionError);
    expect(e.outcomeUnknown).toBe(true);
    expect(seen).toHaveLength(1);
  });

  it('addTicket (upsert), removeGuest, removeTicket and reads are retried after a 5xx', async () => {
    const { tk, seen } = setup([
      text('Error creating ticket for the guest.', 500, { 'retry-after': '0' }),
      text('Ticket created successfully.'),
      text('Error removing user from the event.', 500, { 'retry-after': '0' }),
      text('User removed successfully.'),
      text('Error removing ticket for the guest.', 500, { 'retry-after': '0' }),
      text('Ticket removed successfully.'),
      text('Error getting guests.', 500, { 'retry-after': '0' }),
      json([]),
    ]);
    await tk.native.addTicket({ userEmail: 'a@example.com', ticketType: 'ENTRY' });
    await tk.native.removeGuest({ userEmail: 'a@example.com' });
    await tk.native.removeTicket({ userEmail: 'a@example.com', ticketType: 'ENTRY' });
    await tk.native.getGuests();
    expect(seen.map((r) => r.path)).toEqual([
      '/addTicket',
      '/addTicket',
      '/removeGuest',
      '/removeGuest',
      '/removeTicket',
      '/removeTicket',
      '/getGuests',
      '/getGuests',
    ]);
  });

  it('400, 403 and 404 are never retried', async () => {
    const { tk, seen } = setup([text(EV_TEXT.invalidApiKey, 403), text(EV_TEXT.eventNotFound, 404), text(EV_TEXT.missingEmailQuery, 400)]);
    await expect(tk.native.getGuests()).rejects.toBeInstanceOf(AuthenticationError);
    await expect(tk.native.getGuests()).rejects.toBeInstanceOf(NotFoundError);
    await expect(tk.native.getGuests()).rejects.toBeInstanceOf(ValidationError);
    expect(seen).toHaveLength(3);
  });
});
