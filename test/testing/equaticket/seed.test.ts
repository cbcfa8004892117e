/**
 * The Equaticket seed builders' own arguments: a bad value (a wrong type, an unknown status, a value the emulator
 * cannot store) is a mistake in the test's setup, so it is a `ConfigError` naming the field; never a plain `Error`, a
 * `ValidationError` (which means "the SDK refused an argument") or a silently different seed.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, UnsupportedCapabilityError } from '../../../src/core/errors.js';
import { createMockClient } from '../../../src/testing/index.js';
import type { EquaticketSeeder } from '../../../src/testing/emulators/equaticket/index.js';

type Ids = { event: string; order: string; ticketType: string };
type BadSeed = [string, (s: EquaticketSeeder, ids: Ids) => unknown, RegExp];

const as = (value: unknown) => value as never;

const badValues: BadSeed[] = [
  ['event name not a string', (s) => s.event({ name: as(5) }), /seed name/],
  ['event slug not a string', (s) => s.event({ slug: as(5) }), /seed slug/],
  ['event currency not a string', (s) => s.event({ currency: as(840) }), /seed currency/],
  ['event timezone not a string', (s) => s.event({ timezone: as(1) }), /seed timezone/],
  ['event livemode not a boolean', (s) => s.event({ livemode: as('yes') }), /seed livemode/],
  ['event status an Object.prototype key', (s) => s.event({ status: as('constructor') }), /seed status/],
  ['event createdAt not an instant', (s) => s.event({ createdAt: as(5) }), /seed createdAt/],
  ['ticket type name not a string', (s, ids) => s.ticketType({ eventId: ids.event, name: as(5) }), /seed name/],
  ['ticket type price not an object', (s, ids) => s.ticketType({ eventId: ids.event, price: as(25) }), /price/],
  ['ticket type price currency not a string', (s, ids) => s.ticketType({ eventId: ids.event, price: as({ amount: 1, currency: 1 }) }), /seed price\.currency/],
  ['ticket type price with an unknown key', (s, ids) => s.ticketType({ eventId: ids.event, price: as({ amount: 1, currency: 'USD', curency: 'USD' }) }), /curency/],
  ['ticket type quantityTotal a string', (s, ids) => s.ticketType({ eventId: ids.event, quantityTotal: as('10') }), /seed quantityTotal/],
  ['ticket type quantitySold negative', (s, ids) => s.ticketType({ eventId: ids.event, quantitySold: -1 }), /seed quantitySold/],
  ['order eventId not a string', (s) => s.order({ eventId: as(5) }), /seed eventId/],
  ['order status an Object.prototype key', (s, ids) => s.order({ eventId: ids.event, status: as('toString') }), /seed status/],
  ['order buyer name not a string', (s, ids) => s.order({ eventId: ids.event, buyer: { name: as(5) } }), /seed buyer\.name/],
  ['order line quantity a string', (s, ids) => s.order({ eventId: ids.event, lines: [{ ticketTypeId: ids.ticketType, quantity: as('2') }] }), /seed lines\.quantity/],
  ['order line ticketTypeId not a string', (s, ids) => s.order({ eventId: ids.event, lines: [{ ticketTypeId: as(5) }] }), /seed ticketTypeId/],
  ['order with no lines', (s, ids) => s.order({ eventId: ids.event, lines: [] }), /seed lines/],
  ['attendee checkedIn not a boolean', (s, ids) => s.attendee({ eventId: ids.event, checkedIn: as('yes') }), /seed checkedIn/],
  ['attendee orderId not a string', (s, ids) => s.attendee({ eventId: ids.event, orderId: as(5) }), /seed orderId/],
  ['attendee email not a string', (s, ids) => s.attendee({ eventId: ids.event, email: as(5) }), /seed email/],
  ['attendee status unknown', (s, ids) => s.attendee({ eventId: ids.event, status: as('gone') }), /seed status/],
  ['webhook url not a string', (s) => s.webhook({ url: as(5) }), /seed url/],
  ['webhook events not an array', (s) => s.webhook({ events: as('order.created') }), /seed events/],
  ['webhook events with an unknown type', (s) => s.webhook({ events: ['order.created', 'order.deleted'] }), /seed events/],
  ['webhook active not a boolean', (s) => s.webhook({ active: as('no') }), /seed active/],
];

describe('seed builders: bad values', () => {
  it.each(badValues)('%s is a ConfigError naming the field', (_name, seed, message) => {
    createMockClient({
      provider: 'equaticket',
      seed: (s) => {
        const event = s.event({ name: 'Arena' });
        const ticketType = s.ticketType({ eventId: event.id });
        const order = s.order({ eventId: event.id });
        let error: unknown;
        try {
          seed(s, { event: event.id, order: order.id, ticketType: ticketType.id });
        } catch (caught) {
          error = caught;
        }
        expect(error).toBeInstanceOf(ConfigError);
        expect((error as Error).message).toMatch(message);
      },
    });
  });

  it('a bad value stores nothing: the seed is all or nothing per builder call', async () => {
    const mock = createMockClient({ provider: 'equaticket' });
    expect(() => mock.seed.event({ name: 'X', livemode: as('yes') })).toThrow(ConfigError);
    expect(() => mock.seed.webhook({ events: ['nope'] })).toThrow(ConfigError);
    expect(await mock.client.events.list().toArray({ limit: 5 })).toEqual([]);
    // An order or a ticket with a bad createdAt does not leave the default ticket type behind.
    const event = mock.seed.event();
    expect(() => mock.seed.order({ eventId: event.id, createdAt: 'soon' })).toThrow(/seed createdAt/);
    expect(() => mock.seed.attendee({ eventId: event.id, createdAt: 'soon' })).toThrow(/seed createdAt/);
    expect(await mock.client.ticketTypes.list({ eventId: event.id }).toArray({ limit: 5 })).toEqual([]);
    expect((await mock.client.native.listWebhooks()).data).toEqual([]);
  });

  it('what Equaticket cannot hold stays an UnsupportedCapabilityError', () => {
    const mock = createMockClient({ provider: 'equaticket' });
    expect(() => mock.seed.event({ end: '2026-05-01T00:00:00Z' })).toThrow(UnsupportedCapabilityError);
  });
});
