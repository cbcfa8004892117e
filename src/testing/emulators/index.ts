/**
 * The emulator registry: provider id → emulator definition. Adding a vendor = one line here (its definition
 * lives in its own folder under this one).
 */
import type { ProviderId } from '../../core/errors.js';
import type { AnyEmulatorDefinition } from '../framework/index.js';
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
} satisfies Partial<Record<ProviderId, AnyEmulatorDefinition>>;

export type EmulatorRegistry = typeof emulators;

export function emulatorFor(provider: ProviderId): AnyEmulatorDefinition | null {
  return (emulators as Partial<Record<ProviderId, AnyEmulatorDefinition>>)[provider] ?? null;
}
