/**
 * `ticketkit mock-server --demo`: a plausible account to try the command line on, for any vendor: one festival, its
 * ticket types, and a few hundred orders (guests on Event Vault, which has no orders) with made-up buyers, enough for
 * `ticketkit export` to page, show progress and be interrupted. Deterministic: the same data on every start.
 */
import type { ProviderId } from '../index.js';

const FIRST = ['Ada', 'Grace', 'Alan', 'Katherine', 'Linus', 'Margaret', 'Dennis', 'Barbara', 'Ken', 'Radia', 'Tim', 'Frances'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Johnson', 'Torvalds', 'Hamilton', 'Ritchie', 'Liskov', 'Thompson', 'Perlman', 'Berners-Lee', 'Allen'];

/** The number of orders (or guests) the demo account holds. */
export const DEMO_ORDERS = 250;

function buyer(i: number): { name: string; email: string } {
  const first = FIRST[i % FIRST.length]!;
  const last = LAST[(i * 7 + Math.floor(i / FIRST.length)) % LAST.length]!;
  return { name: `${first} ${last}`, email: `${first}.${last}.${i}@example.com`.toLowerCase() };
}

/** The seed function of the demo account of `provider` (for `createMockClient` or `startMockServer`). */
export function demoSeed(provider: ProviderId, orders = DEMO_ORDERS): (s: unknown) => void {
  return (seeder: unknown) => {
    // The seed builders of every vendor share these (a vendor's own extras are not used here).
    const s = seeder as {
      event(input: Record<string, unknown>): { id: string };
      eventDate(input: Record<string, unknown>): { id: string };
      ticketType(input: Record<string, unknown>): { id: string };
      order(input: Record<string, unknown>): unknown;
      attendee(input: Record<string, unknown>): { id: string };
      ticket(input: Record<string, unknown>): unknown;
    };
    const event = s.event({ name: 'Harbour Lights Festival' });
    if (provider === 'event-vault') {
      for (let i = 0; i < orders; i++) {
        const guest = s.attendee({ eventId: event.id, ...buyer(i) });
        s.ticket({ attendeeId: guest.id, ticketType: i % 5 === 0 ? 'VIP' : 'GA' });
      }
      return;
    }
    const date = provider === 'seaty' ? s.eventDate({ eventId: event.id }) : null;
    // Seaty prices are in its event's currency (pounds by default) and its ticket categories have no capacity.
    const currency = provider === 'seaty' ? 'GBP' : 'USD';
    const capacity = provider === 'seaty' ? {} : { quantityTotal: 5000 };
    const types = [
      s.ticketType({ eventId: event.id, name: 'General Admission', price: { amount: 4500, currency }, ...capacity }),
      s.ticketType({ eventId: event.id, name: 'VIP', price: { amount: 12000, currency }, ...capacity }),
    ];
    for (let i = 0; i < orders; i++) {
      const type = types[i % 5 === 0 ? 1 : 0]!;
      s.order({
        eventId: event.id,
        ...(date ? { eventDateId: date.id } : {}),
        buyer: buyer(i),
        lines: [{ ticketTypeId: type.id, quantity: 1 + (i % 3) }],
      });
    }
  };
}
