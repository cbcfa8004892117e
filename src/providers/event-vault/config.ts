/**
 * The Event Vault client config (docs/vendors/event-vault.md, "Credentials"): the three values every request carries
 * in a header, and the clock `x-timestamp` is read from. Checked at creation: a missing or malformed value is a
 * `ConfigError` naming the key and what it must be.
 */
import { z } from 'zod';
import { ConfigError } from '../../core/errors.js';
import { configKeysOf, parseVendorConfig } from '../../core/options.js';
import type { ClientOptions } from '../../core/pipeline.js';
import { idProblem } from '../../internal/path.js';
import { EV_HEADER_VALUE } from './ids.js';

/**
 * The config of `createEventVaultClient`: the API key, client id and default event, plus the common `ClientOptions`.
 */
export interface EventVaultConfig extends ClientOptions {
  /** The secret API key (`x-api-key`). Keep it on the server. */
  apiKey: string;
  /** Your client id as shown in the Event Vault console (`x-client-id`). */
  clientId: string;
  /** The default event (`x-event-id`); the native layer's per-call `eventId` option overrides it for that call. */
  eventId: string;
  /** Milliseconds since the epoch, read when each attempt is sent (`x-timestamp`); default `Date.now`. */
  clock?: () => number;
}

const PROVIDER = 'event-vault' as const;

/** An id sent as a header: visible ASCII without outer blanks, and a valid id (see `idProblem`). */
const headerId = (what: string) =>
  z
    .string()
    .refine((value) => EV_HEADER_VALUE.test(value) && idProblem(value) === null)
    .describe(`${what}: ${EV_HEADER_VALUE.description}, not "." or "..", at most 512 characters`);

/**
 * The vendor's config keys. The API key is only checked for presence here: `parseVendorConfig` quotes a value it
 * refuses, and a key must never be quoted (its header check is `apiKeyProblem`, whose message does not).
 */
const EventVaultConfigSchema = z.object({
  apiKey: z
    .string()
    .refine((value) => value.trim() !== '')
    .describe('the API key (x-api-key)'),
  clientId: headerId('the client id shown in the Event Vault console (x-client-id)'),
  eventId: headerId('the id of the event to work on (x-event-id)'),
  clock: z
    .custom<() => number>((value) => typeof value === 'function')
    .optional()
    .describe('a function returning milliseconds since the epoch, like Date.now'),
});

/** The config keys of Event Vault (`ProviderWire.configKeys`). */
export const EV_CONFIG_KEYS = configKeysOf(EventVaultConfigSchema);

/** Checks an Event Vault config: `ConfigError` naming the key when a value is missing or cannot be sent. */
export function checkEventVaultConfig(config: EventVaultConfig): void {
  const { apiKey } = parseVendorConfig(PROVIDER, 'Event Vault', EventVaultConfigSchema, config);
  if (!EV_HEADER_VALUE.test(apiKey)) {
    // Never quotes the value: it is the secret.
    throw new ConfigError({
      provider: PROVIDER,
      message: `Event Vault config: \`apiKey\` (the API key, x-api-key) cannot be sent in a header: it must be ${EV_HEADER_VALUE.description}.`,
    });
  }
}
