/**
 * The Event Schedule seed builders refuse a bad value (not only an unknown key) with a `ConfigError`, the testing
 * kit's own argument error, naming the field; and a refused seed changes nothing (no stock taken, no counter moved).
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, UnsupportedCapabilityError } from '../../../src/core/errors.js';
import { createMockClient, type MockClient } from '../../../src/testing/index.js';
import type { EventScheduleSeeder } from '../../../src/testing/emulators/event-schedule/index.js';

type Build = (s: any) => unknown;

const withEvent = (build: (s: any, eventId: string) => unknown): Build => (s) => build(s, s.event().id);

describe('Event Schedule seed values', () => {
  it.each([
    ['event name', (s: any) => s.event({ name: 42 }), 'name'],
    ['event description', (s: any) => s.event({ description: ['x'] }), 'description'],
    ['event recurring', (s: any) => s.event({ recurring: 'yes' }), 'recurring'],
    ['event recurringFrequency', (s: any) => s.event({ recurringFrequency: 'fortnightly' }), 'recurringFrequency'],
    ['event daysOfWeek', (s: any) => s.event({ recurring: true, daysOfWeek: 1010101 }), 'daysOfWeek'],
    ['event ticketsEnabled', (s: any) => s.event({ ticketsEnabled: 1 }), 'ticketsEnabled'],
    ['event paymentMethod', (s: any) => s.event({ paymentMethod: 'bitcoin' }), 'paymentMethod'],
    ['event schedule', (s: any) => s.event({ schedule: 7 }), 'schedule'],
    ['event start', (s: any) => s.event({ start: 1_700_000_000_000 }), 'start'],
    ['talent email', (s: any) => s.event({ talent: [{ name: 'Solo', email: 5 }] }), 'talent.0.email'],
    ['ticket type name', withEvent((s, eventId) => s.ticketType({ eventId, name: { en: 'VIP' } })), 'name'],
    ['ticket type price', withEvent((s, eventId) => s.ticketType({ eventId, price: 25 })), 'price'],
    ['ticket type quantityTotal', withEvent((s, eventId) => s.ticketType({ eventId, quantityTotal: '10' })), 'quantityTotal'],
    ['order status inherited from Object', withEvent((s, eventId) => s.order({ eventId, status: 'toString' })), 'status'],
    ['order lines not an array', withEvent((s, eventId) => s.order({ eventId, lines: { ticketTypeId: 'x' } })), 'lines'],
    ['order line quantity', withEvent((s, eventId) => s.order({ eventId, lines: [{ ticketTypeId: s.ticketType({ eventId }).id, quantity: 1.5 }] })), 'lines.0.quantity'],
    ['order line ticket type id', withEvent((s, eventId) => s.order({ eventId, lines: [{ ticketTypeId: 42 }] })), 'lines.0.ticketTypeId'],
    ['order buyer name', withEvent((s, eventId) => s.order({ eventId, buyer: { name: 42 } })), 'buyer.name'],
    ['order eventDateId', withEvent((s, eventId) => s.order({ eventId, eventDateId: 42 })), 'eventDateId'],
    ['attendee status', withEvent((s, eventId) => s.attendee({ eventId, status: 'constructor' })), 'status'],
    ['attendee checkedIn', withEvent((s, eventId) => s.attendee({ eventId, checkedIn: 'no' })), 'checkedIn'],
    ['attendee orderId', withEvent((s, eventId) => s.attendee({ eventId, orderId: 42 })), 'orderId'],
    ['schedule type', (s: any) => s.schedule({ type: 'club' }), 'type'],
    ['schedule plan', (s: any) => s.schedule({ plan: 'gold' }), 'plan'],
    ['schedule name', (s: any) => s.schedule({ name: null }), 'name'],
    ['rate limit reads', (s: any) => s.rateLimits({ reads: 0 }), 'reads'],
    ['rate limit writes', (s: any) => s.rateLimits({ writes: '30' }), 'writes'],
    ['feedback comment', withEvent((s, eventId) => s.feedback({ eventId, comment: 5 })), 'comment'],
    ['fan content type', withEvent((s, eventId) => s.fanContent({ eventId, type: 'audio' })), 'type'],
    ['fan content approved', withEvent((s, eventId) => s.fanContent({ eventId, approved: 'yes' })), 'approved'],
    ['fan content photoUrl', withEvent((s, eventId) => s.fanContent({ eventId, type: 'photo', photoUrl: 7 })), 'photoUrl'],
  ] as Array<[string, Build, string]>)('a bad %s is a ConfigError naming the field', (_name, build, field) => {
    const seed = () => createMockClient({ provider: 'event-schedule', seed: build as never });
    expect(seed).toThrow(ConfigError);
    expect(seed).toThrow(`Invalid seed ${field}:`);
  });

  it('a value the vendor cannot hold stays an UnsupportedCapabilityError (not a bad argument)', () => {
    const seed = () => createMockClient({ provider: 'event-schedule', seed: (s: any) => s.attendee({ eventId: s.event().id, checkedIn: true }) });
    expect(seed).toThrow(UnsupportedCapabilityError);
  });

  it('a refused order takes no stock and moves no counter: the next order is the same as without it', async () => {
    const mock = createMockClient({ provider: 'event-schedule' }) as MockClient<'event-schedule'>;
    const s = mock.seed as EventScheduleSeeder;
    const event = s.event();
    const ticket = s.ticketType({ eventId: event.id, quantityTotal: 2 });
    expect(() => s.order({ eventId: event.id, lines: [{ ticketTypeId: ticket.id, quantity: 2 }], buyer: { name: 42 as never } })).toThrow(ConfigError);
    expect(() => s.order({ eventId: event.id, lines: [{ ticketTypeId: ticket.id, quantity: 2 }], createdAt: 'yesterday' })).toThrow(ConfigError);
    const order = s.order({ eventId: event.id, lines: [{ ticketTypeId: ticket.id, quantity: 2 }] });
    expect(order).toMatchObject({ ticketCount: 2, buyer: { name: 'Buyer 1' } });
  });
});
