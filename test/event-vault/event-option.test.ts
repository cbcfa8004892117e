/**
 * Issue 15: the per-call `eventId` option belongs to the methods that take it (the native layer and
 * `client.request`), not to every request; and a client that works on many events keeps a bounded number of
 * per-event pipelines (`x-event-id` is a header of the wire).
 */
import { describe, expect, it } from 'vitest';
import type { HttpPipeline } from '../../src/core/pipeline.js';
import { ValidationError } from '../../src/index.js';
import { EventPipelines } from '../../src/providers/event-vault/pipelines.js';
import { json, setup, text } from './helpers.js';

const JANE = 'evt-1:jane.doe%40example.com';

async function rejection(call: () => PromiseLike<unknown>): Promise<ValidationError> {
  return (await Promise.resolve(call()).catch((e: unknown) => e)) as ValidationError;
}

describe('eventId is an option of the native layer and client.request only', () => {
  it('every native method takes it: the call goes to that event, the next one to the configured event', async () => {
    const { tk, seen } = setup([json([]), json([]), json({ guestCount: 0 }), json([]), json([]), text('User removed successfully.'), text('Ticket created successfully.')]);
    await tk.native.getGuests({ eventId: 'evt-2' });
    await tk.native.getAllTickets({ eventId: 'evt-3' });
    await tk.native.getGuestCount({ eventId: 'evt-4', maxRetries: 0 });
    await tk.native.getGuestTickets('a@example.com', { eventId: 'evt-5' });
    await tk.native.getTicketsByType('VIP', { eventId: undefined });
    await tk.native.removeGuest({ userEmail: 'a@example.com' }, { eventId: 'evt-6' });
    await tk.native.addTicket({ userEmail: 'a@example.com', ticketType: 'VIP' });
    expect(seen.map((r) => r.headers['x-event-id'])).toEqual(['evt-2', 'evt-3', 'evt-4', 'evt-5', 'evt-1', 'evt-6', 'evt-1']);
  });

  it('a native typo names the option meant; a bad eventId is a ValidationError; nothing is sent', async () => {
    const { tk, seen } = setup([json([])]);
    const typo = await rejection(() => tk.native.getGuests({ eventID: 'evt-2' } as never));
    expect(typo).toBeInstanceOf(ValidationError);
    expect(typo.message).toContain('did you mean "eventId"');
    for (const bad of ['', '  ', '..', 7, null]) {
      const e = await rejection(() => tk.native.getGuests({ eventId: bad } as never));
      expect(e, String(bad)).toBeInstanceOf(ValidationError);
      expect(e.fields.map((f) => f.field)).toContain('eventId');
    }
    const write = await rejection(() => tk.native.addGuest({ userEmail: 'a@example.com' }, { eventId: '..' }));
    expect(write.outcomeUnknown).toBe(false);
    expect(seen).toHaveLength(0);
  });

  it('client.request takes it too (and eventId: undefined is the configured event)', async () => {
    const { tk, seen } = setup([json({ ok: true })]);
    await tk.request({ method: 'GET', path: '/getGuests' }, { eventId: undefined });
    await tk.request({ method: 'GET', path: '/getGuests' }, { eventId: 'evt-2' });
    expect(seen.map((r) => r.headers['x-event-id'])).toEqual(['evt-1', 'evt-2']);
    expect(await rejection(() => tk.request({ method: 'GET', path: '/getGuests' }, { eventID: 'x' } as never))).toBeInstanceOf(ValidationError);
  });

  it('every normalized method refuses it (the event belongs in its params or id), nothing sent', async () => {
    const { tk, seen } = setup([json([])]);
    const option = { eventId: 'evt-2' } as never;
    const calls: Array<() => PromiseLike<unknown>> = [
      () => tk.events.get('evt-1', option),
      () => tk.events.list({}, option),
      () => tk.ticketTypes.list({ eventId: 'evt-1' }, option),
      () => tk.tickets.list({}, option),
      () => tk.tickets.ensureRevoked({ attendeeId: JANE, ticketType: 'VIP' }, option),
      () => tk.ensureAttendeeDeleted(JANE, option),
      () => tk.ensureRemoved(JANE, option),
      () => tk.ensureGuest({ email: 'a@example.com' }, option),
    ];
    for (const call of calls) {
      const e = await rejection(call);
      expect(e, call.toString()).toBeInstanceOf(ValidationError);
      expect(e.fields.map((f) => f.field)).toContain('eventId');
    }
    expect(seen).toHaveLength(0);
  });
});

describe('per-event pipelines are bounded', () => {
  it('EventPipelines keeps the most recently used ones and builds a let-go one again', () => {
    const built: string[] = [];
    const pipelines = new EventPipelines((eventId) => (built.push(eventId), { eventId } as unknown as HttpPipeline), 3);
    for (const id of ['a', 'b', 'c', 'a', 'd', 'a', 'b']) pipelines.get(id);
    // 'd' let 'b' go (the least recently used: 'a' had been used again); 'b' is built again.
    expect(built).toEqual(['a', 'b', 'c', 'd', 'b']);
    expect(pipelines.size).toBe(3);
    expect(pipelines.get('a')).toBe(pipelines.get('a'));
  });

  it('a client that works on 40 events sends each call to its event and keeps at most 16 pipelines', async () => {
    const { tk, seen } = setup([json([])]);
    const ids = Array.from({ length: 40 }, (_, i) => `evt-${i + 2}`);
    for (const eventId of [...ids, ...ids.slice(0, 3)]) await tk.attendees.list({ eventId });
    expect(seen.map((r) => r.headers['x-event-id'])).toEqual([...ids, ...ids.slice(0, 3)]);
    const kept = (tk as unknown as { otherEvents: EventPipelines }).otherEvents.size;
    expect(kept).toBeLessThanOrEqual(16);
  });
});
