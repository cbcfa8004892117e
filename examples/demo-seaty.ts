/**
 * The Seaty section of `npm run demo`, against the built-in Seaty emulator (no keys, no network):
 * walk every order of an event across its dates, record a cash payment twice with one idempotency key
 * (recorded once), and list the contacts who agreed to marketing.
 */
import { formatMoney, isTicketingError, type Money, type Order } from '../src/index.js';
import type { SeatyClient } from '../src/providers/seaty/index.js';
import { createMockClient, type SeatySeeder } from '../src/testing/index.js';

const gbp = (amount: number): Money => ({ amount, currency: 'GBP' });
const show = (m: Money | null): string => (m ? formatMoney(m, 'en-GB') : '-');

function seed(s: SeatySeeder): void {
  const panto = s.event({ name: 'Cinderella — The Panto', slug: 'cinderella-panto', description: 'A family pantomime' });
  const dates = [
    s.eventDate({ eventId: panto.id, name: 'Opening Night', start: '2026-12-10T19:00:00Z', end: '2026-12-10T21:30:00Z' }),
    s.eventDate({ eventId: panto.id, name: 'Saturday Matinee', start: '2026-12-12T14:00:00Z', end: '2026-12-12T16:30:00Z' }),
    s.eventDate({ eventId: panto.id, name: 'Closing Night', start: '2026-12-13T19:00:00Z', end: '2026-12-13T21:30:00Z' }),
  ];
  const adult = s.ticketType({ eventId: panto.id, name: 'Adult', price: gbp(1850) });
  const child = s.ticketType({ eventId: panto.id, name: 'Child', price: gbp(950) });
  const family = s.ticketType({ eventId: panto.id, name: 'Family (2+2)', price: gbp(5000), admits: 4 });
  const people = ['Olivia Brown', 'Harry Jones', 'Amelia Taylor', 'George Wilson', 'Isla Davies', 'Noah Evans', 'Ava Thomas'];
  let n = 0;
  for (const [d, count] of [[0, 7], [1, 9], [2, 6]] as const) {
    for (let i = 0; i < count; i++, n++) {
      const name = people[n % people.length]!;
      const kind = n % 3;
      s.order({
        eventId: panto.id,
        eventDateId: dates[d]!.id,
        buyer: { name, email: `${name.split(' ')[0]!.toLowerCase()}@example.co.uk` },
        allowMarketing: n % 2 === 0,
        lines:
          kind === 0
            ? [{ ticketTypeId: family.id, quantity: 1 }]
            : [
                { ticketTypeId: adult.id, quantity: 1 + (n % 2) },
                { ticketTypeId: child.id, quantity: kind },
              ],
        // A few people reserved and will pay on the door.
        status: n % 5 === 4 ? 'pending' : 'paid',
      });
    }
  }
}

export async function runSeatyDemo(log: (line: string) => void): Promise<void> {
  // pageSize 4: the emulator serves at most 4 records a page, so the walk crosses pages within each date.
  const mock = createMockClient({ provider: 'seaty', pageSize: 4, seed: (s) => seed(s as SeatySeeder) });
  const seaty = mock.client as unknown as SeatyClient;

  const [event] = await seaty.events.list().toArray({ limit: 1 });
  if (!event) throw new Error('the demo seed has no event');
  log(`${event.name} (${event.url}), currency ${event.currency}, timezone ${event.timezone}`);
  const dates = await seaty.eventDates.list({ eventId: event.id }).toArray({ limit: 10 });
  const dateName = new Map(dates.map((d) => [d.id, `${d.name} ${d.start?.slice(0, 10)}`]));

  // Seaty has no event-wide order list: orders.list({ eventId }) walks the dates, one at a time, page by page.
  const perDate = new Map<string, { orders: number; tickets: number; paid: number; owed: number }>();
  const owing: Order[] = [];
  let walked = 0;
  for await (const order of seaty.orders.list({ eventId: event.id })) {
    walked++;
    const row = perDate.get(order.eventDateId ?? '?') ?? { orders: 0, tickets: 0, paid: 0, owed: 0 };
    row.orders++;
    row.tickets += order.ticketCount ?? 0;
    row.paid += (order.amountPaid?.amount ?? 0) - (order.amountRefunded?.amount ?? 0);
    // amountDue is Seaty's balance: total − (paid − refunded); positive means still owed.
    row.owed += order.amountDue?.amount ?? 0;
    if (order.status === 'pending') owing.push(order);
    perDate.set(order.eventDateId ?? '?', row);
  }
  const requests = mock.calls.filter((c) => c.op === 'orders.list').length;
  log(`walked ${walked} orders across ${dates.length} dates with for await (${requests} order-page requests)`);
  for (const [dateId, row] of perDate) {
    log(`  ${(dateName.get(dateId) ?? dateId).padEnd(28)} ${String(row.orders).padStart(2)} orders ${String(row.tickets).padStart(3)} tickets  paid ${show({ amount: row.paid, currency: 'GBP' }).padStart(8)}  owed ${show({ amount: row.owed, currency: 'GBP' }).padStart(7)}`);
  }

  // Cash on the door, recorded twice with one idempotency key (e.g. a retry after a dropped connection).
  const payee = owing[0];
  if (payee?.buyer.email && payee.amountDue) {
    const owed = payee.amountDue.amount;
    const payment = { eventId: event.id, payeeEmail: payee.buyer.email, amount: gbp(owed), method: 'cash' as const, notes: 'Paid on the door' };
    const key = 'door-2026-12-10-0001';
    const first = await seaty.orders.recordPayment(payment, { idempotencyKey: key });
    const second = await seaty.orders.recordPayment(payment, { idempotencyKey: key });
    const recorded = await seaty.native.listOrderPayments(first.id).toArray({ limit: 20 });
    const cash = recorded.filter((p) => p.type_id === 1);
    log(`cash payment of ${show(gbp(owed))} for ${payee.buyer.name}, sent twice with Idempotency-Key ${key}:`);
    log(`  order ${first.reference}: ${payee.status} → ${first.status}, paid ${show(first.amountPaid)} of ${show(first.total)}, due ${show(first.amountDue)}`);
    log(`  second call returned the same order: ${JSON.stringify(second) === JSON.stringify(first)}; cash payments on the order: ${cash.length}`);
  }

  const marketable = await seaty.contacts.list({ allowMarketing: true }).toArray({ limit: 100 });
  log(`contacts (distinct people) who allow marketing: ${marketable.map((c) => `${c.name} (${c.orderCount} orders)`).join(', ')}`);

  try {
    await seaty.orders.list();
  } catch (error) {
    if (isTicketingError(error)) log(`orders.list() without a scope → ${error.name}: ${error.message}`);
    else throw error;
  }
}
