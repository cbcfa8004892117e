/**
 * The Event Schedule client's config and wire (docs/vendors/event-schedule.md, "Base URL and transport",
 * "Authentication"), and what the client can do (`eventScheduleCapabilities`).
 */
import { z } from 'zod';
import type { Capabilities } from '../../client.js';
import { withIdempotency } from '../../core/idempotency.js';
import { ConfigError } from '../../core/errors.js';
import { configKeysOf, parseVendorConfig } from '../../core/options.js';
import type { ClientOptions, ProviderWire } from '../../core/pipeline.js';
import { withinWindow } from '../../core/rate-limit.js';
import { EVENT_SCHEDULE_BASE_URL } from './endpoints.js';
import { mapEventScheduleError } from './errors.js';
import { ES_SUBDOMAIN } from './ids.js';
import { ES_DEFAULT_PER_PAGE, ES_MAX_PER_PAGE } from './pagination.js';

export const PROVIDER = 'event-schedule' as const;

/**
 * The config of `createEventScheduleClient`: the API key, the install's base URL and the default schedule, plus the
 * common `ClientOptions`.
 */
export interface EventScheduleConfig extends ClientOptions {
  /** The `X-API-Key` of a user who is owner or admin of the schedules you work with. */
  apiKey: string;
  /**
   * The API root: `https://eventschedule.com/api` (default), or `<APP_URL>/api` for a self-hosted install.
   * A bare origin (`https://events.example.org`) gets `/api` appended; a trailing slash is removed.
   */
  baseUrl?: string;
  /** The schedule (its `subdomain`) that `events.create` uses unless a call names another. */
  schedule?: string;
}

/** The vendor's own config keys (the common ones, `baseUrl` included, are the pipeline's). */
const EventScheduleConfigSchema = z.object({
  apiKey: z.string().min(1).describe('the X-API-Key of an owner or admin (Settings → API in the web UI, or native.register)'),
  schedule: z
    .string()
    .refine((value) => ES_SUBDOMAIN.test(value))
    .optional()
    .describe('a schedule subdomain (letters, digits and inner hyphens) that events.create uses'),
});

/**
 * What Event Schedule supports through ticketkit (`client.capabilities`), known before any request:
 * docs/vendors/event-schedule.md.
 */
export const eventScheduleCapabilities: Capabilities = withIdempotency({
  provider: PROVIDER,
  events: { list: true, get: true, create: true, update: true, publish: true, cancel: false, delete: true },
  eventDates: { list: 'derived', get: true },
  ticketTypes: { list: true, get: true, create: true, update: true, delete: true },
  orders: {
    list: 'all',
    get: true,
    create: true,
    markPaid: true,
    refund: true,
    cancel: true,
    recordPayment: false,
    updatedSince: false,
    filters: ['eventId', 'eventDateId', 'status', 'buyerEmail'],
  },
  attendees: {
    list: 'all',
    get: true,
    create: false,
    delete: false,
    checkIn: false,
    updatedSince: false,
    filters: ['eventId'],
  },
  pagination: 'page',
  pageSize: { default: ES_DEFAULT_PER_PAGE, max: ES_MAX_PER_PAGE },
  idempotencyKeys: 'none',
  testMode: false,
  webhooks: { verify: true, signed: true, subscriptions: false },
}) as Capabilities;

/** Normalizes a configured base URL: no trailing slash; a bare origin gets the `/api` prefix. */
export function normalizeBaseUrl(baseUrl: string): string {
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new ConfigError({ provider: PROVIDER, message: `Event Schedule \`baseUrl\` must be an absolute URL, got ${JSON.stringify(baseUrl)}.` });
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new ConfigError({ provider: PROVIDER, message: `Event Schedule \`baseUrl\` must be an http(s) URL, got ${JSON.stringify(baseUrl)}.` });
  }
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${parsed.origin}${path === '' ? '/api' : path}`;
}

/**
 * The config checked (a `ConfigError` naming the key otherwise) with its base URL normalized. The key's own value is
 * never repeated in a message: a key with whitespace is refused without showing it.
 */
export function checkConfig(config: EventScheduleConfig): EventScheduleConfig {
  parseVendorConfig(PROVIDER, 'Event Schedule', EventScheduleConfigSchema, config);
  if (/\s/.test(config.apiKey)) {
    throw new ConfigError({ provider: PROVIDER, message: 'Event Schedule `apiKey` must not be blank or contain whitespace.' });
  }
  return config.baseUrl === undefined ? { ...config } : { ...config, baseUrl: normalizeBaseUrl(config.baseUrl) };
}

/**
 * Documented: requests a minute per client IP, reads (GET) and writes (POST, PUT, DELETE) apart; every key behind one
 * IP shares them (docs/vendors/event-schedule.md, Rate limits).
 */
export const EVENT_SCHEDULE_RATE_LIMITS = Object.freeze({ readsPerMinute: 300, writesPerMinute: 30 });

/** How every request of a client is sent: `X-API-Key`, the vendor's errors, `1`/`0` booleans in queries. */
export function eventScheduleWire(apiKey: string): ProviderWire {
  return {
    rateLimits: {
      read: withinWindow(EVENT_SCHEDULE_RATE_LIMITS.readsPerMinute, 'minute'),
      write: withinWindow(EVENT_SCHEDULE_RATE_LIMITS.writesPerMinute, 'minute'),
    },
    // Counted per IP: every client of the process on the same host shares the buckets, whatever its key.
    rateLimitScope: 'origin',
    configKeys: configKeysOf(EventScheduleConfigSchema),
    provider: PROVIDER,
    baseUrl: EVENT_SCHEDULE_BASE_URL,
    secrets: [apiKey],
    headers: (ctx): Record<string, string> => (ctx.auth ? { 'x-api-key': apiKey } : {}),
    mapError: mapEventScheduleError,
    idempotencyHeader: null,
    booleanStyle: 'digit',
  };
}
