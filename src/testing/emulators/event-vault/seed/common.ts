/**
 * What every Event Vault seed builder shares: its argument checks. A mistake in a seed is a mistake in the test's
 * setup: an unknown key or a bad value is a `ConfigError` naming it; what Event Vault cannot hold at all is an
 * `UnsupportedCapabilityError`.
 */
import { ConfigError, UnsupportedCapabilityError } from '../../../framework/contract.js';
import { parseInstant } from '../../../framework/index.js';
import type { EvEnv, EvEventState } from '../state.js';
import { EV_EVENT_ID, EV_PROVIDER } from '../wire.js';

export function bad(field: string, message: string): ConfigError {
  return new ConfigError({ provider: EV_PROVIDER, message: `Invalid seed ${field}: ${message}.` });
}

export function cannot(capability: string, hint: string): UnsupportedCapabilityError {
  return new UnsupportedCapabilityError({
    provider: EV_PROVIDER,
    capability: `seed.${capability}`,
    message: `The Event Vault emulator cannot seed ${capability}: ${hint}.`,
  });
}

/** The argument of a builder: an object (or nothing, for the builders whose input is optional). */
export function objectInput<T>(builder: string, input: T | undefined, optional: boolean): T {
  if (input === undefined && optional) return {} as T;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw bad(builder, 'expected an object');
  return input;
}

/** An optional text field: a string, or `undefined`/`null` for none. */
export function optionalText(field: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw bad(field, `expected a string, got ${JSON.stringify(value)}`);
  return value;
}

/** An optional ISO-8601 instant (with `Z` or an offset). */
export function optionalInstant(field: string, value: unknown, nullable = false): void {
  if (value === undefined || (nullable && value === null)) return;
  if (typeof value !== 'string' || parseInstant(value) === null) {
    throw bad(field, `expected an ISO-8601 instant such as 2026-01-01T00:00:00Z, got ${JSON.stringify(value)}`);
  }
}

/** `value` is one of `allowed`, or `undefined`. */
export function optionalOneOf(field: string, value: unknown, allowed: readonly string[]): void {
  if (value === undefined) return;
  if (typeof value !== 'string' || !allowed.includes(value)) throw bad(field, `expected one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
}

/** A guest's email: the shape every address has (the emulator compares emails as given). */
export function emailOf(field: string, value: unknown): string {
  if (typeof value !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(value)) throw bad(field, `expected an email, got ${JSON.stringify(value)}`);
  return value;
}

/** An event of the emulated client (default: the configured one). */
export function eventOf(env: EvEnv, eventId: unknown): EvEventState {
  const id = eventId === undefined || eventId === null ? EV_EVENT_ID : eventId;
  if (typeof id !== 'string') throw bad('eventId', `expected an event id, got ${JSON.stringify(eventId)}`);
  const event = env.state.account.events.get(id);
  if (!event) throw bad('eventId', `${JSON.stringify(id)} is not an event of the emulated client (seed it with s.event())`);
  return event;
}
