/**
 * ticketkit: one typed client for Equaticket, Eventbrite v3, Event Schedule, Seaty and Event Vault.
 */
import { ConfigError } from './core/errors.js';
import type { TicketingClient } from './client.js';
import { createEquaticketClient, type EquaticketConfig } from './providers/equaticket/index.js';
import { createEventbriteClient, type EventbriteConfig } from './providers/eventbrite/index.js';
import { createEventScheduleClient, type EventScheduleConfig } from './providers/event-schedule/index.js';
import { createSeatyClient, type SeatyConfig } from './providers/seaty/index.js';
import { createEventVaultClient, type EventVaultConfig } from './providers/event-vault/index.js';

export type ClientConfig =
  | ({ provider: 'equaticket' } & EquaticketConfig)
  | ({ provider: 'eventbrite' } & EventbriteConfig)
  | ({ provider: 'event-schedule' } & EventScheduleConfig)
  | ({ provider: 'seaty' } & SeatyConfig)
  | ({ provider: 'event-vault' } & EventVaultConfig);

export const PROVIDERS = ['equaticket', 'eventbrite', 'event-schedule', 'seaty', 'event-vault'] as const;

/**
 * Creates a client for any vendor. A bad config (missing credential, unknown provider, malformed key)
 * throws `ConfigError` here, never at the first request.
 */
export function createClient(config: ClientConfig): TicketingClient {
  if (config === null || typeof config !== 'object') {
    throw new ConfigError({ message: 'createClient needs a config object: { provider, ...credentials }.' });
  }
  const { provider, ...rest } = config as unknown as { provider?: unknown } & Record<string, unknown>;
  switch (provider) {
    case 'equaticket':
      return createEquaticketClient(rest as unknown as EquaticketConfig) as unknown as TicketingClient;
    case 'eventbrite':
      return createEventbriteClient(rest as unknown as EventbriteConfig) as unknown as TicketingClient;
    case 'event-schedule':
      return createEventScheduleClient(rest as unknown as EventScheduleConfig) as unknown as TicketingClient;
    case 'seaty':
      return createSeatyClient(rest as unknown as SeatyConfig) as unknown as TicketingClient;
    case 'event-vault':
      return createEventVaultClient(rest as unknown as EventVaultConfig) as unknown as TicketingClient;
    default:
      throw new ConfigError({
        message: `Unknown provider ${JSON.stringify(provider)}; expected one of ${PROVIDERS.join(', ')}.`,
      });
  }
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
  ConfigError,
  isTicketingError,
} from './core/errors.js';
export type { ErrorCode, AttemptRecord, FieldError, ProviderId } from './core/errors.js';
export { APIPromise } from './core/api-promise.js';
export type { WithResponse } from './core/api-promise.js';
export { Page, PagePromise } from './core/pagination.js';
export type { ToArrayOptions } from './core/pagination.js';
export { decideRetry, parseRetryAfter, computeBackoff } from './core/retry.js';
export type { RetryDecision, RetryInput, RetrySafety, AttemptFailure } from './core/retry.js';
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
  CustomRequest,
  Deleted,
  EventsResource,
  EventDatesResource,
  TicketTypesResource,
  OrdersResource,
  AttendeesResource,
} from './client.js';
export { createEquaticketClient } from './providers/equaticket/index.js';
export type { EquaticketClient, EquaticketConfig } from './providers/equaticket/index.js';
export { createEventbriteClient } from './providers/eventbrite/index.js';
export type { EventbriteClient, EventbriteConfig } from './providers/eventbrite/index.js';
export { createEventScheduleClient } from './providers/event-schedule/index.js';
export type { EventScheduleClient, EventScheduleConfig } from './providers/event-schedule/index.js';
export { createSeatyClient } from './providers/seaty/index.js';
export type { SeatyClient, SeatyConfig } from './providers/seaty/index.js';
export { createEventVaultClient } from './providers/event-vault/index.js';
export type { EventVaultClient, EventVaultConfig } from './providers/event-vault/index.js';
