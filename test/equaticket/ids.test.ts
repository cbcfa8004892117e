/**
 * Ids at the wire: every id a user can pass (normalized methods, list scopes, the native layer) is checked before
 * anything is sent, so the path the vendor sees is exactly the one built. A bad id is a `ValidationError` naming the
 * argument; a wider listing or another endpoint is never reached.
 */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/index.js';
import type { EquaticketClient, EquaticketNative } from '../../src/providers/equaticket/index.js';
import { json } from '../helpers/wire.js';
import { list, setup, wireEvent, wireOrder, wireTicketType } from './helpers.js';

const hostileIds: Array<[string, unknown]> = [
  ['empty', ''],
  ['blank', '  '],
  ['dot', '.'],
  ['dot-dot', '..'],
  ['a number', 42],
  ['null', null],
  ['undefined', undefined],
  ['an object', { id: 'e1' }],
  ['a newline', 'e1\nX-Injected: 1'],
  ['a NUL', 'e\u00001'],
  ['100 kB', 'e'.repeat(100_000)],
];

type Call = (tk: EquaticketClient, native: EquaticketNative, id: unknown) => PromiseLike<unknown>;
const as = (v: unknown) => v as never;

/** Every method that takes a plain id, with the argument name its error must carry. */
const plainIdCalls: Array<[string, string, Call]> = [
  ['events.get', 'id', (tk, _n, id) => tk.events.get(as(id))],
  ['events.update', 'id', (tk, _n, id) => tk.events.update(as(id), { name: 'x' })],
  ['events.publish', 'id', (tk, _n, id) => tk.events.publish(as(id))],
  ['events.cancel', 'id', (tk, _n, id) => tk.events.cancel(as(id))],
  ['eventDates.get', 'id', (tk, _n, id) => tk.eventDates.get(as(id))],
  ['eventDates.list', 'eventId', (tk, _n, id) => tk.eventDates.list({ eventId: as(id) })],
  ['ticketTypes.list', 'eventId', (tk, _n, id) => tk.ticketTypes.list({ eventId: as(id) })],
  ['ticketTypes.create', 'eventId', (tk, _n, id) => tk.ticketTypes.create({ eventId: as(id), name: 'GA', price: null })],
  ['orders.get', 'id', (tk, _n, id) => tk.orders.get(as(id))],
  ['orders.list eventId', 'eventId', (tk, _n, id) => tk.orders.list({ eventId: as(id) })],
  ['orders.list eventDateId', 'eventDateId', (tk, _n, id) => tk.orders.list({ eventDateId: as(id) })],
  ['attendees.list eventId', 'eventId', (tk, _n, id) => tk.attendees.list({ eventId: as(id) })],
  ['native.getEvent', 'id', (_t, n, id) => n.getEvent(as(id))],
  ['native.updateEvent', 'id', (_t, n, id) => n.updateEvent(as(id), { title: 'x' })],
  ['native.publishEvent', 'id', (_t, n, id) => n.publishEvent(as(id))],
  ['native.cancelEvent', 'id', (_t, n, id) => n.cancelEvent(as(id))],
  ['native.listTicketTypes', 'eventId', (_t, n, id) => n.listTicketTypes(as(id))],
  ['native.getTicketType event', 'eventId', (_t, n, id) => n.getTicketType(as(id), 't1')],
  ['native.getTicketType type', 'id', (_t, n, id) => n.getTicketType('e1', as(id))],
  ['native.createTicketType', 'eventId', (_t, n, id) => n.createTicketType(as(id), { name: 'GA', price: 0, currency: 'usd' })],
  ['native.updateTicketType event', 'eventId', (_t, n, id) => n.updateTicketType(as(id), 't1', { name: 'x' })],
  ['native.updateTicketType type', 'id', (_t, n, id) => n.updateTicketType('e1', as(id), { name: 'x' })],
  ['native.deleteTicketType event', 'eventId', (_t, n, id) => n.deleteTicketType(as(id), 't1')],
  ['native.deleteTicketType type', 'id', (_t, n, id) => n.deleteTicketType('e1', as(id))],
  ['native.listEventOrders', 'eventId', (_t, n, id) => n.listEventOrders(as(id))],
  ['native.getOrder', 'id', (_t, n, id) => n.getOrder(as(id))],
  ['native.listEventAttendees', 'eventId', (_t, n, id) => n.listEventAttendees(as(id))],
  ['native.updateWebhook', 'id', (_t, n, id) => n.updateWebhook(as(id), { active: false })],
  ['native.deleteWebhook', 'id', (_t, n, id) => n.deleteWebhook(as(id))],
  ['native.listWebhookDeliveries', 'id', (_t, n, id) => n.listWebhookDeliveries(as(id))],
  ['native.listPublicEvents', 'orgSlug', (_t, n, id) => n.listPublicEvents(as(id))],
];

/** Methods that take a normalized ticket type id (`<eventId>:<ticketTypeId>`). */
const ticketTypeIdCalls: Array<[string, Call]> = [
  ['ticketTypes.get', (tk, _n, id) => tk.ticketTypes.get(as(id))],
  ['ticketTypes.update', (tk, _n, id) => tk.ticketTypes.update(as(id), { name: 'x' })],
  ['ticketTypes.delete', (tk, _n, id) => tk.ticketTypes.delete(as(id))],
];

const hostileTicketTypeIds: Array<[string, unknown]> = [
  ['E:.. (the event itself)', 'E:..'],
  ['E:. ', 'E:.'],
  ['..:T', '..:T'],
  ['E:%2e%2e (percent-encoded dots)', 'E:%2e%2e'],
  ['E:%2E (percent-encoded dot)', 'E:%2E'],
  ['one part', 'E'],
  ['three parts', 'E:T:X'],
  ['empty first part', ':T'],
  ['empty last part', 'E:'],
  ['blank part', 'E:  '],
  ['broken percent-encoding', 'E:%E0%A4%A'],
  ['a control character in a part', 'E:T%0A'],
  ['a number', 42],
  ['null', null],
  ['empty', ''],
  ['100 kB part', `E:${'t'.repeat(100_000)}`],
];

async function expectRefused(call: () => PromiseLike<unknown>, field: string, seen: unknown[]): Promise<void> {
  const error = await Promise.resolve()
    .then(call)
    .then(
      () => null,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).fields.map((f) => f.field)).toContain(field);
  expect(seen).toHaveLength(0);
}

describe('a bad plain id is a ValidationError naming the argument; nothing is sent', () => {
  for (const [method, field, call] of plainIdCalls) {
    // An optional scope left `undefined` means "no scope" (the organization-wide list), like leaving the key out.
    const optionalScope = /^(orders|attendees)\.list /.test(method);
    it.each(hostileIds.filter(([name]) => !(optionalScope && name === 'undefined')))(`${method}: %s`, async (_name, id) => {
      const { tk, native, seen } = setup([json(wireEvent)]);
      await expectRefused(() => call(tk, native, id), field, seen);
    });
  }
});

describe('a bad ticket type id (composite) is a ValidationError; nothing is sent', () => {
  for (const [method, call] of ticketTypeIdCalls) {
    it.each(hostileTicketTypeIds)(`${method}: %s`, async (_name, id) => {
      const { tk, native, seen } = setup([json(wireTicketType)]);
      await expectRefused(() => call(tk, native, id), 'id', seen);
    });
  }
});

describe('good ids reach exactly the path built from them', () => {
  it('odd characters and literal percent signs are encoded, never decoded into another segment', async () => {
    const { tk, seen } = setup([json(wireEvent)]);
    await tk.events.get('%2e%2e');
    await tk.events.get('a/b?c#d');
    await tk.events.publish('..a');
    await tk.ticketTypes.get(`${wireEvent.id}:a%2Fb`).catch(() => null);
    expect(seen.map((r) => r.url.pathname)).toEqual([
      '/api/v1/events/%252e%252e',
      '/api/v1/events/a%2Fb%3Fc%23d',
      '/api/v1/events/..a/publish',
      `/api/v1/events/${wireEvent.id}/ticket-types/a%2Fb`,
    ]);
  });
});

describe('a scope filter is never widened', () => {
  it('orders.list({ eventId: "" }) is a ValidationError, not every event\'s orders', async () => {
    const { tk, seen } = setup([list([wireOrder])]);
    for (const params of [{ eventId: '' }, { eventId: '  ' }, { eventDateId: '' }, { eventId: null }]) {
      const error = await tk.orders.list(params as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
    }
    expect(seen).toHaveLength(0);
  });

  it('attendees.list({ eventId: "" }) is a ValidationError, not the whole organization\'s tickets', async () => {
    const { tk, seen } = setup([list([])]);
    await expect(tk.attendees.list({ eventId: '' })).rejects.toBeInstanceOf(ValidationError);
    await expect(tk.attendees.list({ eventId: ' ' }).toArray({ limit: 5 })).rejects.toBeInstanceOf(ValidationError);
    expect(seen).toHaveLength(0);
  });

  it('an eventDateId that differs from eventId is refused (an Equaticket date is its event)', async () => {
    const { tk, seen } = setup([list([])]);
    const error = (await tk.orders.list({ eventId: 'e1', eventDateId: 'e2' }).catch((e: unknown) => e)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fields[0]!.field).toBe('eventDateId');
    await tk.orders.list({ eventId: 'e1', eventDateId: 'e1' });
    await tk.orders.list({ eventDateId: 'e2' });
    expect(seen.map((r) => r.path)).toEqual(['/api/v1/events/e1/orders', '/api/v1/events/e2/orders']);
  });

  it('a blank buyer_email / buyerEmail filter is refused (it could read as "no filter")', async () => {
    const { tk, native, seen } = setup([list([])]);
    await expect(tk.orders.list({ buyerEmail: '' })).rejects.toBeInstanceOf(ValidationError);
    await expect(tk.orders.list({ buyerEmail: 7 as never })).rejects.toBeInstanceOf(ValidationError);
    await expect(native.listOrders({ buyer_email: ' ' })).rejects.toBeInstanceOf(ValidationError);
    await expect(native.listOrders({ status: '' })).rejects.toBeInstanceOf(ValidationError);
    expect(seen).toHaveLength(0);
  });
});
