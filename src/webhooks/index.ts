/**
 * `ticketkit/webhooks`: verify a vendor's webhook delivery, parse it into the normalized model, and fetch the full
 * entity it is about. Web Crypto only (no `node:crypto`), and no vendor's request code: it runs wherever
 * `crypto.subtle` does. Guide: docs/webhooks.md.
 */
export { verifyWebhook } from './verify.js';
export { resolveWebhook } from './resolve.js';
export { webhookDedupeKey } from './dedupe.js';
export { WEBHOOK_MAX_BODY_BYTES } from './body.js';
export {
  EQUATICKET_SIGNATURE_HEADER_GUESS,
  EQUATICKET_SIGNATURE_SCHEME_GUESS,
  EQUATICKET_TOLERANCE_SECONDS_GUESS,
  EVENT_SCHEDULE_SIGNATURE_HEADER,
} from './signatures.js';
export { WebhookVerificationError, UnsupportedCapabilityError, ValidationError, ConfigError, TicketingError, isTicketingError } from '../core/errors.js';
export type { WebhookVerificationReason } from '../core/errors.js';
export type {
  AttendeeWebhookEvent,
  AttendeeWebhookType,
  EquaticketSignatureOptions,
  EquaticketSignatureScheme,
  EventWebhookEvent,
  EventWebhookType,
  FeedbackWebhookEvent,
  OrderWebhookEvent,
  OrderWebhookType,
  OtherWebhookEvent,
  OtherWebhookType,
  RawWebhookBody,
  ResolvableWebhookEvent,
  ResolvedWebhookData,
  TicketTypeWebhookEvent,
  TicketTypeWebhookType,
  UnknownWebhookEvent,
  VerifyWebhookOptions,
  WebhookEntityKind,
  WebhookEvent,
  WebhookEventBase,
  WebhookEventType,
  WebhookFeedback,
  WebhookHeaders,
  WebhookProvider,
  WebhookRef,
} from './types.js';
