/**
 * Issue 16: a listing validates each page's items through the accept path of `fastParser` (src/core/fast-parse.ts),
 * which returns a payload as it is when zod would return it unchanged. That is only fast if the accept path does
 * accept what Event Vault sends: the documented examples, the emulator's answers, and the shapes the adapter tests
 * use. A payload it cannot accept would silently fall back to zod's copy on every item.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileAcceptor } from '../../src/core/fast-parse.js';
import { EvGuestCountSchema, EvGuestSchema, EvTicketSchema } from '../../src/providers/event-vault/schemas.js';
import { createMockClient } from '../../src/testing/index.js';
import { guests } from './helpers.js';

const documented = JSON.parse(readFileSync(resolve(__dirname, '../fixtures/event-vault/documented-examples.json'), 'utf8')) as {
  getGuests: unknown[];
  getAllTickets: unknown[];
  getGuestCount: unknown;
};

const acceptGuest = compileAcceptor(EvGuestSchema);
const acceptTicket = compileAcceptor(EvTicketSchema);
const acceptCount = compileAcceptor(EvGuestCountSchema);

/** The JSON body of a read, as the emulator sends it. */
async function read(mock: ReturnType<typeof createMockClient<'event-vault'>>, path: string): Promise<unknown> {
  const c = mock.credentials as { apiKey: string; clientId: string; eventId: string };
  const headers = { 'x-api-key': c.apiKey, 'x-client-id': c.clientId, 'x-event-id': c.eventId, 'x-timestamp': String(mock.clock()) };
  const response = await mock.fetch(`https://api.event-vault.com${path}`, { headers });
  expect(response.status, path).toBe(200);
  return response.json();
}

describe('the accept path takes what Event Vault sends', () => {
  it('the documented examples of a guest, a ticket and the guest count', () => {
    expect(documented.getGuests.every((g) => acceptGuest(g))).toBe(true);
    expect(documented.getAllTickets.every((t) => acceptTicket(t))).toBe(true);
    expect(acceptCount(documented.getGuestCount)).toBe(true);
  });

  it('the guests the adapter tests use (blank fields, no card, unknown keys)', () => {
    expect(guests.map((g) => acceptGuest(g))).toEqual(guests.map(() => true));
  });

  it('every item of the emulator’s reads (guests with and without card fields, tickets with and without a session)', async () => {
    const mock = createMockClient({
      provider: 'event-vault',
      seed: (s) => {
        s.attendee({ email: 'jane.doe@example.com', name: 'Jane Doe', jobTitle: 'Speaker', company: 'Acme', phone: '+1', url: 'https://j.example', country: 'USA', tickets: ['ENTRY', { ticketType: 'WORKSHOP', sessionId: 's-1' }] });
        s.attendee({ tickets: ['VIP'] });
        s.attendee({ name: null as never });
      },
    });
    const guestItems = (await read(mock, '/getGuests')) as unknown[];
    const ticketItems = (await read(mock, '/getAllTickets')) as unknown[];
    expect(guestItems).toHaveLength(3);
    expect(ticketItems).toHaveLength(3);
    expect(guestItems.every((g) => acceptGuest(g))).toBe(true);
    expect(ticketItems.every((t) => acceptTicket(t))).toBe(true);
    expect(acceptCount(await read(mock, '/getGuestCount'))).toBe(true);
  });

  it('an item zod would refuse is not accepted (the accept path has teeth)', () => {
    expect(acceptGuest({ email: 7 })).toBe(false);
    expect(acceptGuest({ email: 'a@example.com', vCardData: { FN: 5 } })).toBe(false);
    expect(acceptTicket({ EMAIL: 'a@example.com' })).toBe(false);
    expect(acceptCount({ guestCount: 1.5 })).toBe(false);
  });
});
