/**
 * The type contract of the clients (run by `npm test` through vitest's typecheck mode): every vendor client is a
 * `TicketingClient`, `createClient` returns the vendor's own type for a literal provider, unsupported methods stay
 * visible and are typed to reject, and `mock.client` has exactly the production client's type.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  createClient,
  createEquaticketClient,
  createEventbriteClient,
  createEventScheduleClient,
  createEventVaultClient,
  createSeatyClient,
  type APIPromise,
  type ClientConfig,
  type EquaticketClient,
  type EventbriteClient,
  type EventScheduleClient,
  type EventVaultClient,
  type PagePromise,
  type SeatyClient,
  type TicketingClient,
} from '../../src/index.js';
import { createMockClient } from '../../src/testing/index.js';
import type { EquaticketNative } from '../../src/providers/equaticket/index.js';
import type { EventVaultNative } from '../../src/providers/event-vault/index.js';

declare function takesGeneric(client: TicketingClient): void;

describe('vendor clients are TicketingClients', () => {
  it('each factory result is accepted where app code takes a TicketingClient', () => {
    takesGeneric(createEquaticketClient({ apiKey: 'sk_test_x' }));
    takesGeneric(createEventbriteClient({ token: 't' }));
    takesGeneric(createEventScheduleClient({ apiKey: 'k' }));
    takesGeneric(createSeatyClient({ apiKey: 'k' }));
    takesGeneric(createEventVaultClient({ apiKey: 'k', clientId: 'c', eventId: 'e' }));
    expectTypeOf<EquaticketClient>().toMatchTypeOf<TicketingClient>();
    expectTypeOf<EventbriteClient>().toMatchTypeOf<TicketingClient>();
    expectTypeOf<EventScheduleClient>().toMatchTypeOf<TicketingClient>();
    expectTypeOf<SeatyClient>().toMatchTypeOf<TicketingClient>();
    expectTypeOf<EventVaultClient>().toMatchTypeOf<TicketingClient>();
  });

  it('what a vendor cannot do stays visible, typed to reject', () => {
    expectTypeOf<EquaticketClient['events']['delete']>().returns.toEqualTypeOf<APIPromise<never>>();
    expectTypeOf<EquaticketClient['attendees']['checkIn']>().returns.toEqualTypeOf<APIPromise<never>>();
    expectTypeOf<SeatyClient['attendees']['list']>().returns.toEqualTypeOf<PagePromise<never>>();
    expectTypeOf<EventVaultClient['orders']['list']>().returns.toEqualTypeOf<PagePromise<never>>();
    expectTypeOf<EventScheduleClient['events']['cancel']>().returns.toEqualTypeOf<APIPromise<never>>();
    expectTypeOf<EventbriteClient['orders']['refund']>().returns.toEqualTypeOf<APIPromise<never>>();
  });

  it('withOptions keeps the vendor type', () => {
    expectTypeOf(createSeatyClient({ apiKey: 'k' }).withOptions({ maxRetries: 1 })).toEqualTypeOf<SeatyClient>();
  });
});

describe('createClient', () => {
  it('returns the vendor type for a literal provider: extras and a typed native are reachable', () => {
    const ev = createClient({ provider: 'event-vault', apiKey: 'k', clientId: 'c', eventId: 'e' });
    expectTypeOf(ev).toEqualTypeOf<EventVaultClient>();
    expectTypeOf(ev.native).toEqualTypeOf<EventVaultNative>();
    expectTypeOf(ev.tickets.list).toBeFunction();
    const eq = createClient({ provider: 'equaticket', apiKey: 'sk_test_x' });
    expectTypeOf(eq.native).toEqualTypeOf<EquaticketNative>();
    expectTypeOf(createClient({ provider: 'seaty', apiKey: 'k' }).contacts.list).toBeFunction();
  });

  it('returns a TicketingClient for a config whose provider is not known statically', () => {
    const config = {} as ClientConfig;
    takesGeneric(createClient(config));
  });

  it('refuses a config of the wrong shape at compile time', () => {
    // @ts-expect-error Event Vault needs clientId and eventId
    createClient({ provider: 'event-vault', apiKey: 'k' });
    // @ts-expect-error not a provider
    createClient({ provider: 'nope', apiKey: 'k' });
  });
});

describe('mock.client has exactly the production type', () => {
  it('for each provider', () => {
    expectTypeOf(createMockClient({ provider: 'equaticket' }).client).toEqualTypeOf<EquaticketClient>();
    expectTypeOf(createMockClient({ provider: 'eventbrite' }).client).toEqualTypeOf<EventbriteClient>();
    expectTypeOf(createMockClient({ provider: 'event-schedule' }).client).toEqualTypeOf<EventScheduleClient>();
    expectTypeOf(createMockClient({ provider: 'seaty' }).client).toEqualTypeOf<SeatyClient>();
    expectTypeOf(createMockClient({ provider: 'event-vault' }).client).toEqualTypeOf<EventVaultClient>();
  });
});
