/**
 * The Eventbrite section of `npm run demo`, against the built-in Eventbrite emulator (no keys, no network):
 * resolve the organization once, list a series and its dates, walk every order of the organization with
 * `for await` across continuation pages, count check-ins, create and publish an event (the write's waypoint
 * token is echoed on the read that follows), and show the typed errors of what Eventbrite refuses.
 */
import { createClient, formatMoney, isTicketingError, type ClientConfig, type Money } from '../src/index.js';
import type { EventbriteClient } from '../src/providers/eventbrite/index.js';
import { createMockClient, type MockClient } from '../src/testing/index.js';
import type { EventbriteSeeder } from '../src/testing/emulators/eventbrite/index.js';

const cad = (amount: number): Money => ({ amount, currency: 'CAD' });
const show = (m: Money | null): string => (m ? formatMoney(m, 'en-CA') : '-');

function seed(s: EventbriteSeeder): void {
  const comedy = s.event({
    name: '10PM Saturdays Stand-up Comedy',
    isSeries: true,
    timezone: 'America/Toronto',
    currency: 'CAD',
    start: '2026-03-08T03:00:00Z',
    end: '2026-03-08T05:00:00Z',
    venue: { name: 'Comedy Bar', address: '945 Bloor St W, Toronto, ON M6H 1L5' },
  });
  const people = ['Olivia Tremblay', 'Liam Roy', 'Emma Gagnon', 'Noah Côté', 'Chloé Bouchard', 'Lucas Morin'];
  let n = 0;
  for (let week = 0; week < 3; week++) {
    const date = s.eventDate({ eventId: comedy.id });
    const ga = s.ticketType({ eventId: date.id, name: 'General Admission', price: cad(2000), quantityTotal: 55 });
    const front = s.ticketType({ eventId: date.id, name: 'Front Row', price: cad(3500), quantityTotal: 10 });
    for (let i = 0; i < 4 + week; i++, n++) {
      const name = people[n % people.length]!;
      s.order({
        eventId: comedy.id,
        eventDateId: date.id,
        status: n % 7 === 6 ? 'refunded' : 'paid',
        buyer: { name, email: `${name.split(' ')[0]!.toLowerCase()}.${n}@example.ca` },
        lines: [{ ticketTypeId: (n % 3 === 0 ? front : ga).id, quantity: 1 + (n % 2) }],
      });
    }
  }
  const talks = s.event({ name: 'GEEKTALKS — Presentación de proyectos finales', timezone: 'Europe/Madrid', currency: 'EUR', start: '2026-04-01T16:30:00Z', end: '2026-04-01T18:30:00Z', isOnline: true });
  s.ticketType({ eventId: talks.id, name: 'Entrada libre', price: null, quantityTotal: 200 });
  for (const [i, name] of ['Lucía Fernández', 'Mateo López', 'Sofía Martín'].entries()) {
    s.attendee({ eventId: talks.id, name, email: `${name.split(' ')[0]!.toLowerCase()}@example.es`, checkedIn: i < 2 });
  }
}

export async function runEventbriteDemo(log: (line: string) => void): Promise<void> {
  // pageSize 4: the emulator serves at most 4 records a page, so the walk follows continuation tokens.
  const mock = createMockClient({ provider: 'eventbrite', pageSize: 4, seed: (s) => seed(s as EventbriteSeeder) }) as MockClient<'eventbrite'>;

  // A client built like a user would, with only a token: the organization is looked up once and cached.
  const eb = createClient({ provider: 'eventbrite', token: String(mock.credentials.token), fetch: mock.fetch } as ClientConfig) as unknown as EventbriteClient;
  const [orgA, orgB] = await Promise.all([eb.organizationId(), eb.organizationId()]);
  const lookups = mock.calls.filter((c) => c.op === 'organizations.list').length;
  log(`organization ${orgA} (resolved with ${lookups} lookup for ${orgA === orgB ? 'two concurrent' : 'two'} callers)`);

  const events = await eb.events.list().toArray({ limit: 20 });
  for (const event of events) {
    log(`${event.id.padEnd(20)} ${event.name} [${event.status}] ${event.timezone} ${event.start} ${event.venue?.name ?? (event.isOnline ? 'online' : '')}`);
  }
  const series = events.find((e) => e.id.startsWith('series:'));
  if (!series) throw new Error('the demo seed has no series');
  const dates = await eb.eventDates.list({ eventId: series.id }).toArray({ limit: 10 });
  log(`${series.name}: ${dates.length} dates (${dates.map((d) => d.start?.slice(0, 10)).join(', ')})`);

  // Every order of the organization, page after page (continuation tokens), grouped by date.
  const perDate = new Map<string, { orders: number; tickets: number; gross: number; refunded: number }>();
  let walked = 0;
  for await (const order of eb.orders.list()) {
    walked++;
    const key = order.eventDateId ?? '?';
    const row = perDate.get(key) ?? { orders: 0, tickets: 0, gross: 0, refunded: 0 };
    row.orders++;
    row.tickets += order.ticketCount ?? 0;
    if (order.status === 'refunded') row.refunded++;
    else row.gross += order.total?.amount ?? 0;
    perDate.set(key, row);
  }
  const pages = mock.calls.filter((c) => c.op === 'orders.list').length;
  log(`walked ${walked} orders with for await (${pages} pages of at most 4)`);
  const label = new Map(dates.map((d) => [d.id, `Stand-up comedy ${d.start?.slice(0, 10)}`]));
  for (const [dateId, row] of perDate) {
    const name = label.get(dateId) ?? events.find((e) => e.id === dateId)?.name?.slice(0, 31) ?? dateId;
    const currency = label.has(dateId) ? 'CAD' : 'EUR';
    log(`  ${name.padEnd(31)} ${String(row.orders).padStart(2)} orders ${String(row.tickets).padStart(2)} tickets  gross ${show({ amount: row.gross, currency }).padStart(10)}  refunded ${row.refunded}`);
  }

  const talks = events.find((e) => e.name?.startsWith('GEEKTALKS'))!;
  const attendees = await eb.attendees.list({ eventId: talks.id }).toArray({ limit: 50 });
  log(`${talks.name}: ${attendees.filter((a) => a.checkedIn).length}/${attendees.length} checked in; barcodes ${attendees.map((a) => a.barcode).join(', ')}`);

  // Create, add a ticket class, publish: each write returns a waypoint token that the next request echoes.
  const created = await eb.events.create({
    name: 'Improv Jam',
    start: '2026-05-09T23:00:00Z',
    end: '2026-05-10T01:00:00Z',
    timezone: 'America/Toronto',
    currency: 'CAD',
  });
  await eb.ticketTypes.create({ eventId: created.id, name: 'Pay what you can', price: cad(1000), quantityTotal: 40 });
  const published = await eb.events.publish(created.id);
  const read = mock.calls[mock.calls.length - 1]!;
  log(`created ${created.id} (${created.status}) → published: ${published.status} (${published.statusRaw}); read-after-write carried a waypoint token: ${read.headers['eventbrite-api-waypoint-token'] !== undefined}`);

  // What Eventbrite refuses, as typed errors.
  const refused = await eb.events.cancel(series.id).then(
    () => null,
    (e: unknown) => e,
  );
  if (isTicketingError(refused)) log(`cancel ${series.id}: ${refused.name} ${refused.vendorCode} (${refused.status})`);
  const generic = mock.client;
  const refund = await generic.orders.refund('1').then(
    () => null,
    (e: unknown) => e,
  );
  if (isTicketingError(refund)) log(`orders.refund: ${refund.name} (capabilities.orders.refund = ${generic.capabilities.orders.refund})`);
}
