/**
 * The error tree of ticketkit. Every failure that leaves the SDK is a `TicketingError` (or a subclass).
 * Secrets never reach these objects: `request.url` and `raw` are redacted before they are stored.
 */

import type { ProviderId } from './providers.js';

export type { ProviderId };

export type ErrorCode =
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'validation'
  | 'rate_limited'
  | 'unsupported'
  | 'clock_skew'
  | 'server'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'invalid_response'
  | 'config'
  | 'webhook_verification';

/** One try of a logical call, as recorded on results and errors. */
export interface AttemptRecord {
  attempt: number;
  status: number | null;
  /** What went wrong on this try, or `null` when it succeeded. */
  error: ErrorCode | null;
  requestId: string | null;
  durationMs: number;
  /** The delay slept after this try before the next one, or `null` when there was no next one. */
  retryDelayMs: number | null;
}

export interface FieldError {
  field: string;
  message: string;
}

export interface TicketingErrorInit {
  message: string;
  code?: ErrorCode;
  provider?: ProviderId | null;
  status?: number | null;
  requestId?: string | null;
  vendorCode?: string | null;
  retryable?: boolean;
  retryAfterMs?: number | null;
  idempotencyKey?: string | null;
  outcomeUnknown?: boolean | null;
  attempts?: AttemptRecord[];
  request?: { method: string; url: string } | null;
  raw?: unknown;
  cause?: unknown;
  fields?: FieldError[];
  docUrl?: string | null;
  writtenId?: string | null;
}

/**
 * The brand every ticketkit error carries, shared by every copy of the package in a process (the CommonJS and the
 * ESM build, or two installed versions): `Symbol.for` returns the same symbol everywhere. Its value lists the class
 * names of the error's chain, so `instanceof` can answer for a class of another copy.
 */
const BRAND = Symbol.for('ticketkit.error');

/** The brand names of an error's class chain, most derived first (`['ValidationError', 'TicketingError']`). */
function brandsOf(error: object): string[] {
  const names: string[] = [];
  for (let proto = Object.getPrototypeOf(error) as object | null; proto && proto !== Error.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    const ctor = (proto as { constructor?: { brand?: unknown } }).constructor;
    if (ctor && Object.prototype.hasOwnProperty.call(ctor, 'brand') && typeof ctor.brand === 'string') names.push(ctor.brand);
  }
  return names;
}

export class TicketingError extends Error {

  /** The name `instanceof` matches across copies of the package (see `BRAND`). */
  static readonly brand: string = 'TicketingError';

  /**
   * `error instanceof TicketingError` (or any subclass) holds for an error thrown by another copy of ticketkit in
   * the same process, e.g. one part of an app loading the CommonJS build and another the ESM build. A user subclass
   * without its own `brand` falls back to the ordinary prototype check.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (!Object.prototype.hasOwnProperty.call(this, 'brand')) return Function.prototype[Symbol.hasInstance].call(this, value);
    if (typeof value !== 'object' || value === null) return false;
    const brands = (value as Record<symbol, unknown>)[BRAND];
    return Array.isArray(brands) && brands.includes((this as unknown as { brand: string }).brand);
  }

  override name = 'TicketingError';
  readonly code: ErrorCode;
  readonly provider: ProviderId | null;
  readonly status: number | null;
  requestId: string | null;
  readonly vendorCode: string | null;
  retryable: boolean;
  retryAfterMs: number | null;
  idempotencyKey: string | null;
  /** For writes: `true` when the vendor may have processed the request (reconcile before retrying). */
  outcomeUnknown: boolean | null;
  attempts: AttemptRecord[];
  request: { method: string; url: string } | null;
  readonly raw: unknown;
  readonly docUrl: string | null;
  /** Set by the paginator when a page fails: pass it as `cursor` to resume where it stopped. */
  resumeCursor?: string | null;
  /** Set by the paginator when a page fails: how many items were yielded before the failure. */
  itemsYielded?: number;
  /**
   * For a call made of a write and a read (a write read back, or a read before a write): the id of the entity the
   * write is known to have changed when a later step failed, else `null`. When it is set the write happened, so do
   * not repeat it; fetch the entity by this id instead.
   */
  writtenId: string | null;

  constructor(init: TicketingErrorInit, defaultCode: ErrorCode = 'server') {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code ?? defaultCode;
    this.provider = init.provider ?? null;
    this.status = init.status ?? null;
    this.requestId = init.requestId ?? null;
    this.vendorCode = init.vendorCode ?? null;
    this.retryable = init.retryable ?? false;
    this.retryAfterMs = init.retryAfterMs ?? null;
    this.idempotencyKey = init.idempotencyKey ?? null;
    this.outcomeUnknown = init.outcomeUnknown ?? null;
    this.attempts = init.attempts ?? [];
    this.request = init.request ?? null;
    this.raw = init.raw ?? null;
    this.docUrl = init.docUrl ?? null;
    this.writtenId = init.writtenId ?? null;
    Object.defineProperty(this, BRAND, { value: brandsOf(this), enumerable: false });
  }

  /**
   * A copy of this error (same class, every field, the same stack) with `changes` applied: errors are built once
   * and then replaced, not mutated, when a later step learns more (a composite call that knows its write landed).
   */
  copyWith(changes: Partial<Omit<TicketingErrorInit, 'cause'>> & { cause?: unknown }): this {
    const copy = Object.create(Object.getPrototypeOf(this) as object, Object.getOwnPropertyDescriptors(this)) as this;
    for (const [key, value] of Object.entries(changes)) {
      if (value !== undefined) Object.defineProperty(copy, key, { value, writable: true, enumerable: key !== 'message' && key !== 'cause', configurable: true });
    }
    // The stack starts with "Name: message": keep it telling the same story as the new message.
    if (changes.message !== undefined && typeof this.stack === 'string' && this.stack.startsWith(`${this.name}: ${this.message}`)) {
      const stack = `${this.name}: ${changes.message}${this.stack.slice(this.name.length + 2 + this.message.length)}`;
      Object.defineProperty(copy, 'stack', { value: stack, writable: true, enumerable: false, configurable: true });
    }
    return copy;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      code: this.code,
      provider: this.provider,
      status: this.status,
      requestId: this.requestId,
      vendorCode: this.vendorCode,
      retryable: this.retryable,
      retryAfterMs: this.retryAfterMs,
      idempotencyKey: this.idempotencyKey,
      outcomeUnknown: this.outcomeUnknown,
      attempts: this.attempts,
      request: this.request,
      raw: this.raw,
      ...(this.writtenId !== null ? { writtenId: this.writtenId } : {}),
      ...(this instanceof ValidationError ? { fields: this.fields } : {}),
      ...(this.resumeCursor !== undefined ? { resumeCursor: this.resumeCursor, itemsYielded: this.itemsYielded } : {}),
    };
  }
}

export class AuthenticationError extends TicketingError {
  static override readonly brand: string = 'AuthenticationError';
  override name = 'AuthenticationError';
  constructor(init: TicketingErrorInit) {
    super(init, 'unauthorized');
  }
}
export class PermissionDeniedError extends TicketingError {
  static override readonly brand: string = 'PermissionDeniedError';
  override name = 'PermissionDeniedError';
  constructor(init: TicketingErrorInit) {
    super(init, 'forbidden');
  }
}
export class NotFoundError extends TicketingError {
  static override readonly brand: string = 'NotFoundError';
  override name = 'NotFoundError';
  constructor(init: TicketingErrorInit) {
    super(init, 'not_found');
  }
}
export class ConflictError extends TicketingError {
  static override readonly brand: string = 'ConflictError';
  override name = 'ConflictError';
  constructor(init: TicketingErrorInit) {
    super(init, 'conflict');
  }
}
export class ValidationError extends TicketingError {
  static override readonly brand: string = 'ValidationError';
  override name = 'ValidationError';
  readonly fields: FieldError[];
  constructor(init: TicketingErrorInit) {
    super(init, 'validation');
    this.fields = init.fields ?? [];
  }
}
export class RateLimitError extends TicketingError {
  static override readonly brand: string = 'RateLimitError';
  override name = 'RateLimitError';
  constructor(init: TicketingErrorInit) {
    super({ retryable: true, ...init }, 'rate_limited');
  }
}
export class ServerError extends TicketingError {
  static override readonly brand: string = 'ServerError';
  override name = 'ServerError';
  constructor(init: TicketingErrorInit) {
    super({ retryable: true, ...init }, 'server');
  }
}
export class ConnectionError extends TicketingError {
  static override readonly brand: string = 'ConnectionError';
  override name = 'ConnectionError';
  constructor(init: TicketingErrorInit) {
    super({ retryable: true, ...init }, 'network');
  }
}
export class TimeoutError extends TicketingError {
  static override readonly brand: string = 'TimeoutError';
  override name = 'TimeoutError';
  constructor(init: TicketingErrorInit) {
    super({ retryable: true, ...init }, 'timeout');
  }
}
export class AbortError extends TicketingError {
  static override readonly brand: string = 'AbortError';
  override name = 'AbortError';
  constructor(init: TicketingErrorInit) {
    super(init, 'aborted');
  }
}
export class UnsupportedCapabilityError extends TicketingError {
  static override readonly brand: string = 'UnsupportedCapabilityError';
  override name = 'UnsupportedCapabilityError';
  /** The capability that is missing, e.g. `'orders.refund'`. */
  readonly capability: string;
  constructor(init: TicketingErrorInit & { capability: string }) {
    super(init, 'unsupported');
    this.capability = init.capability;
  }
}
export class InvalidResponseError extends TicketingError {
  static override readonly brand: string = 'InvalidResponseError';
  override name = 'InvalidResponseError';
  /** zod issues (or a description of what was wrong) for the payload that failed validation. */
  readonly issues: unknown[];
  constructor(init: TicketingErrorInit & { issues?: unknown[] }) {
    super(init, 'invalid_response');
    this.issues = init.issues ?? [];
  }
}
/**
 * The vendor answered with a redirect (3xx) that ticketkit did not follow: it follows none across origins (that
 * would hand the credential to another host) and none for writes (a 301/302 would turn a write into a GET).
 * `location` is the target the vendor named (redacted), or `null`.
 */
export class RedirectError extends InvalidResponseError {
  static override readonly brand: string = 'RedirectError';
  override name = 'RedirectError';
  readonly location: string | null;
  constructor(init: TicketingErrorInit & { location: string | null }) {
    super(init);
    this.location = init.location;
  }
}
export class InvalidCursorError extends TicketingError {
  static override readonly brand: string = 'InvalidCursorError';
  override name = 'InvalidCursorError';
  constructor(init: TicketingErrorInit) {
    super(init, 'validation');
  }
}
export class ConfigError extends TicketingError {
  static override readonly brand: string = 'ConfigError';
  override name = 'ConfigError';
  constructor(init: TicketingErrorInit) {
    super(init, 'config');
  }
}

/** Why `verifyWebhook` refused a delivery (`WebhookVerificationError.reason`). */
export type WebhookVerificationReason =
  /** The signature header is absent (or empty). */
  | 'missing_signature'
  /** The signature header is present but not in the scheme's format (e.g. no `v1=` entry, not hex). */
  | 'malformed_signature'
  /** No configured secret produces the signature the delivery carries: a tampered body, or the wrong secret. */
  | 'signature_mismatch'
  /** The signed timestamp is further from `now` than the tolerance: a replay, or a badly skewed clock. */
  | 'timestamp_out_of_tolerance'
  /** The body is larger than the cap (`maxBodyBytes`); it was not read further. */
  | 'body_too_large'
  /** The body passed the signature check (or the vendor signs nothing) but is not the vendor's JSON envelope. */
  | 'invalid_payload';

/**
 * A webhook delivery that `verifyWebhook` refused: answer it with a 4xx (400 or 401) and do not act on it. It never
 * holds the secret, the signature or the body (only its size in bytes): a refused delivery is a stranger's input.
 * `reason` says what failed; `header` names the header that was checked, when one was.
 */
export class WebhookVerificationError extends TicketingError {
  static override readonly brand: string = 'WebhookVerificationError';
  override name = 'WebhookVerificationError';
  readonly reason: WebhookVerificationReason;
  /** The signature header that was read (or was missing), e.g. `'X-Webhook-Signature'`; `null` when none applies. */
  readonly header: string | null;
  /** The size of the body in bytes, when it was read (never the body itself). */
  readonly bodyBytes: number | null;
  constructor(init: TicketingErrorInit & { reason: WebhookVerificationReason; header?: string | null; bodyBytes?: number | null }) {
    super({ ...init, raw: null }, 'webhook_verification');
    this.reason = init.reason;
    this.header = init.header ?? null;
    this.bodyBytes = init.bodyBytes ?? null;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason, header: this.header, bodyBytes: this.bodyBytes };
  }
}

/** True for any ticketkit error, even one thrown by another copy of the package. */
export function isTicketingError(value: unknown): value is TicketingError {
  return typeof value === 'object' && value !== null && Array.isArray((value as Record<symbol, unknown>)[BRAND]);
}

/** Builds the right subclass for an error code. */
export function errorForCode(code: ErrorCode, init: TicketingErrorInit): TicketingError {
  switch (code) {
    case 'unauthorized':
      return new AuthenticationError(init);
    case 'forbidden':
      return new PermissionDeniedError(init);
    case 'not_found':
      return new NotFoundError(init);
    case 'conflict':
      return new ConflictError(init);
    case 'validation':
      return new ValidationError(init);
    case 'rate_limited':
      return new RateLimitError(init);
    case 'server':
      return new ServerError(init);
    case 'network':
      return new ConnectionError(init);
    case 'timeout':
      return new TimeoutError(init);
    case 'aborted':
      return new AbortError(init);
    case 'unsupported':
      return new UnsupportedCapabilityError({ ...init, capability: 'unknown' });
    case 'invalid_response':
      return new InvalidResponseError(init);
    case 'config':
      return new ConfigError(init);
    case 'clock_skew':
      return new TicketingError({ ...init, code: 'clock_skew' });
    case 'webhook_verification':
      return new WebhookVerificationError({ ...init, reason: 'signature_mismatch' });
  }
}

/** The error code a bare HTTP status means when the vendor's body does not say more. */
export function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  if (status === 408) return 'timeout';
  if (status >= 500) return 'server';
  return 'validation';
}

export function unsupported(provider: ProviderId, capability: string, hint?: string): UnsupportedCapabilityError {
  return new UnsupportedCapabilityError({
    provider,
    capability,
    message: `${provider} does not support ${capability}${hint ? `: ${hint}` : ''}.`,
  });
}
