/**
 * The provider registry: every vendor ticketkit supports, once. The provider id type, its schema, `PROVIDERS`, the
 * build entries (tsup.config.ts) and the package's subpath exports are derived from it, and the maps that need the
 * vendor's code (`createClient`'s factories in src/index.ts, the emulators in src/testing/emulators/index.ts) are
 * typed as exhaustive over it, so a vendor added here and missing there is a compile error. Adding a vendor:
 * CONTRIBUTING.md.
 *
 * This module imports nothing: any layer may read it.
 */
export const PROVIDER_REGISTRY = {
  equaticket: { name: 'Equaticket', subpath: 'equaticket', envPrefix: 'EQUATICKET', credentials: { required: ['apiKey'], optional: ['plan'] } },
  eventbrite: { name: 'Eventbrite', subpath: 'eventbrite', envPrefix: 'EVENTBRITE', credentials: { required: ['token'], optional: ['organizationId'] } },
  'event-schedule': {
    name: 'Event Schedule',
    subpath: 'event-schedule',
    envPrefix: 'EVENT_SCHEDULE',
    credentials: { required: ['apiKey'], optional: ['schedule'] },
  },
  seaty: { name: 'Seaty', subpath: 'seaty', envPrefix: 'SEATY', credentials: { required: ['apiKey'], optional: [] } },
  'event-vault': {
    name: 'Event Vault',
    subpath: 'event-vault',
    envPrefix: 'EVENT_VAULT',
    credentials: { required: ['apiKey', 'clientId', 'eventId'], optional: [] },
  },
} as const satisfies Record<string, ProviderInfo>;

/** What the registry says about a provider. */
export interface ProviderInfo {
  /** The vendor's name, for messages and docs. */
  name: string;
  /** The package subpath of its client (`ticketkit/<subpath>`), built from `src/providers/<subpath>/index.ts`. */
  subpath: string;
  /** The prefix of its environment variables (`TICKETKIT_<envPrefix>_API_KEY`, used by the CLI). */
  envPrefix: string;
  /** The config keys that hold its credentials and account settings (what the CLI reads from the environment). */
  credentials: {
    /** Keys a client cannot do without (`apiKey`, `token`...). */
    required: readonly string[];
    /** Keys with a default (`organizationId`, `plan`...). */
    optional: readonly string[];
  };
}

/**
 * The environment variable of a provider's config key: `TICKETKIT_<envPrefix>_<KEY in upper snake case>`, e.g.
 * `TICKETKIT_EVENT_VAULT_CLIENT_ID` for Event Vault's `clientId`.
 */
export function envVariableOf(provider: ProviderId, key: string): string {
  return `TICKETKIT_${PROVIDER_REGISTRY[provider].envPrefix}_${key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}`;
}

/** A provider id: `'equaticket' | 'eventbrite' | 'event-schedule' | 'seaty' | 'event-vault'`. */
export type ProviderId = keyof typeof PROVIDER_REGISTRY;

/** Every provider id, in registry order. */
export const PROVIDERS = Object.keys(PROVIDER_REGISTRY) as ProviderId[] as readonly ProviderId[];

/** `true` when `value` is one of `PROVIDERS` (`'eventbrite'`, `'seaty'`...): narrows a string from config or a CLI. */
export function isProviderId(value: unknown): value is ProviderId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(PROVIDER_REGISTRY, value);
}
