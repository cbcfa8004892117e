/**
 * `verifyWebhook`: the raw delivery → its signature checked (per vendor) → the JSON envelope → a normalized
 * `WebhookEvent`. Nothing of the body is parsed before its signature is checked.
 */
import { ConfigError, UnsupportedCapabilityError, ValidationError, WebhookVerificationError, type ProviderId } from '../core/errors.js';
import { isProviderId, PROVIDERS } from '../core/providers.js';
import { assertKnownKeys, closestKey } from '../core/strict.js';
import { readDelivery, WEBHOOK_MAX_BODY_BYTES } from './body.js';
import {
  assertWithinTolerance,
  EQUATICKET_SIGNATURE_HEADER_GUESS,
  EQUATICKET_SIGNATURE_SCHEME_GUESS,
  EQUATICKET_TOLERANCE_SECONDS_GUESS,
  EVENT_SCHEDULE_EVENT_HEADER,
  EVENT_SCHEDULE_SIGNATURE_HEADER,
  secretsOf,
  verifySha256Body,
  verifyTimestampV1,
} from './signatures.js';
import type { EquaticketSignatureOptions, VerifyWebhookOptions, WebhookEvent, WebhookProvider } from './types.js';
import { parseEquaticket } from './vendors/equaticket.js';
import { parseEventbrite } from './vendors/eventbrite.js';
import { parseEventSchedule } from './vendors/event-schedule.js';
import { isObject, text, type JsonObject } from './vendors/shared.js';

const OPTION_KEYS = ['provider', 'body', 'headers', 'secret', 'toleranceSeconds', 'now', 'maxBodyBytes', 'signature'] as const;
const SIGNATURE_KEYS = ['header', 'scheme'] as const;

/** The options, checked before anything is read. */
interface Checked {
  provider: WebhookProvider;
  maxBodyBytes: number;
  toleranceSeconds: number | null;
  nowMs: number;
  signature: Required<EquaticketSignatureOptions>;
}

function field(provider: ProviderId | null, name: string, message: string): ValidationError {
  return new ValidationError({ provider, message: `Invalid verifyWebhook ${name}: ${message}.`, fields: [{ field: name, message }] });
}

function checkProvider(value: unknown): WebhookProvider {
  if (!isProviderId(value)) {
    const guess = typeof value === 'string' ? closestKey(value, PROVIDERS) : null;
    throw field(null, 'provider', `expected one of ${PROVIDERS.join(', ')}, got ${JSON.stringify(value ?? null)}${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ''}`);
  }
  if (value === 'seaty' || value === 'event-vault') {
    throw new UnsupportedCapabilityError({
      provider: value,
      capability: 'webhooks',
      message: `${value} does not support webhooks: the vendor documents none (capabilities.webhooks.verify is false).`,
    });
  }
  return value;
}

function nonNegative(provider: WebhookProvider, name: string, value: unknown): number | null {
  if (value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw field(provider, name, `expected a number of seconds >= 0, got ${typeof value === 'number' ? String(value) : JSON.stringify(value)}`);
  return value;
}

function nowOf(provider: WebhookProvider, now: unknown): number {
  if (now === undefined) return Date.now();
  const ms = now instanceof Date ? now.getTime() : now;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) throw field(provider, 'now', 'expected a valid Date or epoch milliseconds');
  return ms;
}

function signatureOf(provider: WebhookProvider, value: unknown): Required<EquaticketSignatureOptions> {
  const defaults = { header: EQUATICKET_SIGNATURE_HEADER_GUESS, scheme: EQUATICKET_SIGNATURE_SCHEME_GUESS };
  if (value === undefined) return defaults;
  if (provider !== 'equaticket') throw field(provider, 'signature', `only Equaticket's signature scheme is configurable (${provider}'s is fixed)`);
  if (!isObject(value)) throw field(provider, 'signature', 'expected an object { header?, scheme? }');
  assertKnownKeys(provider, 'verifyWebhook signature', value, SIGNATURE_KEYS);
  const header = value.header === undefined ? defaults.header : value.header;
  if (typeof header !== 'string' || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(header)) throw field(provider, 'signature.header', 'expected a header name');
  const scheme = value.scheme === undefined ? defaults.scheme : value.scheme;
  if (scheme !== 'timestamp-v1' && scheme !== 'sha256-body') throw field(provider, 'signature.scheme', `expected 'timestamp-v1' or 'sha256-body', got ${JSON.stringify(scheme)}`);
  return { header, scheme };
}

function checkOptions(options: unknown): Checked {
  if (!isObject(options)) throw field(null, 'options', 'expected an object { provider, body, headers, secret }');
  assertKnownKeys(null, 'verifyWebhook options', options, OPTION_KEYS);
  const provider = checkProvider(options.provider);
  const max = options.maxBodyBytes;
  if (max !== undefined && (typeof max !== 'number' || !Number.isSafeInteger(max) || max < 1)) throw field(provider, 'maxBodyBytes', 'expected a positive integer');
  return {
    provider,
    maxBodyBytes: (max as number | undefined) ?? WEBHOOK_MAX_BODY_BYTES,
    toleranceSeconds: nonNegative(provider, 'toleranceSeconds', options.toleranceSeconds),
    nowMs: nowOf(provider, options.now),
    signature: signatureOf(provider, options.signature),
  };
}

function invalidPayload(provider: WebhookProvider, bytes: Uint8Array, detail: string): WebhookVerificationError {
  return new WebhookVerificationError({ provider, reason: 'invalid_payload', bodyBytes: bytes.length, message: `Webhook refused: ${detail}.` });
}

/** The body as a JSON object (strict UTF-8), or an `invalid_payload` refusal. */
function envelopeOf(provider: WebhookProvider, bytes: Uint8Array): JsonObject {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw invalidPayload(provider, bytes, 'the body is not UTF-8 JSON');
  }
  if (!isObject(parsed)) throw invalidPayload(provider, bytes, 'the body is not a JSON object');
  return parsed;
}

function typeOf(provider: WebhookProvider, bytes: Uint8Array, value: unknown, where: string): string {
  const type = text(value);
  if (type === null) throw invalidPayload(provider, bytes, `the body has no ${where} naming the event type`);
  return type;
}

/** Equaticket: the guessed (configurable) scheme, then the envelope. */
async function verifyEquaticket(options: VerifyWebhookOptions, checked: Checked): Promise<WebhookEvent> {
  const secrets = secretsOf('equaticket', options.secret);
  const { bytes, header } = await readDelivery('equaticket', options.body, options.headers, checked.maxBodyBytes);
  const { header: name, scheme } = checked.signature;
  if (scheme === 'timestamp-v1') {
    await verifyTimestampV1('equaticket', header, name, bytes, secrets, checked.toleranceSeconds ?? EQUATICKET_TOLERANCE_SECONDS_GUESS, checked.nowMs);
  } else {
    await verifySha256Body('equaticket', header, name, bytes, secrets);
  }
  const envelope = envelopeOf('equaticket', bytes);
  return parseEquaticket(envelope, typeOf('equaticket', bytes, envelope.type, '"type"'));
}

/**
 * Event Schedule: `sha256=` over the raw body. Its scheme signs no timestamp (the `X-Webhook-Timestamp` header is not
 * covered), so none is checked unless `toleranceSeconds` is given: then the signed body's `timestamp` is.
 */
async function verifyEventSchedule(options: VerifyWebhookOptions, checked: Checked): Promise<WebhookEvent> {
  const secrets = secretsOf('event-schedule', options.secret);
  const { bytes, header } = await readDelivery('event-schedule', options.body, options.headers, checked.maxBodyBytes);
  await verifySha256Body('event-schedule', header, EVENT_SCHEDULE_SIGNATURE_HEADER, bytes, secrets);
  const body = envelopeOf('event-schedule', bytes);
  if (checked.toleranceSeconds !== null && checked.toleranceSeconds > 0) {
    const signedAt = typeof body.timestamp === 'string' ? Date.parse(body.timestamp) : Number.NaN;
    if (Number.isNaN(signedAt)) throw invalidPayload('event-schedule', bytes, 'toleranceSeconds is set but the body has no valid "timestamp"');
    assertWithinTolerance('event-schedule', null, bytes, signedAt, checked.toleranceSeconds, checked.nowMs);
  }
  // The signed body names the type; the unsigned X-Webhook-Event header is only a fallback for a body without it.
  const type = text(body.event) ?? header(EVENT_SCHEDULE_EVENT_HEADER);
  return parseEventSchedule(body, typeOf('event-schedule', bytes, type, '"event" (or X-Webhook-Event header)'));
}

/** Eventbrite: nothing to verify (it signs nothing: keep the receiving URL secret); the body's shape is checked. */
async function verifyEventbrite(options: VerifyWebhookOptions, checked: Checked): Promise<WebhookEvent> {
  if (options.secret !== undefined) {
    throw new ConfigError({
      provider: 'eventbrite',
      message: 'Eventbrite signs no webhook, so there is no secret to check: remove secret, and keep the receiving URL secret (docs/webhooks.md, "Eventbrite").',
    });
  }
  const { bytes } = await readDelivery('eventbrite', options.body, options.headers, checked.maxBodyBytes);
  const body = envelopeOf('eventbrite', bytes);
  const config = isObject(body.config) ? body.config : null;
  if (config === null) throw invalidPayload('eventbrite', bytes, 'the body has no "config" object (not an Eventbrite webhook)');
  return parseEventbrite(body, typeOf('eventbrite', bytes, config.action, '"config.action"'));
}

/**
 * Verifies a webhook delivery and returns it as a normalized, typed `WebhookEvent`.
 *
 * Pass the **raw** body (string, `Uint8Array`/`Buffer`, `ArrayBuffer`, or the WHATWG `Request` itself) and the
 * headers; a signed vendor (Equaticket, Event Schedule) needs the subscription's `secret` (an array during a
 * rotation). A delivery that fails the check rejects with `WebhookVerificationError` (answer it with a 4xx); a
 * mistake in the call (a parsed body, a missing secret, an unknown option) rejects with `ValidationError` or
 * `ConfigError`; Seaty and Event Vault with `UnsupportedCapabilityError`. An unknown vendor type is not an error:
 * it is an event of type `'unknown'`.
 *
 * @example
 * const event = await verifyWebhook({ provider: 'event-schedule', body: rawBody, headers: req.headers, secret });
 * switch (event.type) {
 *   case 'order.paid': markPaid(event.data); break; // event.data: Order | null
 * }
 */
export async function verifyWebhook(options: VerifyWebhookOptions): Promise<WebhookEvent> {
  const checked = checkOptions(options);
  switch (checked.provider) {
    case 'equaticket':
      return verifyEquaticket(options, checked);
    case 'event-schedule':
      return verifyEventSchedule(options, checked);
    case 'eventbrite':
      return verifyEventbrite(options, checked);
  }
}
