/**
 * `ticketkit/testing`: stateful vendor emulators behind the real client, fault injection, recorded calls,
 * deterministic ids and clock, and msw handlers. See docs/testing.md.
 
 * @packageDocumentation
 * @module ticketkit/testing
 */
import { ConfigError, type ProviderId } from '../core/errors.js';
import { forgetSharedMemoryStore } from '../core/idempotency.js';
import type { ClientOptions } from '../core/pipeline.js';
import type { Scheduler } from '../core/scheduler.js';
import type { TicketingClient } from '../client.js';
import { createClient, isProviderId, PROVIDERS, type ClientConfig } from '../index.js';
import { assertKnownKeys, closestKey } from '../core/strict.js';
import { emulatorFor, type EmulatorRegistry } from './emulators/index.js';
import {
  createEmulator,
  type BaseSeeder,
  type CallRecord,
  type Clock,
  type FaultController,
  type MockWebhooks,
  type SeedOf,
  type WebhookHubOptions,
} from './framework/index.js';

import type { ClientOf } from '../index.js';

export { mswHandlers, type MswHandlerOptions, type MswMock } from './msw.js';
export { seedFromJson, parseSeedFile, type SeedEntry, type SeedFile } from './seed-file.js';
export { DEFAULT_CLOCK_START } from './framework/index.js';
export type {
  BaseSeeder,
  CallRecord,
  Clock,
  Fault,
  FaultController,
  FaultTarget,
  MockWebhooks,
  MockWebhookSubscription,
  WebhookHubOptions,
  OperationName,
  WebhookAttempt,
  WebhookDelivery,
  WebhookFault,
  WebhookFaultController,
  WebhookFaultTarget,
  WebhookHandler,
  WebhookSubscribeOptions,
  SeedAttendeeInput,
  SeedEventDateInput,
  SeedEventInput,
  SeedOrderInput,
  SeedOrderLineInput,
  SeedTicketTypeInput,
} from './framework/index.js';
export type { EquaticketSeeder, EqSeedEventInput, EqSeedOrganizationInput, EqSeedWebhookInput, EqSeedCheckInInput, EqSeedRefundInput, EquaticketOperation } from './emulators/equaticket/index.js';
export type { EqWebhookWire as EqSeededWebhook } from './emulators/equaticket/wire.js';
export type { OrganizationWire as EbSeededOrganization, WebhookWire as EbSeededWebhook } from './emulators/eventbrite/wire.js';
export type { EsSeedTalentInput, EsSeedFanContentInput, EsSeedFeedbackInput } from './emulators/event-schedule/seed/types.js';
export type { EsPlan } from './emulators/event-schedule/state.js';
export type { EqPlan } from './emulators/equaticket/wire.js';
export type { EsScheduleWire as EsSeededSchedule, EsGroupWire as EsSeededGroup } from './emulators/event-schedule/wire.js';
export type { EvTicketView as EvSeededTicket } from './emulators/event-vault/wire.js';
export type { EventbriteSeeder, EbSeedEventInput, EbSeedTicketTypeInput, EbSeedWebhookInput, EbSeedCheckInInput, EbSeedRefundInput, EventbriteOperation } from './emulators/eventbrite/index.js';
export type { EventVaultSeeder, EvSeedAttendeeInput, EvSeedTicketInput, EvSeedTicketSpec } from './emulators/event-vault/index.js';
export type { EventScheduleSeeder, EsSeedEventInput, EsSeedScheduleInput } from './emulators/event-schedule/index.js';
export type { SeatyOperation, SeatySeeder, SeatySeedContactInput, SeatySeedEventDateInput, SeatySeedEventInput, SeatySeedOrderInput, SeatySeedTicketTypeInput, SeatyContactView } from './emulators/seaty/index.js';

/**
 * The operation names of a provider's emulator (`'orders.list' | 'orders.refund' | ...`): what `mock.faults`
 * targets are typed with (and checked against at run time).
 */
export type OperationOf<P extends ProviderId> = P extends keyof EmulatorRegistry
  ? EmulatorRegistry[P] extends { readonly __operations?: infer Op }
    ? Exclude<Op, undefined> extends never
      ? string
      : Exclude<Op, undefined> & string
    : string
  : string;

/** The seed builders of a provider (`s` in `seed: (s) => ...`). */
export type SeederFor<P extends ProviderId> = P extends keyof EmulatorRegistry ? SeedOf<EmulatorRegistry[P]> : BaseSeeder;

/**
 * The mock's client type: exactly the production client's type for the provider (`createClient({ provider })`), so
 * test code compiles only where the same production code does.
 */
export type ClientFor<P extends ProviderId> = ClientOf<P>;

/** Options of {@link createMockClient}. An unknown key or a wrong type is a `ConfigError`. */
export interface MockClientOptions<P extends ProviderId = ProviderId> {
  /** The vendor to emulate. */
  provider: P;
  /** Builds the starting data; runs now and again on every `reset()`. */
  seed?: (s: SeederFor<P>) => void;
  /** Caps every page the emulator serves, whatever the client asks for (to exercise pagination). */
  pageSize?: number;
  /** Replaces the emulator clock (default: starts at 2026-01-01T00:00:00Z, one second per write). */
  clock?: Clock;
  /** Options for the real client (`maxRetries`, `timeout`, `hooks`, ...). */
  client?: ClientOptions & Record<string, unknown>;
  /**
   * Enforce the vendor's documented rate limits on the emulator clock, answering the vendor's own 429 (default: on for
   * the vendors whose limits are documented per key — Seaty, Equaticket; off for the others).
   */
  rateLimits?: boolean;
  /**
   * Webhook delivery settings: `fetch` sends deliveries addressed to URLs that no `mock.webhooks.route` handles (none by
   * default: a test never touches the network, and such deliveries fail as unreachable); `apiBaseUrl` is the base URL
   * deliveries point at (Eventbrite `api_url`; default: the vendor's). `ticketkit mock-server` sets both.
   */
  webhooks?: WebhookHubOptions;
}

/** What {@link createMockClient} returns: the real client over an emulator, and the handles to steer and inspect it. */
export interface MockClient<P extends ProviderId = ProviderId> {
  /** The emulated vendor. */
  readonly provider: P;
  /** The real client, over the emulator. */
  readonly client: ClientFor<P>;
  /** The emulator as a WHATWG `fetch`: inject it into your own client. */
  readonly fetch: typeof globalThis.fetch;
  /** Every request the emulator received, in order (live, read-only). */
  readonly calls: ReadonlyArray<CallRecord>;
  /** Fault injection; targets are this vendor's operation names (checked when armed) or a predicate. */
  readonly faults: FaultController<OperationOf<P>>;
  /**
   * The vendor's webhooks: `subscribe({ handler | url, secret?, events? })`, `deliveries`, `faults` (`fail`, `delay`,
   * `duplicate`), `flush()`, `waitForDeliveries(n?)`. Every state change the vendor announces (through a request or a
   * mid-test seed) is delivered after the response, signed as the vendor signs. See docs/testing-webhooks.md.
   */
  readonly webhooks: MockWebhooks;
  /**
   * Restores the seeded state, id counters and clock; clears calls, faults, idempotency records (the emulator's, and
   * those of clients with `idempotencyStore: true` over `mock.fetch`) and webhook deliveries and delivery faults
   * (webhook subscriptions and routes stay).
   */
  reset(): void;
  /** The config `client` was built with (without `fetch`): `createClient({ provider, ...credentials, fetch })`. */
  readonly credentials: Record<string, unknown>;
  /** The emulator clock (ms). */
  readonly clock: Clock;
  /**
   * Time for clients of this emulator: the mock client uses it, and a client of your own can too
   * (`createClient({ provider, ...mock.credentials, fetch: mock.fetch, scheduler: mock.scheduler })`), so its waits
   * advance the emulator clock instead of sleeping.
   */
  readonly scheduler: Scheduler;
  /** Moves the emulator's default clock on by `ms` (a rate-limit window passing, a sale expiring...). */
  advance(ms: number): void;
  /** The seed builders, to add data mid-test (what they add is not replayed by `reset()`). */
  readonly seed: SeederFor<P>;
  /** The vendor's default base URL (what `mswHandlers` intercepts by default). */
  readonly baseUrl: string;
}

/**
 * A real client over a stateful emulator of the vendor: no network, no keys, deterministic ids and clock. The
 * emulator speaks the vendor's wire format and enforces its documented rules, so code tested against it behaves the
 * same against the vendor. See docs/testing.md.
 *
 * @param options - The vendor, the seed data, and options for the emulator and the client.
 * @returns The client, its `fetch`, recorded `calls`, `faults`, `reset()` and the seed builders.
 * @throws `ConfigError` for an unknown provider or a bad option.
 *
 * @example
 * ```ts
 * import { createMockClient } from 'ticketkit/testing';
 *
 * const mock = createMockClient({
 *   provider: 'seaty',
 *   seed: (s) => {
 *     const event = s.event({ name: 'Gala' });
 *     s.order({ eventId: event.id });
 *   },
 * });
 * const [event] = await mock.client.events.list().toArray({ limit: 10 });
 * mock.faults.once('orders.list', { kind: 'rate_limited', retryAfterSeconds: 0 });
 * const orders = await mock.client.orders.list({ eventId: event!.id }).toArray({ limit: 100 });
 * ```
 */
export function createMockClient<P extends ProviderId>(options: MockClientOptions<P>): MockClient<P> {
  const provider = options?.provider;
  if (!isProviderId(provider)) {
    const guess = typeof provider === 'string' ? closestKey(provider, PROVIDERS) : null;
    throw new ConfigError({
      message: `Unknown provider ${JSON.stringify(provider)}${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ''}; expected one of ${PROVIDERS.join(', ')}.`,
    });
  }
  checkMockOptions(provider, options);
  const definition = emulatorFor(provider);
  const emulator = createEmulator(definition, {
    seed: options.seed as ((s: unknown) => void) | undefined,
    pageSize: options.pageSize,
    clock: options.clock,
    rateLimits: options.rateLimits,
    webhooks: options.webhooks,
  });
  const credentials = emulator.credentials;
  // The client's waits (pacing, backoff, a 429's Retry-After) advance the emulator clock instead of sleeping.
  const client = createClient({ provider, ...credentials, scheduler: emulator.scheduler, ...options.client, fetch: emulator.fetch } as ClientConfig);
  return {
    provider,
    client: client as ClientFor<P>,
    fetch: emulator.fetch,
    calls: emulator.calls,
    faults: emulator.faults as FaultController<OperationOf<P>>,
    scheduler: emulator.scheduler,
    advance: (ms: number) => emulator.advance(ms),
    webhooks: emulator.webhooks,
    reset: () => {
      emulator.reset();
      // The vendor forgot every write: so must the keys ticketkit honours over this emulator (`idempotencyStore: true`).
      forgetSharedMemoryStore(emulator.fetch);
    },
    credentials,
    clock: emulator.clock,
    get seed() {
      return emulator.seed as SeederFor<P>;
    },
    baseUrl: emulator.baseUrl,
  };
}

const MOCK_OPTION_KEYS = ['provider', 'seed', 'pageSize', 'clock', 'client', 'rateLimits', 'webhooks'] as const;
const WEBHOOK_OPTION_KEYS = ['fetch', 'apiBaseUrl'] as const;

/** The testing kit's own arguments: a typo or a wrong type is a `ConfigError` naming the option. */
function checkMockOptions(provider: ProviderId, options: MockClientOptions<ProviderId>): void {
  assertKnownKeys(provider, 'createMockClient options', options, MOCK_OPTION_KEYS, 'config');
  const wrong = (field: string, expected: string) => new ConfigError({ provider, message: `createMockClient: \`${field}\` must be ${expected}.` });
  if (options.seed !== undefined && typeof options.seed !== 'function') throw wrong('seed', 'a function (s) => { ... }');
  if (options.clock !== undefined && typeof options.clock !== 'function') throw wrong('clock', 'a function returning milliseconds');
  if (options.client !== undefined && (options.client === null || typeof options.client !== 'object')) throw wrong('client', 'an object of client options');
  if (options.rateLimits !== undefined && typeof options.rateLimits !== 'boolean') throw wrong('rateLimits', 'a boolean');
  const webhooks = options.webhooks;
  if (webhooks !== undefined) {
    if (webhooks === null || typeof webhooks !== 'object') throw wrong('webhooks', 'an object { fetch?, apiBaseUrl? }');
    assertKnownKeys(provider, 'createMockClient webhooks options', webhooks, WEBHOOK_OPTION_KEYS, 'config');
    if (webhooks.fetch !== undefined && typeof webhooks.fetch !== 'function') throw wrong('webhooks.fetch', 'a fetch function');
    if (webhooks.apiBaseUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(String(webhooks.apiBaseUrl))) throw wrong('webhooks.apiBaseUrl', 'an absolute http(s) URL');
  }
}

/**
 * The vendor base URL an emulator serves (e.g. `https://app.equaticket.com/api/v1`): what a mock client's requests
 * go to, and the path `ticketkit mock-server` serves the vendor under on its own origin.
 *
 * @throws `UnsupportedCapabilityError` for a provider without an emulator.
 */
export function emulatorBaseUrl(provider: ProviderId): string {
  return emulatorFor(provider).baseUrl;
}
