/**
 * The Event Schedule section of `npm run demo`, against the built-in Event Schedule emulator (no keys, no
 * network): read an event and its ticket types (decimal prices → minor units), sell tickets, try a refund the
 * sale state machine refuses, mark the sale paid, refund it, and sell a date of a weekly event.
 */
import { formatMoney, isTicketingError, ValidationError, type Money } from '../src/index.js';
import type { EventScheduleClient } from '../src/providers/event-schedule/index.js';
import { createMockClient, type EventScheduleSeeder } from '../src/testing/index.js';

const usd = (amount: number): Money => ({ amount, currency: 'USD' });
const show = (m: Money | null): string => (m ? formatMoney(m, 'en-US') : '-');

function seed(s: EventScheduleSeeder): void {
  const jazz = s.event({ name: 'Jazz Night', start: '2026-03-15T00:30:00Z', end: '2026-03-15T03:00:00Z', description: 'Quartet and late jam' });
  const vip = s.ticketType({ eventId: jazz.id, name: 'VIP', price: usd(4500), quantityTotal: 20, description: 'Front tables' });
  const ga = s.ticketType({ eventId: jazz.id, name: 'General', price: usd(1999), quantityTotal: 150 });
  const people = ['Ana García', 'Jane Smith', 'Kenji Sato', 'Léa Dubois', 'Omar Haddad'];
  people.forEach((name, i) =>
    s.order({
      eventId: jazz.id,
      status: i === 4 ? 'pending' : 'paid',
      buyer: { name, email: `${name.split(' ')[0]!.toLowerCase()}@example.com` },
      lines: i % 2 === 0 ? [{ ticketTypeId: ga.id, quantity: 2 }] : [{ ticketTypeId: vip.id, quantity: 1 }],
    }),
  );
  // A weekly event: Tuesdays 18:00 in New York (23:00 UTC in winter, 22:00 UTC after the DST switch).
  const jam = s.event({ name: 'Tuesday Jam', recurring: true, start: '2026-03-03T23:00:00Z', end: '2026-03-04T01:00:00Z' });
  s.ticketType({ eventId: jam.id, name: 'Entry', price: usd(1000), quantityTotal: 40 });
}

export async function runEventScheduleDemo(log: (line: string) => void): Promise<void> {
  const mock = createMockClient({ provider: 'event-schedule', seed: (s) => seed(s as EventScheduleSeeder) });
  const es = mock.client as unknown as EventScheduleClient;

  const events = await es.events.list().toArray({ limit: 10 });
  const jazz = events.find((e) => e.name === 'Jazz Night')!;
  const jam = events.find((e) => e.name === 'Tuesday Jam')!;
  log(`${jazz.name}: ${jazz.start} → ${jazz.end} (UTC; local zone ${jazz.timezone}), ${jazz.currency}, ${jazz.status}, at ${jazz.venue?.name}`);
  const types = await es.ticketTypes.list({ eventId: jazz.id }).toArray({ limit: 10 });
  // The native layer shows what the vendor sent: decimal strings, converted through strings to minor units.
  const wire = await es.native.getEvent(jazz.id);
  for (const t of types) {
    const sent = wire.tickets?.find((x) => x.id === t.remoteId)?.price;
    log(`  ${t.name}: ${show(t.price)} (vendor sends ${JSON.stringify(sent)}), ${t.quantityTotal ?? 'unlimited'} seats`);
  }

  // Sell: POST /sales with tickets keyed by ticket id. The sale starts unpaid.
  const ga = types.find((t) => t.name === 'General')!;
  const order = await es.orders.create({
    eventId: jazz.id,
    buyer: { name: 'Priya Nair', email: 'priya@example.com' },
    lines: [{ ticketTypeId: ga.id, quantity: 3 }],
  });
  log(`sold ${order.ticketCount} × ${ga.name} to ${order.buyer.name}: ${show(order.total)}, status ${order.status} (${order.statusRaw})`);

  // The vendor's state machine: refund only from paid.
  try {
    await es.orders.refund(order.id);
  } catch (error) {
    if (error instanceof ValidationError) log(`refund refused: ${error.message} (HTTP ${error.status})`);
    else throw error;
  }
  const paid = await es.orders.markPaid(order.id);
  log(`marked paid: ${paid.status}`);
  const refunded = await es.orders.refund(order.id);
  log(`refunded: ${refunded.status} (bookkeeping only: no money moves through a gateway)`);

  // A recurring event needs the occurrence: sell the 17 March date.
  const [jamEntry] = await es.ticketTypes.list({ eventId: jam.id }).toArray({ limit: 1 });
  const onTheSeventeenth = `${jam.id}:2026-03-17`;
  const jamOrder = await es.orders.create({
    eventId: jam.id,
    eventDateId: onTheSeventeenth,
    buyer: { name: 'Tom Müller', email: 'tom@example.com' },
    lines: [{ ticketTypeId: jamEntry!.id, quantity: 2 }],
  });
  log(`${jam.name}: sold ${jamOrder.ticketCount} for ${jamOrder.eventDateId?.split(':')[1]}, ${show(jamOrder.total)}, ${jamOrder.status}`);
  for (const date of await es.eventDates.list({ eventId: jam.id }).toArray({ limit: 10 })) {
    log(`  date ${date.id.split(':')[1]}: ${date.start} → ${date.end}`);
  }

  // Every sale, newest first, page by page.
  const byStatus = new Map<string, number>();
  let revenue = 0;
  for await (const o of es.orders.list({ eventId: jazz.id, limit: 2 })) {
    byStatus.set(o.status, (byStatus.get(o.status) ?? 0) + 1);
    if (o.status === 'paid' && o.total) revenue += o.total.amount;
  }
  log(`${jazz.name} sales: ${[...byStatus].map(([k, v]) => `${v} ${k}`).join(', ')}; paid revenue ${show(usd(revenue))}`);

  // A sold-out date is the vendor's 422, mapped to a ValidationError.
  try {
    await es.orders.create({ eventId: jazz.id, buyer: { name: 'Late Comer', email: 'late@example.com' }, lines: [{ ticketTypeId: types.find((t) => t.name === 'VIP')!.id, quantity: 50 }] });
  } catch (error) {
    if (isTicketingError(error)) log(`too many VIP seats: ${error.name}: ${error.message}`);
    else throw error;
  }
  log(`(${mock.calls.length} requests to the emulator)`);
}
