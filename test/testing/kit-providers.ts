/**
 * One scenario per vendor emulator for the shared, table-driven kit tests (shared-kit.test.ts).
 * Adding a vendor = adding one entry to `kitProviders`.
 */
import type { ProviderId } from '../../src/core/errors.js';
import type { PagePromise } from '../../src/core/pagination.js';
import type { TicketingClient } from '../../src/client.js';
import type { OperationOf, SeatySeeder, SeederFor } from '../../src/testing/index.js';
import type { SeatyClient } from '../../src/providers/seaty/index.js';

export interface ReadBack<P extends ProviderId, E = unknown> {
  /** What is checked, e.g. `'order'`. */
  name: string;
  /** Seeds the entity (and its parents) and returns what the builder returned. */
  seed(s: NoInfer<SeederFor<P>>): E;
  /** Reads the same entity back through the client (a `get`, or the matching list item). */
  read(client: TicketingClient, seeded: E): Promise<unknown>;
}

export interface KitScenario<P extends ProviderId = ProviderId> {
  provider: P;
  /** Seeds what `list` needs plus `count` items of the listed kind; returns what `list.call` needs. */
  seedList(s: NoInfer<SeederFor<P>>, count: number): unknown;
  /** A paged listing and the operation name its requests are recorded under. */
  list: { op: OperationOf<ProviderId>; call(client: TicketingClient, context: unknown): PagePromise<{ id: string }> };
  /** Every builder's result must equal what the client reads back (deepEqual). */
  readBack: Array<ReadBack<P, any>>;
  /** `'none'` for a vendor that serves whole arrays (the client slices; `pageSize` has nothing to cap). Default `'server'`. */
  pagination?: 'server' | 'none';
  /** `false` when the listed entity carries no timestamps (the clock is then checked on its own). Default `true`. */
  timestamps?: boolean;
}

/** Types one entry: `P` is inferred from `provider`, so `s` is that vendor's seeder. */
function scenario<const P extends ProviderId>(s: KitScenario<P>): KitScenario<P> {
  return s;
}

export const kitProviders: KitScenario<any>[] = [
  scenario({
    provider: 'equaticket',
    seedList(s, count) {
      const event = s.event({ name: 'Kit Gala' });
      for (let i = 0; i < count; i++) s.order({ eventId: event.id });
      return { eventId: event.id };
    },
    list: {
      op: 'orders.list',
      call: (client, context) => client.orders.list({ eventId: (context as { eventId: string }).eventId }),
    },
    readBack: [
      { name: 'event', seed: (s) => s.event({ name: 'Read Back' }), read: (c, e) => c.events.get(e.id) },
      {
        name: 'eventDate',
        seed: (s) => s.eventDate({ eventId: s.event().id }),
        read: (c, d) => c.eventDates.get(d.id),
      },
      {
        name: 'ticketType',
        seed: (s) => s.ticketType({ eventId: s.event().id, name: 'VIP', price: { amount: 9900, currency: 'USD' } }),
        read: (c, t) => c.ticketTypes.get(t.id),
      },
      {
        name: 'order',
        seed: (s) => s.order({ eventId: s.event().id, buyer: { name: 'Jane Smith', email: 'jane@example.com', phone: '+15550100' } }),
        read: (c, o) => c.orders.get(o.id),
      },
      {
        name: 'attendee',
        seed: (s) => s.attendee({ eventId: s.event().id, name: 'Kenji Sato', email: 'kenji@example.com', checkedIn: true }),
        read: async (c, a) => (await c.attendees.list({ eventId: a.eventId }).toArray({ limit: 10 })).find((x) => x.id === a.id),
      },
    ],
  }),
  scenario({
    provider: 'seaty',
    seedList(s, count) {
      for (let i = 0; i < count; i++) s.event({ name: `Kit Gala ${i + 1}` });
      return {};
    },
    list: { op: 'events.list', call: (client) => client.events.list() },
    readBack: [
      { name: 'event', seed: (s) => s.event({ name: 'Read Back' }), read: (c, e) => c.events.get(e.id) },
      { name: 'eventDate', seed: (s) => s.eventDate({ eventId: s.event().id, name: 'Gala Night' }), read: (c, d) => c.eventDates.get(d.id) },
      {
        name: 'ticketType',
        seed: (s) => (s as SeatySeeder).ticketType({ eventId: s.event().id, name: 'Family', price: { amount: 5000, currency: 'GBP' }, admits: 4 }),
        read: (c, t) => c.ticketTypes.get(t.id),
      },
      {
        name: 'order',
        seed: (s) => s.order({ eventId: s.event().id, buyer: { name: 'Jane Smith', email: 'jane@example.com' } }),
        read: (c, o) => c.orders.get(o.id),
      },
      {
        name: 'order (fan-out list item)',
        seed: (s) => s.order({ eventId: s.event().id, status: 'partially_refunded' }),
        read: async (c, o) => (await c.orders.list({ eventId: o.eventId }).toArray({ limit: 10 })).find((x) => x.id === o.id),
      },
      {
        name: 'contact',
        seed: (s) => (s as SeatySeeder).contact({ email: 'ann@example.com', name: 'Ann', allowMarketing: true }),
        read: async (c, p) =>
          (await (c as unknown as SeatyClient).contacts.list().toArray({ limit: 10 })).find((x) => x.id === p.id),
      },
    ],
  }),
  scenario({
    provider: 'event-vault',
    pagination: 'none',
    timestamps: false,
    seedList(s, count) {
      const event = s.event();
      for (let i = 0; i < count; i++) s.attendee({ eventId: event.id });
      return { eventId: event.id };
    },
    list: {
      op: 'attendees.list',
      call: (client, context) => client.attendees.list({ eventId: (context as { eventId?: string } | undefined)?.eventId }),
    },
    readBack: [
      { name: 'event (stub)', seed: (s) => s.event({ name: 'Read Back' }), read: (c, e) => c.events.get(e.id) },
      {
        name: 'attendee (guest)',
        seed: (s) => s.attendee({ eventId: s.event().id, name: 'Kenji Sato', email: 'kenji@example.com', company: 'Acme', jobTitle: 'Speaker' }),
        read: (c, a) => c.attendees.get(a.id),
      },
    ],
  }),
  scenario({
    provider: 'event-schedule',
    seedList(s, count) {
      const event = s.event({ name: 'Kit Gala' });
      for (let i = 0; i < count; i++) s.order({ eventId: event.id });
      return { eventId: event.id };
    },
    // Attendees are the ticket units of sales: one GET /sales per page (orders.list also reads each sale's event).
    list: {
      op: 'orders.list',
      call: (client, context) => client.attendees.list({ eventId: (context as { eventId?: string } | undefined)?.eventId }),
    },
    readBack: [
      { name: 'event', seed: (s) => s.event({ name: 'Read Back', timezone: 'Europe/Paris' }), read: (c, e) => c.events.get(e.id) },
      { name: 'eventDate', seed: (s) => s.eventDate({ eventId: s.event().id }), read: (c, d) => c.eventDates.get(d.id) },
      {
        name: 'eventDate (recurring occurrence)',
        seed: (s) => s.eventDate({ eventId: s.event({ recurring: true, start: '2026-03-03T23:00:00Z' }).id, start: '2026-03-17T22:00:00Z' }),
        read: (c, d) => c.eventDates.get(d.id),
      },
      {
        name: 'ticketType',
        seed: (s) => s.ticketType({ eventId: s.event().id, name: 'VIP', price: { amount: 9999, currency: 'USD' } }),
        read: (c, t) => c.ticketTypes.get(t.id),
      },
      {
        name: 'order',
        seed: (s) => s.order({ eventId: s.event().id, status: 'pending', buyer: { name: 'Jane Smith', email: 'jane@example.com', phone: '+15550100' } }),
        read: (c, o) => c.orders.get(o.id),
      },
      {
        name: 'attendee',
        seed: (s) => s.attendee({ eventId: s.event().id, name: 'Kenji Sato', email: 'kenji@example.com' }),
        read: async (c, a) => (await c.attendees.list({ eventId: a.eventId }).toArray({ limit: 10 })).find((x) => x.id === a.id),
      },
    ],
  }),
  scenario({
    provider: 'eventbrite',
    seedList(s, count) {
      const event = s.event({ name: 'Kit Gala' });
      for (let i = 0; i < count; i++) s.order({ eventId: event.id });
      return { eventId: event.id };
    },
    list: {
      op: 'orders.list',
      call: (client, context) => client.orders.list({ eventId: (context as { eventId: string }).eventId }),
    },
    readBack: [
      { name: 'event', seed: (s) => s.event({ name: 'Read Back', venue: { name: 'Teatro Real', address: 'Plaza de Isabel II, Madrid' } }), read: (c, e) => c.events.get(e.id) },
      { name: 'series', seed: (s) => s.event({ name: 'Series', isSeries: true }), read: (c, e) => c.events.get(e.id) },
      { name: 'eventDate', seed: (s) => s.eventDate({ eventId: s.event().id }), read: (c, d) => c.eventDates.get(d.id) },
      {
        name: 'series date',
        seed: (s) => s.eventDate({ eventId: s.event({ isSeries: true }).id, start: '2026-03-01T19:00:00Z' }),
        read: (c, d) => c.eventDates.get(d.id),
      },
      {
        name: 'ticketType',
        seed: (s) => s.ticketType({ eventId: s.event().id, name: 'VIP', price: { amount: 9900, currency: 'USD' } }),
        read: (c, t) => c.ticketTypes.get(t.id),
      },
      { name: 'free ticketType', seed: (s) => s.ticketType({ eventId: s.event().id, price: null }), read: (c, t) => c.ticketTypes.get(t.id) },
      {
        name: 'order',
        seed: (s) => s.order({ eventId: s.event().id, buyer: { name: 'Jane Smith', email: 'jane@example.com' } }),
        read: (c, o) => c.orders.get(o.id),
      },
      {
        name: 'attendee',
        seed: (s) =>
          s.attendee({ eventId: s.event().id, name: 'Kenji Sato', email: 'kenji@example.com', phone: '+81 90 0000 0000', company: 'Acme', jobTitle: 'CTO', checkedIn: true }),
        read: (c, a) => c.attendees.get(a.id),
      },
    ],
  }),
];
