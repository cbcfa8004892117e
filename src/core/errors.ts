/**
 * The error tree of ticketkit. Every failure that leaves the SDK is a `TicketingError` (or a subclass).
 * Secrets never reach these objects: `request.url` and `raw` are redacted before they are stored.
 */

import type { ProviderId } from './providers.js';

export type { ProviderId };

/**
 * What kind of failure an error is, one code per subclass (plus `clock_skew`, Event Vault's stale `x-timestamp`):
 * switch on it, or use `instanceof` with the classes. See docs/errors.md.
 */
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
  /** 1 for the first try, 2 for the first retry, ... */
  attempt: number;
  /** The HTTP status of the answer, or `null` when there was none (a connection error, a timeout). */
  status: number | null;
  /** What went wrong on this try, or `null` when it succeeded. */
  error: ErrorCode | null;
  /** The vendor's request id of this try, where it sends one (quote it to the vendor's support). */
  requestId: string | null;
  /** How long the try took, in milliseconds. */
  durationMs: number;
  /** The delay slept after this try before the next one, or `null` when there was no next one. */
  retryDelayMs: number | null;
}

/** One bad field of a `ValidationError`: which one and what is wrong with it. */
export interface FieldError {
  /** The field's name or dotted path (`buyer.email`), as the input or the vendor names it. */
  field: string;
  /** What is wrong, in words. */
  message: string;
}

/**
 * What an error is built from. Users build errors only to fake failures in their own tests
 * (`new NotFoundError({ message: 'no such order', provider: 'seaty' })`); every field but `message` is optional.
 */
export interface TicketingErrorInit {
  /** The message. */
  message: string;
  /** The code (default: the subclass's). */
  code?: ErrorCode;
  /** See {@link TicketingError.provider}. */
  provider?: ProviderId | null;
  /** See {@link TicketingError.status}. */
  status?: number | null;
  /** See {@link TicketingError.requestId}. */
  requestId?: string | null;
  /** See {@link TicketingError.vendorCode}. */
  vendorCode?: string | null;
  /** See {@link TicketingError.retryable}. */
  retryable?: boolean;
  /** See {@link TicketingError.retryAfterMs}. */
  retryAfterMs?: number | null;
  /** See {@link TicketingError.idempotencyKey}. */
  idempotencyKey?: string | null;
  /** See {@link TicketingError.outcomeUnknown}. */
  outcomeUnknown?: boolean | null;
  /** See {@link TicketingError.attempts}. */
  attempts?: AttemptRecord[];
  /** See {@link TicketingError.request}. */
  request?: {
    /** The HTTP method. */
    method: string;
    /** The full URL, secrets redacted. */
    url: string;
  } | null;
  /** See {@link TicketingError.raw}. */
  raw?: unknown;
  /** The underlying error, kept as `error.cause`. */
  cause?: unknown;
  /** See {@link ValidationError.fields}. */
  fields?: FieldError[];
  /** See {@link TicketingError.docUrl}. */
  docUrl?: string | null;
  /** See {@link TicketingError.writtenId}. */
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

/**
 * The base of every error ticketkit throws: catch it (or check {@link isTicketingError}) and read `code`, `status`,
 * `retryable`, `requestId` and, for writes, `outcomeUnknown`. Secrets never reach it: `request.url` and `raw` are
 * redacted. Subclasses narrow the kind for `instanceof`; see docs/errors.md.
 *
 * @example
 * ```ts
 * try {
 *   await client.orders.get(id);
 * } catch (error) {
 *   if (error instanceof NotFoundError) return null;
 *   if (isTicketingError(error) && error.retryable) scheduleRetry();
 *   throw error;
 * }
 * ```
 */
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

  /** `'TicketingError'`; each subclass sets its own class name. */
  override name = 'TicketingError';
  /** What kind of failure this is. */
  readonly code: ErrorCode;
  /** The vendor the call went to, or `null` for a failure before one was chosen. */
  readonly provider: ProviderId | null;
  /** The HTTP status of the vendor's answer, or `null` when there was no answer. */
  readonly status: number | null;
  /** The vendor's request id of the last try, where it sends one. */
  requestId: string | null;
  /** The vendor's own error code from its body (`INVALID_TOKEN`), when it gives one. */
  readonly vendorCode: string | null;
  /** `true` when trying the same call again later may succeed (rate limits, server errors, timeouts). */
  retryable: boolean;
  /** How long the vendor asked to wait before another try, in milliseconds, when it said. */
  retryAfterMs: number | null;
  /** The idempotency key the write was sent with (the same on every try), or `null`. */
  idempotencyKey: string | null;
  /** For writes: `true` when the vendor may have processed the request (reconcile before retrying). */
  outcomeUnknown: boolean | null;
  /** Every try the call made, in order. */
  attempts: AttemptRecord[];
  /** The request that failed: method and URL, secrets redacted. */
  request: {
    /** The HTTP method. */
    method: string;
    /** The full URL, secrets redacted. */
    url: string;
  } | null;
  /** The vendor's error body (redacted), or `null`. */
  readonly raw: unknown;
  /** A page of the vendor's documentation about the failure, where the vendor links one. */
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

  /** The error's fields as a plain object, for logs (`JSON.stringify(error)`): no secrets, no `cause`. */
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

/** The credential was refused (401): missing, wrong, expired or revoked. Not retryable. */
export class AuthenticationError extends TicketingError {
  /**
   * The identity `instanceof AuthenticationError` checks, so it holds across copies of ticketkit (ESM and CommonJS).
   */
  static override readonly brand: string = 'AuthenticationError';
  /** `'AuthenticationError'`. */
  override name = 'AuthenticationError';
  constructor(init: TicketingErrorInit) {
    super(init, 'unauthorized');
  }
}
/** The credential is valid but may not do this (403): a missing scope or a resource of another account. */
export class PermissionDeniedError extends TicketingError {
  /**
   * The identity `instanceof PermissionDeniedError` checks, so it holds across copies of ticketkit (ESM and
   * CommonJS).
   */
  static override readonly brand: string = 'PermissionDeniedError';
  /** `'PermissionDeniedError'`. */
  override name = 'PermissionDeniedError';
  constructor(init: TicketingErrorInit) {
    super(init, 'forbidden');
  }
}
/** No such entity (404), or an id that cannot belong to this vendor. */
export class NotFoundError extends TicketingError {
  /** The identity `instanceof NotFoundError` checks, so it holds across copies of ticketkit (ESM and CommonJS). */
  static override readonly brand: string = 'NotFoundError';
  /** `'NotFoundError'`. */
  override name = 'NotFoundError';
  constructor(init: TicketingErrorInit) {
    super(init, 'not_found');
  }
}
/** The vendor refused because of the entity's state (409): a duplicate, or a change its rules forbid now. */
export class ConflictError extends TicketingError {
  /** The identity `instanceof ConflictError` checks, so it holds across copies of ticketkit (ESM and CommonJS). */
  static override readonly brand: string = 'ConflictError';
  /** `'ConflictError'`. */
  override name = 'ConflictError';
  constructor(init: TicketingErrorInit) {
    super(init, 'conflict');
  }
}
/**
 * Bad input: refused by ticketkit before anything was sent (an unknown key, a malformed id) or by the vendor (400/422).
 * `fields` names each bad field.
 */
export class ValidationError extends TicketingError {
  /** The identity `instanceof ValidationError` checks, so it holds across copies of ticketkit (ESM and CommonJS). */
  static override readonly brand: string = 'ValidationError';
  /** `'ValidationError'`. */
  override name = 'ValidationError';
  /** Each bad field and what is wrong with it (empty when the vendor names none). */
  readonly fields: FieldError[];
  constructor(init: TicketingErrorInit) {
    super(init, 'validation');
    this.fields = init.fields ?? [];
  }
}
/**
 * Too many requests (429) after the retries, or a vendor asking to wait longer than `maxRetryAfterMs`:
 * `retryAfterMs` says how long to wait.
 */
export class RateLimitError extends TicketingError {
  /** The identity `instanceof RateLimitError` checks, so it holds across copies of ticketkit (ESM and CommonJS). */
  static override readonly brand: string = 'RateLimitError';
  /** `'RateLimitError'`. */
  override name = 'RateLimitError';
  constructor(init: TicketingErrorInit) {
    super({ retryable: true, ...init }, 'rate_limited');
  }
}
/** The vendor failed (5xx) on every try. Retryable later. */
export class ServerError extends TicketingError {
  /** The identity `instanceof ServerError` checks, so it holds across copies of ticketkit (ESM and CommonJS). */
  static override readonly brand: string = 'ServerError';
  /** `'ServerError'`. */
  override name = 'ServerError';
  constructor(init: TicketingErrorInit) {
    super({ retryable: true, ...init }, 'server');
  }
}
/** No answer reached us: DNS, refused or reset connection. For a write, check `outcomeUnknown` before retrying. */
export class ConnectionError extends TicketingError {
  /** The identity `instanceof ConnectionError` checks, so it holds across copies of ticketkit (ESM and CommonJS). */
  static override readonly brand: string = 'ConnectionError';
  /** `'ConnectionError'`. */
  override name = 'ConnectionError';
  constructor(init: TicketingErrorInit) {
    super({ retryable: true, ...init }, 'network');
  }
}
/** A try took longer than `timeout` (or the call longer than `totalTimeout`). For a write, check `outcomeUnknown`. */
export class TimeoutError extends TicketingError {
  /** The identity `instanceof TimeoutError` checks, so it holds across copies of ticketkit (ESM and CommonJS). */
  static override readonly brand: string = 'TimeoutError';
  /** `'TimeoutError'`. */
  override name = 'TimeoutError';
  constructor(init: TicketingErrorInit) {
    super({ retryable: true, ...init }, 'timeout');
  }
}
/** The caller's `signal` aborted the call (its request and any backoff sleep). */
export class AbortError extends TicketingError {
  /** The identity `instanceof AbortError` checks, so it holds across copies of ticketkit (ESM and CommonJS). */
  static override readonly brand: string = 'AbortError';
  /** `'AbortError'`. */
  override name = 'AbortError';
  constructor(init: TicketingErrorInit) {
    super(init, 'aborted');
  }
}
/**
 * The vendor cannot do this through its API (`client.capabilities` says so up front); nothing was sent.
 * `capability` names what is missing.
 */
export class UnsupportedCapabilityError extends TicketingError {
  /**
   * The identity `instanceof UnsupportedCapabilityError` checks, so it holds across copies of ticketkit (ESM and
   * CommonJS).
   */
  static override readonly brand: string = 'UnsupportedCapabilityError';
  /** `'UnsupportedCapabilityError'`. */
  override name = 'UnsupportedCapabilityError';
  /** The capability that is missing, e.g. `'orders.refund'`. */
  readonly capability: string;
  constructor(init: TicketingErrorInit & { capability: string }) {
    super(init, 'unsupported');
    this.capability = init.capability;
  }
}
/** The vendor answered with something ticketkit could not read (not the documented shape); `issues` says what. */
export class InvalidResponseError extends TicketingError {
  /**
   * The identity `instanceof InvalidResponseError` checks, so it holds across copies of ticketkit (ESM and CommonJS).
   */
  static override readonly brand: string = 'InvalidResponseError';
  /** `'InvalidResponseError'`. */
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
  /** The identity `instanceof RedirectError` checks, so it holds across copies of ticketkit (ESM and CommonJS). */
  static override readonly brand: string = 'RedirectError';
  /** `'RedirectError'`. */
  override name = 'RedirectError';
  /** Where the vendor redirected to (redacted), or `null`. */
  readonly location: string | null;
  constructor(init: TicketingErrorInit & { location: string | null }) {
    super(init);
    this.location = init.location;
  }
}
/** A cursor that does not belong to this listing (another vendor, resource or set of filters), or a damaged one. */
export class InvalidCursorError extends TicketingError {
  /** The identity `instanceof InvalidCursorError` checks, so it holds across copies of ticketkit (ESM and CommonJS). */
  static override readonly brand: string = 'InvalidCursorError';
  /** `'InvalidCursorError'`. */
  override name = 'InvalidCursorError';
  constructor(init: TicketingErrorInit) {
    super(init, 'validation');
  }
}
/** A bad client config or testing-kit argument (a missing credential, an unknown key), thrown at creation. */
export class ConfigError extends TicketingError {
  /** The identity `instanceof ConfigError` checks, so it holds across copies of ticketkit (ESM and CommonJS). */
  static override readonly brand: string = 'ConfigError';
  /** `'ConfigError'`. */
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
  /**
   * The identity `instanceof WebhookVerificationError` checks, so it holds across copies of ticketkit (ESM and
   * CommonJS).
   */
  static override readonly brand: string = 'WebhookVerificationError';
  /** `'WebhookVerificationError'`. */
  override name = 'WebhookVerificationError';
  /** What failed: a missing or bad signature, a stale timestamp, a body too large or not the vendor's envelope. */
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

  /** The error as a plain object for logs, with `reason`, `header` and `bodyBytes`. */
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
