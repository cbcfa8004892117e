/**
 * `npm run demo`: the main job a ticketkit user runs, against the built-in emulators (no keys, no network).
 * List events, page through every order with `for await`, print a per-event sales summary, and show a
 * retried 429 and a typed error.
 */
import { formatMoney, isTicketingError, NotFoundError, type Money } from '../src/index.js';
import { createMockClient } from '../src/testing/index.js';
import { vendorDemos } from './vendor-demos.js';

const log = (line = '') => console.log(line);

/** A small deterministic PRNG so that every run prints the same numbers. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function equaticketDemo(): Promise<void> {
  log('== Equaticket ==');
  const random = prng(42);
  const retries: string[] = [];
  const mock = createMockClient({
    provider: 'equaticket',
    client: {
      hooks: {
        onRetry: ({ attempt, delayMs, error }) =>
          retries.push(`attempt ${attempt} got ${error.status} ${error.code}; retrying in ${delayMs} ms`),
      },
    },
    seed: (s) => {
      const catalogue: Array<{ name: string; currency: string; start: string; timezone: string; tickets: Array<[string, number]> }> = [
        { name: 'Spring Workshop', currency: 'USD', start: '2026-04-15T18:00:00Z', timezone: 'America/Chicago', tickets: [['General Admission', 2500], ['VIP', 9900]] },
        { name: 'Jazz Night', currency: 'EUR', start: '2026-05-02T19:30:00Z', timezone: 'Europe/Madrid', tickets: [['Standing', 1850], ['Balcony', 3200]] },
        { name: 'Tokyo Dev Meetup', currency: 'JPY', start: '2026-06-20T09:00:00Z', timezone: 'Asia/Tokyo', tickets: [['Entry', 1500]] },
      ];
      const buyers = ['Ana García', 'Jane Smith', 'Kenji Sato', 'Léa Dubois', 'Omar Haddad', 'Priya Nair', 'Tom Müller'];
      for (const item of catalogue) {
        const event = s.event({ name: item.name, currency: item.currency, start: item.start, timezone: item.timezone, status: 'scheduled' });
        const types = item.tickets.map(([name, amount]) =>
          s.ticketType({ eventId: event.id, name, price: { amount, currency: item.currency }, quantityTotal: 500 }),
        );
        for (let i = 0; i < 110; i++) {
          const type = types[Math.floor(random() * types.length)]!;
          const name = buyers[Math.floor(random() * buyers.length)]!;
          const roll = random();
          s.order({
            eventId: event.id,
            status: roll < 0.06 ? 'refunded' : 'paid',
            buyer: { name, email: `${name.split(' ')[0]!.toLowerCase()}.${i}@example.com` },
            lines: [{ ticketTypeId: type.id, quantity: 1 + Math.floor(random() * 3) }],
          });
        }
      }
    },
  });
  const tk = mock.client;

  const events = await tk.events.list().toArray({ limit: 100 });
  log(`${events.length} events:`);
  for (const e of events) log(`  ${e.name} — ${e.start} (${e.timezone}), ${e.currency}, ${e.status}`);

  // One 429 on the first page of orders: the client waits as told and retries by itself.
  mock.faults.once('orders.list', { kind: 'rate_limited', retryAfterSeconds: 0 });

  const summary = new Map<string, { tickets: number; revenue: Money | null; orders: number; refunded: number }>();
  let seen = 0;
  for await (const order of tk.orders.list({ limit: 100 })) {
    seen++;
    const row = summary.get(order.eventId ?? '?') ?? { tickets: 0, revenue: null, orders: 0, refunded: 0 };
    row.orders++;
    if (order.status === 'paid' && order.total) {
      row.tickets += order.ticketCount ?? 0;
      row.revenue = { amount: (row.revenue?.amount ?? 0) + order.total.amount, currency: order.total.currency };
    } else if (order.status === 'refunded') {
      row.refunded++;
    }
    summary.set(order.eventId ?? '?', row);
  }
  log(`paged through ${seen} orders with for await (${mock.calls.filter((c) => c.op === 'orders.list').length} list requests)`);
  log('sales by event:');
  for (const e of events) {
    const row = summary.get(e.id);
    if (!row) continue;
    const revenue = row.revenue ? formatMoney(row.revenue, 'en-US') : '-';
    log(`  ${(e.name ?? e.id).padEnd(18)} ${String(row.tickets).padStart(4)} tickets sold   revenue ${revenue.padStart(12)}   (${row.orders} orders, ${row.refunded} refunded)`);
  }
  log('retried 429:');
  for (const line of retries) log(`  ${line}`);

  log('typed errors:');
  try {
    await tk.events.get('00000000-0000-4000-8000-00000000dead');
  } catch (error) {
    if (error instanceof NotFoundError) {
      log(`  events.get(missing) → ${error.name} code=${error.code} status=${error.status} vendorCode=${error.vendorCode} requestId=${error.requestId}`);
    } else throw error;
  }
  try {
    await tk.orders.refund(events[0]!.id);
  } catch (error) {
    if (isTicketingError(error)) log(`  orders.refund → ${error.name}: ${error.message}`);
    else throw error;
  }
  log();
}

async function main(): Promise<void> {
  await equaticketDemo();
  for (const [name, run] of vendorDemos) {
    log(`== ${name} ==`);
    await run(log);
    log();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
