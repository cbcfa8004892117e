/**
 * ticketkit: one typed client for Equaticket, Eventbrite v3, Event Schedule, Seaty and Event Vault.
 *
 * @packageDocumentation
 * @module ticketkit
 */
import { ConfigError } from './core/errors.js';
import type { TicketingClient } from './client.js';
import type { ProviderId } from './core/errors.js';
import { PROVIDERS, isProviderId } from './core/providers.js';
import { closestKey } from './core/strict.js';
import { createEquaticketClient, type EquaticketClient, type EquaticketConfig } from './providers/equaticket/index.js';
import { createEventbriteClient, type EventbriteClient, type EventbriteConfig } from './providers/eventbrite/index.js';
import { createEventScheduleClient, type EventScheduleClient, type EventScheduleConfig } from './providers/event-schedule/index.js';
import { createSeatyClient, type SeatyClient, type SeatyConfig } from './providers/seaty/index.js';
import { createEventVaultClient, type EventVaultClient, type EventVaultConfig } from './providers/event-vault/index.js';

/** Each provider's client type: what `createClient({ provider })` returns for a literal `provider`. */
export interface ProviderClients {
  /** `createClient({ provider: 'equaticket', ... })` returns an `EquaticketClient`. */
  equaticket: EquaticketClient;
  /** `createClient({ provider: 'eventbrite', ... })` returns an `EventbriteClient`. */
  eventbrite: EventbriteClient;
  /** `createClient({ provider: 'event-schedule', ... })` returns an `EventScheduleClient`. */
  'event-schedule': EventScheduleClient;
  /** `createClient({ provider: 'seaty', ... })` returns a `SeatyClient`. */
  seaty: SeatyClient;
  /** `createClient({ provider: 'event-vault', ... })` returns an `EventVaultClient`. */
  'event-vault': EventVaultClient;
}

/** Each provider's config (credentials and vendor settings, plus the common `ClientOptions`). */
export interface ProviderConfigs {
  /** Equaticket: `apiKey` and `plan`. */
  equaticket: EquaticketConfig;
  /** Eventbrite: `token` and `organizationId`. */
  eventbrite: EventbriteConfig;
  /** Event Schedule: `apiKey`, `schedule` and the install's `baseUrl`. */
  'event-schedule': EventScheduleConfig;
  /** Seaty: `apiKey`. */
  seaty: SeatyConfig;
  /** Event Vault: `apiKey`, `clientId`, `eventId` (and `clock`). */
  'event-vault': EventVaultConfig;
}

/** The config of one provider's client: `{ provider: P }` plus that provider's config. */
export type ClientConfigOf<P extends ProviderId> = {
  /** Which vendor's client to build. */
  provider: P;
} & ProviderConfigs[P];

/** The config `createClient` takes: any provider's. */
export type ClientConfig = { [P in ProviderId]: ClientConfigOf<P> }[ProviderId];

/** The client type of a provider (`ClientOf<'seaty'>` is `SeatyClient`); every one is a `TicketingClient`. */
export type ClientOf<P extends ProviderId> = ProviderClients[P];

export { PROVIDERS, PROVIDER_REGISTRY, envVariableOf, isProviderId } from './core/providers.js';
export type { ProviderInfo } from './core/providers.js';

/** Each provider's factory: exhaustive over the registry (a provider without one is a compile error). */
const FACTORIES: { [P in ProviderId]: (config: ProviderConfigs[P]) => ProviderClients[P] } = {
  equaticket: createEquaticketClient,
  eventbrite: createEventbriteClient,
  'event-schedule': createEventScheduleClient,
  seaty: createSeatyClient,
  'event-vault': createEventVaultClient,
};

/**
 * Creates a client for any vendor. For a literal `provider` the result has that vendor's own type (its extras such
 * as `client.tickets` and a typed `native`); every vendor's client is also a `TicketingClient`.
 *
 * @param config - `provider`, that vendor's credentials, and any common option (`timeout`, `maxRetries`, `logger`...).
 * @returns The vendor's client.
 * @throws `ConfigError` for a bad config (missing credential, unknown provider or key, malformed key), here and never
 * at the first request.
 *
 * @example
 * ```ts
 * import { createClient } from 'ticketkit';
 *
 * const client = createClient({ provider: 'equaticket', apiKey: process.env.EQUATICKET_KEY! });
 * for await (const order of client.orders.list({ eventId: 'evt_123' })) {
 *   console.log(order.reference, order.total);
 * }
 * ```
 */
export function createClient<P extends ProviderId>(config: ClientConfigOf<P>): ClientOf<P>;
export function createClient(config: ClientConfig): TicketingClient;
export function createClient(config: ClientConfig): TicketingClient {
  if (config === null || typeof config !== 'object') {
    throw new ConfigError({ message: 'createClient needs a config object: { provider, ...credentials }.' });
  }
  const { provider, ...rest } = config as unknown as { provider?: unknown } & Record<string, unknown>;
  if (!isProviderId(provider)) {
    const guess = typeof provider === 'string' ? closestKey(provider, PROVIDERS) : null;
    throw new ConfigError({
      message: `Unknown provider ${JSON.stringify(provider)}${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ''}; expected one of ${PROVIDERS.join(', ')}.`,
    });
  }
  return (FACTORIES[provider] as (config: unknown) => TicketingClient)(rest);
}

export {
  TicketingError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  ValidationError,
  RateLimitError,
  ServerError,
  ConnectionError,
  TimeoutError,
  AbortError,
  UnsupportedCapabilityError,
  InvalidResponseError,
  InvalidCursorError,
  RedirectError,
  ConfigError,
  WebhookVerificationError,
  isTicketingError,
} from './core/errors.js';
export type { ErrorCode, AttemptRecord, FieldError, ProviderId, TicketingErrorInit, WebhookVerificationReason } from './core/errors.js';
export type { Query, QueryValue } from './internal/path.js';
export { APIPromise } from './core/api-promise.js';
export { mapConcurrent } from './core/concurrency.js';
export type { MapConcurrentOptions } from './core/concurrency.js';
export { MemoryRateLimiter } from './core/rate-limit.js';
export type { PauseBoard, RateLimiter, RateLimitRequest, RateLimitSpec, RequestClass, VendorRateLimits } from './core/rate-limit.js';
export { MemoryIdempotencyStore, IDEMPOTENCY_TTL_MS, WRITE_OPERATIONS } from './core/idempotency.js';
export type { IdempotencyRecord, IdempotencyStore, IdempotencySupport, WriteOperation } from './core/idempotency.js';
export { realScheduler } from './core/scheduler.js';
export type { Scheduler } from './core/scheduler.js';
export type { WithResponse } from './core/api-promise.js';
export { Page, PagePromise } from './core/pagination.js';
export type { ToArrayOptions } from './core/pagination.js';
export { toMinorUnits, fromMinorUnits, currencyExponent, formatMoney, normalizeCurrency } from './core/money.js';
export type { Money } from './core/money.js';
export * from './core/model.js';
export type {
  ClientOptions,
  RequestOptions,
  Hooks,
  RequestHookInfo,
  ResponseHookInfo,
  RetryHookInfo,
  HttpMethod,
} from './core/pipeline.js';
export type { Logger, LogLevel } from './internal/log.js';
export type {
  TicketingClient,
  Capabilities,
  WebhookCapabilities,
  CustomRequest,
  Deleted,
  EventsResource,
  EventDatesResource,
  TicketTypesResource,
  OrdersResource,
  AttendeesResource,
  WebhooksResource,
} from './client.js';
export { createEquaticketClient } from './providers/equaticket/index.js';
export type { EquaticketClient, EquaticketConfig, EquaticketPlan } from './providers/equaticket/index.js';
export { createEventbriteClient } from './providers/eventbrite/index.js';
export type { EventbriteClient, EventbriteConfig } from './providers/eventbrite/index.js';
export { createEventScheduleClient } from './providers/event-schedule/index.js';
export type { EventScheduleClient, EventScheduleConfig } from './providers/event-schedule/index.js';
export { createSeatyClient } from './providers/seaty/index.js';
export type { SeatyClient, SeatyConfig } from './providers/seaty/index.js';
export { createEventVaultClient } from './providers/event-vault/index.js';
export type { EventVaultClient, EventVaultConfig } from './providers/event-vault/index.js';
