/**
 * The Event Vault seed builders (one module per entity under src/testing/emulators/event-vault/seed/): a bad value,
 * not only an unknown key, is a `ConfigError` naming the field (a mistake in the test's setup); what Event Vault
 * cannot hold at all is an `UnsupportedCapabilityError`.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, UnsupportedCapabilityError } from '../../../src/index.js';
import { createMockClient, type SeederFor } from '../../../src/testing/index.js';

type Seed = (s: SeederFor<'event-vault'>) => unknown;

function seedError(seed: Seed): unknown {
  try {
    createMockClient({
      provider: 'event-vault',
      seed: (s) => {
        s.attendee({ email: 'jane@example.com' });
        seed(s);
      },
    });
    return null;
  } catch (error) {
    return error;
  }
}

describe('a bad seed value is a ConfigError naming the field', () => {
  const cases: Array<[string, Seed, string]> = [
    ['event name', (s) => s.event({ name: 5 } as never), 'name'],
    ['event description', (s) => s.event({ description: [] } as never), 'description'],
    ['event status', (s) => s.event({ status: 'open' } as never), 'status'],
    ['event start', (s) => s.event({ start: 'tomorrow' }), 'start'],
    ['event end', (s) => s.event({ end: 5 } as never), 'end'],
    ['event createdAt', (s) => s.event({ createdAt: '2026-01-01' }), 'createdAt'],
    ['event currency', (s) => s.event({ currency: 'dollars' }), 'currency'],
    ['attendee email', (s) => s.attendee({ email: 'nobody' }), 'email'],
    ['attendee name', (s) => s.attendee({ name: 5 } as never), 'name'],
    ['attendee phone', (s) => s.attendee({ phone: 5 } as never), 'phone'],
    ['attendee status', (s) => s.attendee({ status: 5 } as never), 'status'],
    ['attendee eventId', (s) => s.attendee({ eventId: 7 } as never), 'eventId'],
    ['attendee tickets', (s) => s.attendee({ tickets: [5] } as never), 'tickets[0]'],
    ['attendee ticket type', (s) => s.attendee({ tickets: [{ ticketType: '' }] }), 'tickets[0].ticketType'],
    ['attendee ticket session', (s) => s.attendee({ tickets: [{ ticketType: 'VIP', sessionId: 5 }] } as never), 'tickets[0].sessionId'],
    ['ticket email', (s) => s.ticket({ email: 'jane' }), 'email'],
    ['ticket attendeeId', (s) => s.ticket({ attendeeId: 'not-an-id' }), 'attendeeId'],
    ['ticket type', (s) => s.ticket({ email: 'jane@example.com', ticketType: 5 } as never), 'ticket.ticketType'],
    ['ticket session', (s) => s.ticket({ email: 'jane@example.com', sessionId: {} } as never), 'ticket.sessionId'],
  ];
  it.each(cases)('%s', (_name, seed, field) => {
    const error = seedError(seed) as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain(`Invalid seed ${field}:`);
  });

  it('well-formed values are accepted (the cases above can fail only on the bad value)', () => {
    const ok: Seed[] = [
      (s) => s.event({ name: 'Gala', description: null, status: 'scheduled', start: '2026-05-01T18:00:00Z', end: null, currency: 'EUR', createdAt: '2026-01-01T00:00:00+01:00' }),
      (s) => s.attendee({ email: 'bob@example.com', name: 'Bob', phone: '+1', status: 'attending', tickets: ['VIP', { ticketType: 'WORKSHOP', sessionId: 's-1' }] }),
      (s) => s.ticket({ email: 'jane@example.com', ticketType: 'VIP', sessionId: null }),
    ];
    for (const seed of ok) expect(seedError(seed)).toBeNull();
  });

  it('a valid status Event Vault cannot hold is unsupported, not a bad value', () => {
    expect(seedError((s) => s.attendee({ status: 'cancelled' }))).toBeInstanceOf(UnsupportedCapabilityError);
  });
});
