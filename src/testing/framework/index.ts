/** The emulator framework (vendor-neutral). Vendor emulators import from here only. */
export { createEmulator, toResponse, json, empty, DEFAULT_CLOCK_START, DEFAULT_CLOCK_STEP_MS } from './emulator.js';
export type { SeedOf } from './emulator.js';
export { Router } from './router.js';
export { Faults } from './faults.js';
export { SortedList } from './collections.js';
export { sequentialUuid, padded } from './ids.js';
export { EmulatorHttpError } from './types.js';
export { hmacSha256Hex, WebhookHub } from './webhooks.js';
export type { EmulatorWebhooks } from './types.js';
export type {
  MockWebhooks,
  MockWebhookSubscription,
  WebhookAttempt,
  WebhookDelivery,
  WebhookFault,
  WebhookFaultController,
  WebhookFaultTarget,
  WebhookHandler,
  WebhookHubOptions,
  WebhookNotification,
  WebhookSubscribeOptions,
  WebhookTarget,
} from './webhook-types.js';
export type {
  BaseSeeder,
  SeedAttendeeInput,
  SeedEventDateInput,
  SeedEventInput,
  SeedOrderInput,
  SeedOrderLineInput,
  SeedTicketTypeInput,
} from './seeder.js';
export type {
  AnyEmulatorDefinition,
  CallRecord,
  Clock,
  Emulator,
  EmulatorDefinition,
  EmulatorRateLimit,
  EmulatorEnv,
  EmulatorOptions,
  EmulatorRequest,
  EmulatorResponse,
  Fault,
  FaultController,
  FaultTarget,
  Handler,
  IdCounters,
  OperationName,
  OpRequest,
  RouteDef,
} from './types.js';
export { joinIdParts, splitIdParts } from './contract.js';
export { decimalsOf, decimalToMinor, minorToDecimal, moneyOf } from './money.js';
export { isoUtc, parseInstant } from './time.js';
export { assertSeedKeys } from './strict.js';
