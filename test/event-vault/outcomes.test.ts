/**
 * Outcome truth at the Event Vault wire (issue 13 items 2, 4 and 5): after a write settles with an error,
 * `outcomeUnknown` says whether the vendor may hold it, over all attempts; a write succeeds only on the vendor's
 * documented reply; a removal retried after an attempt that may have landed, answered by the vendor's "gone" 404,
 * succeeded; `ensureAttendee` returns the guest the vendor holds, or throws.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ConnectionError,
  InvalidResponseError,
  NotFoundError,
  ServerError,
  TimeoutError,
  ValidationError,
  type TicketingError,
} from '../../src/index.js';
import { type EventVaultClient } from '../../src/providers/event-vault/index.js';
import { EV_TEXT } from '../../src/providers/event-vault/errors.js';
import { createMockClient } from '../../src/testing/index.js';
import type { Answer } from '../helpers/wire.js';
import { guests, json, setup, text } from './helpers.js';

const JANE = 'evt-1:jane.doe%40example.com';

/** The answer was lost after the request left (the vendor may have processed it). */
const dropped: Answer = { reject: new TypeError('socket hang up') };
/** The connection was refused: nothing was sent. */
const refused: Answer = { reject: Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }) };
/** No answer until the attempt's timeout aborts the request. */
const hang: Answer = (req) =>
  new Promise((_, reject) => {
    req.signal!.addEventListener('abort', () => reject(req.signal!.reason));
  });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Runs a call to its end, through retry backoffs and attempt timeouts (fake timers). */
async function settle(call: PromiseLike<unknown>): Promise<unknown> {
  const outcome = Promise.resolve(call).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  await vi.runAllTimersAsync();
  return outcome;
}

async function failure(call: PromiseLike<unknown>): Promise<TicketingError> {
  const outcome = (await settle(call)) as { value?: unknown; error?: unknown };
  expect(outcome.error, `resolved with ${JSON.stringify(outcome.value)}`).toBeDefined();
  return outcome.error as TicketingError;
}

type Write = [string, (tk: EventVaultClient) => PromiseLike<unknown>, string, string];

/** The three writes that are retried after a failure that may have landed (keyed by email, or (email, type)). */
const retriedWrites: Write[] = [
  ['attendees.delete', (tk) => tk.attendees.delete(JANE), '/removeGuest', EV_TEXT.guestNotFound],
  ['tickets.grant', (tk) => tk.tickets.grant({ attendeeId: JANE, ticketType: 'VIP' }), '/addTicket', EV_TEXT.guestNotFound],
  ['tickets.revoke', (tk) => tk.tickets.revoke({ attendeeId: JANE, ticketType: 'VIP' }), '/removeTicket', EV_TEXT.ticketNotFound],
];

describe('outcomeUnknown over all attempts (13.2)', () => {
  const laterAnswers: Array<[string, Answer, new (...a: never[]) => TicketingError]> = [
    ['a 400', text(EV_TEXT.missingEmailAndTypeBody, 400), ValidationError],
    ['an "Event not found." 404', text(EV_TEXT.eventNotFound, 404), NotFoundError],
    ['a "Client not found." 404', text(EV_TEXT.clientNotFound, 404), NotFoundError],
    ['a refused connection', refused, ConnectionError],
  ];

  describe.each(retriedWrites)('%s', (_name, call, path) => {
    it.each(laterAnswers)('a dropped answer, then %s: outcomeUnknown true', async (_label, later, cls) => {
      const { tk, seen } = setup([dropped, later], { maxRetries: 1 });
      const e = await failure(call(tk));
      expect(e).toBeInstanceOf(cls);
      expect(e.outcomeUnknown).toBe(true);
      expect(e.attempts.map((a) => a.error)).toEqual(['network', e.code]);
      expect(seen.map((r) => r.path)).toEqual([path, path]);
    });

    it('a timeout, then a 400: outcomeUnknown true', async () => {
      const { tk, seen } = setup([hang, text(EV_TEXT.missingEmailAndTypeBody, 400)], { maxRetries: 1, timeout: 1_000 });
      const e = await failure(call(tk));
      expect(e).toBeInstanceOf(ValidationError);
      expect(e.outcomeUnknown).toBe(true);
      expect(e.attempts.map((a) => a.error)).toEqual(['timeout', 'validation']);
      expect(seen).toHaveLength(2);
    });

    it('a timeout on every attempt: a TimeoutError with outcomeUnknown true', async () => {
      const { tk } = setup([hang], { maxRetries: 1, timeout: 1_000 });
      const e = await failure(call(tk));
      expect(e).toBeInstanceOf(TimeoutError);
      expect(e.outcomeUnknown).toBe(true);
    });

    it('a refused connection, then a 400: outcomeUnknown false (nothing can have landed)', async () => {
      const { tk } = setup([refused, text(EV_TEXT.missingEmailAndTypeBody, 400)], { maxRetries: 1 });
      const e = await failure(call(tk));
      expect(e).toBeInstanceOf(ValidationError);
      expect(e.outcomeUnknown).toBe(false);
    });
  });
});

describe('a removal whose retry finds it gone succeeded (13.2)', () => {
  it('attendees.delete: a dropped answer, then "User is not registered for the event.": deleted', async () => {
    const { tk, seen } = setup([dropped, text(EV_TEXT.guestNotFound, 404)]);
    const outcome = (await settle(tk.attendees.delete(JANE).withResponse())) as { value: { data: unknown; attempts: unknown[] } };
    expect(outcome.value.data).toEqual({ id: JANE, deleted: true });
    expect(outcome.value.attempts).toHaveLength(2);
    expect(seen.map((r) => r.body)).toEqual([{ userEmail: 'jane.doe@example.com' }, { userEmail: 'jane.doe@example.com' }]);
  });

  it('tickets.revoke: a 5xx, then "Ticket not found for the user.": removed', async () => {
    const { tk } = setup([text('Error removing ticket for the guest.', 500), text(EV_TEXT.ticketNotFound, 404)]);
    const outcome = (await settle(tk.tickets.revoke({ attendeeId: JANE, ticketType: 'VIP' }))) as { value: unknown };
    expect(outcome.value).toEqual({ id: `${JANE}:VIP`, deleted: true, existed: true });
  });

  it('the ensure helpers: the retry’s "gone" 404 means this call removed it (existed: true)', async () => {
    const { tk } = setup([dropped, text(EV_TEXT.guestNotFound, 404), dropped, text(EV_TEXT.ticketNotFound, 404)]);
    expect(((await settle(tk.ensureAttendeeDeleted(JANE))) as { value: unknown }).value).toEqual({ id: JANE, deleted: true, existed: true });
    expect(((await settle(tk.ensureRemoved(`${JANE}:VIP`))) as { value: unknown }).value).toEqual({ id: `${JANE}:VIP`, deleted: true, existed: true });
  });

  it('on the first attempt, the "gone" 404 is a NotFoundError with outcomeUnknown false', async () => {
    const { tk } = setup([text(EV_TEXT.guestNotFound, 404), text(EV_TEXT.ticketNotFound, 404)]);
    const e1 = await failure(tk.attendees.delete(JANE));
    expect(e1).toBeInstanceOf(NotFoundError);
    expect(e1).toMatchObject({ vendorCode: 'guest_not_found', outcomeUnknown: false });
    const e2 = await failure(tk.tickets.revoke({ attendeeId: JANE, ticketType: 'VIP' }));
    expect(e2).toMatchObject({ vendorCode: 'ticket_not_found', outcomeUnknown: false });
  });

  it('another removal’s "gone" text does not count (a guest 404 on removeTicket is not "ticket gone")', async () => {
    const { tk } = setup([dropped, text(EV_TEXT.guestNotFound, 404)]);
    const e = await failure(tk.tickets.revoke({ attendeeId: JANE, ticketType: 'VIP' }));
    expect(e).toBeInstanceOf(NotFoundError);
    expect(e.outcomeUnknown).toBe(true);
  });

  it('end to end on the emulator: the answer to the removal is lost, the retry finds the guest gone, delete resolves', async () => {
    // The emulator answers on real timers; the one retry waits its backoff (under half a second).
    vi.useRealTimers();
    const mock = createMockClient({ provider: 'event-vault', seed: (s) => void s.attendee({ email: 'jane.doe@example.com' }) });
    mock.faults.once('attendees.delete', { kind: 'network', phase: 'response' });
    expect(await mock.client.attendees.delete(JANE)).toEqual({ id: JANE, deleted: true });
    expect(mock.calls.map((c) => [c.op, c.status])).toEqual([
      ['attendees.delete', null],
      ['attendees.delete', 404],
    ]);
    expect(await mock.client.attendees.list().toArray({ limit: 10 })).toEqual([]);
  });
});

describe('a write succeeds only on its documented reply (13.4)', () => {
  const writes: Array<[string, (tk: EventVaultClient) => PromiseLike<unknown>, string]> = [
    ['native.addGuest', (tk) => tk.native.addGuest({ userEmail: 'a@example.com' }), EV_TEXT.guestAdded],
    ['native.removeGuest', (tk) => tk.native.removeGuest({ userEmail: 'a@example.com' }), EV_TEXT.guestRemoved],
    ['native.addTicket', (tk) => tk.native.addTicket({ userEmail: 'a@example.com', ticketType: 'VIP' }), EV_TEXT.ticketCreated],
    ['native.removeTicket', (tk) => tk.native.removeTicket({ userEmail: 'a@example.com', ticketType: 'VIP' }), EV_TEXT.ticketRemoved],
    ['attendees.create', (tk) => tk.attendees.create({ email: 'a@example.com' }), EV_TEXT.guestAdded],
    ['attendees.delete', (tk) => tk.attendees.delete(JANE), EV_TEXT.guestRemoved],
    ['tickets.grant', (tk) => tk.tickets.grant({ attendeeId: JANE, ticketType: 'VIP' }), EV_TEXT.ticketCreated],
    ['tickets.revoke', (tk) => tk.tickets.revoke({ attendeeId: JANE, ticketType: 'VIP' }), EV_TEXT.ticketRemoved],
    ['ensureAttendee', (tk) => tk.ensureAttendee({ email: 'a@example.com' }), EV_TEXT.guestAdded],
    ['ensureRemoved', (tk) => tk.ensureRemoved(JANE), EV_TEXT.guestRemoved],
  ];
  const notTheReply: Array<[string, string]> = [
    ['an HTML page', '<!DOCTYPE html><html><body>Welcome to nginx!</body></html>'],
    ['an empty body', ''],
    ['another text', 'OK'],
    ['JSON', '{"ok":true}'],
  ];

  describe.each(writes)('%s', (_name, call, reply) => {
    it.each(notTheReply)('200 with %s: InvalidResponseError, outcomeUnknown true, not retried', async (_label, body) => {
      const { tk, seen } = setup([text(body), text(reply)]);
      const e = await failure(call(tk));
      expect(e).toBeInstanceOf(InvalidResponseError);
      expect(e.outcomeUnknown).toBe(true);
      expect(e.status).toBe(200);
      expect(e.message).toContain(JSON.stringify(reply));
      expect(seen).toHaveLength(1);
    });

    it('200 with the documented reply (blanks around it allowed): success', async () => {
      const { tk } = setup([text(`\n ${reply}\r\n`)]);
      const outcome = (await settle(call(tk))) as { value?: unknown; error?: unknown };
      expect(outcome.error).toBeUndefined();
    });
  });

  it('another write’s reply is not this write’s success', async () => {
    const { tk } = setup([text(EV_TEXT.guestRemoved)]);
    const e = await failure(tk.attendees.create({ email: 'a@example.com' }));
    expect(e).toBeInstanceOf(InvalidResponseError);
    expect(e.outcomeUnknown).toBe(true);
  });
});

describe('ensureAttendee returns what the vendor holds, or throws (13.5)', () => {
  it('a 409, then a guest list without the email: NotFoundError, no success reported, outcomeUnknown false', async () => {
    const { tk, seen } = setup([text(EV_TEXT.guestExists, 409), json(guests)]);
    const e = await failure(tk.ensureAttendee({ email: 'zed@example.com', name: 'Zed' }));
    expect(e).toBeInstanceOf(NotFoundError);
    expect(e.outcomeUnknown).toBe(false);
    expect(e.message).toContain('409');
    expect(e.message).toContain('does not hold');
    expect(e.attempts.map((a) => a.status)).toEqual([409, 200]);
    expect(seen.map((r) => r.path)).toEqual(['/addGuest', '/getGuests']);
  });

  it('the message points at a guest that differs only in letter case', async () => {
    const { tk } = setup([text(EV_TEXT.guestExists, 409), json(guests)]);
    const e = await failure(tk.ensureAttendee({ email: 'Jane.Doe@Example.com' }));
    expect(e).toBeInstanceOf(NotFoundError);
    expect(e.message).toContain('jane.doe@example.com, which differs only in letter case');
  });

  it('a dropped answer, a 409, then a list without the email: outcomeUnknown true (the first attempt may have added it)', async () => {
    const { tk } = setup([dropped, text(EV_TEXT.guestExists, 409), json([])]);
    const e = await failure(tk.ensureAttendee({ email: 'zed@example.com' }));
    expect(e).toBeInstanceOf(NotFoundError);
    expect(e.outcomeUnknown).toBe(true);
    expect(e.attempts.map((a) => a.status)).toEqual([null, 409, 200]);
  });

  it('a 409, then a failing read-back: the read’s class, saying the guest is registered; outcomeUnknown from the write', async () => {
    const { tk } = setup([text(EV_TEXT.guestExists, 409), text('Error getting guests.', 500)], { maxRetries: 0 });
    const e = await failure(tk.ensureAttendee({ email: 'jane.doe@example.com' }));
    expect(e).toBeInstanceOf(ServerError);
    expect(e.outcomeUnknown).toBe(false);
    expect(e.message).toMatch(/^addGuest answered 409 .* but reading the guest back failed/);
    expect(e.attempts.map((a) => a.status)).toEqual([409, 500]);

    const again = setup([dropped, text(EV_TEXT.guestExists, 409), json({ not: 'a list' })]);
    const e2 = await failure(again.tk.ensureAttendee({ email: 'jane.doe@example.com' }));
    expect(e2).toBeInstanceOf(InvalidResponseError);
    expect(e2.outcomeUnknown).toBe(true);
  });

  it('a 409, then the list holding the guest: the stored guest, created false', async () => {
    const { tk } = setup([text(EV_TEXT.guestExists, 409), json(guests)]);
    const outcome = (await settle(tk.ensureAttendee({ email: 'jane.doe@example.com', name: 'Not Stored' }))) as {
      value: { created: boolean; attendee: { name: string } };
    };
    expect(outcome.value.created).toBe(false);
    expect(outcome.value.attendee.name).toBe('Jane Doe');
  });
});
