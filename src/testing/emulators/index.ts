/**
 * The emulator registry: provider id → emulator definition, exhaustive over the provider registry
 * (src/core/providers.ts): a provider without an emulator is a compile error. Its definition lives in its own folder.
 */
import type { AnyEmulatorDefinition } from '../framework/index.js';
import type { ProviderId } from '../framework/contract.js';
import { equaticketEmulator } from './equaticket/index.js';
import { eventbriteEmulator } from './eventbrite/index.js';
import { eventScheduleEmulator } from './event-schedule/index.js';
import { eventVaultEmulator } from './event-vault/index.js';
import { seatyEmulator } from './seaty/index.js';

export const emulators = {
  equaticket: equaticketEmulator,
  eventbrite: eventbriteEmulator,
  'event-schedule': eventScheduleEmulator,
  'event-vault': eventVaultEmulator,
  seaty: seatyEmulator,
} satisfies Record<ProviderId, AnyEmulatorDefinition>;

export type EmulatorRegistry = typeof emulators;

export function emulatorFor(provider: ProviderId): AnyEmulatorDefinition {
  return (emulators as Record<ProviderId, AnyEmulatorDefinition>)[provider];
}
