/**
 * Event Schedule error mapping (docs/vendors/event-schedule.md, "Authentication", "Rate limits", "Responses and errors"). Bodies are read as
 * `error ?? message`, plus `errors` (field → messages) on validation failures.
 */
import type { ErrorCode, FieldError } from '../../core/errors.js';
import type { HttpErrorContext, VendorErrorDetails } from '../../core/pipeline.js';
import { parseRetryAfter } from '../../core/retry.js';
import { EsErrorBodySchema } from './schemas.js';
import { ownValue } from '../../internal/own.js';

/**
 * Inferred (docs/vendors/event-schedule.md, "Rate limits"): the auth middleware's per-IP counter resets once 60 s pass; its 429
 * sends no `Retry-After`, so a client must pause at least this long before trying again.
 */
export const ES_RATE_LIMIT_WINDOW_MS = 60_000;

/** The exact texts this mapping recognises ("Authentication", "Responses and errors"). */
export const ES_ERROR_TEXT = {
  proGate: 'API usage is limited to Pro accounts',
  keyLocked: 'API key temporarily blocked',
  keyExpired: 'API key expired',
  keyRequired: 'API key is required',
  keyInvalid: 'Invalid API key',
  rateLimited: 'Rate limit exceeded',
} as const;

/**
 * "Rate limits": the auth routes' own 429s and how long their counters live (each counted hit pushes the TTL back).
 * A retry within that time is refused again, so the error carries the whole TTL as `retryAfterMs` (longer than
 * the default `maxRetryAfterMs`: the call throws at once instead of hammering).
 */
export const ES_AUTH_LIMIT_TTL_MS: Readonly<Record<string, number>> = {
  'Too many verification code requests. Please try again later.': 60 * 60_000,
  'Too many registration attempts. Please try again later.': 60 * 60_000,
  'Too many login attempts. Please try again later.': 15 * 60_000,
};

/**
 * ticketkit's own codes for the documented errors (Event Schedule sends no codes, only `error` texts; these
 * are set on `error.vendorCode`, `null` for a text the reference does not list).
 */
export const ES_VENDOR_CODES = {
  proRequired: 'pro_required',
  keyLocked: 'api_key_locked',
  keyExpired: 'api_key_expired',
  keyRequired: 'api_key_required',
  keyInvalid: 'invalid_api_key',
  keyExists: 'api_key_exists',
  invalidCredentials: 'invalid_credentials',
  twoFactor: 'two_factor_enabled',
  registrationClosed: 'registration_closed',
  hostedOnly: 'hosted_only',
  unauthorized: 'unauthorized',
  groupedSale: 'non_primary_grouped_sale',
  scheduleNotFound: 'schedule_not_found',
  subScheduleNotFound: 'sub_schedule_not_found',
  eventNotFound: 'event_not_found',
  saleNotFound: 'sale_not_found',
  invalidTransition: 'invalid_transition',
  rateLimited: 'rate_limited',
  validationFailed: 'validation_failed',
} as const;

/** The documented `error` texts the reference documents, each with its code (the sale transition is matched by pattern). */
const CODE_BY_TEXT: Readonly<Record<string, string>> = {
  'API key is required': ES_VENDOR_CODES.keyRequired,
  'Invalid API key': ES_VENDOR_CODES.keyInvalid,
  'API key expired': ES_VENDOR_CODES.keyExpired,
  'Invalid email or password': ES_VENDOR_CODES.invalidCredentials,
  'API usage is limited to Pro accounts': ES_VENDOR_CODES.proRequired,
  Unauthorized: ES_VENDOR_CODES.unauthorized,
  'Cannot modify non-primary grouped sales': ES_VENDOR_CODES.groupedSale,
  'Cannot delete non-primary grouped sales': ES_VENDOR_CODES.groupedSale,
  'This account has two-factor authentication enabled. Please generate an API key from the web UI.': ES_VENDOR_CODES.twoFactor,
  'Registration is closed': ES_VENDOR_CODES.registrationClosed,
  'Registration codes are only required in hosted mode': ES_VENDOR_CODES.hostedOnly,
  'Schedule not found': ES_VENDOR_CODES.scheduleNotFound,
  'Sub-schedule not found': ES_VENDOR_CODES.subScheduleNotFound,
  'Event not found': ES_VENDOR_CODES.eventNotFound,
  'Sale not found': ES_VENDOR_CODES.saleNotFound,
  'An active API key already exists. To generate a new key, disable and re-enable API access in your account settings.':
    ES_VENDOR_CODES.keyExists,
  'API key temporarily blocked': ES_VENDOR_CODES.keyLocked,
};
const TRANSITION = /^Action "[^"]+" cannot be performed on a sale with status "[^"]+"$/;

/** The code of a documented error text (the text itself is never parsed further). */
function codeOfText(status: number, vendorText: string | null, hasFields: boolean): string | null {
  if (status === 429) return ES_VENDOR_CODES.rateLimited;
  if (status === 422 && hasFields) return ES_VENDOR_CODES.validationFailed;
  if (vendorText === null) return null;
  if (status === 422 && TRANSITION.test(vendorText)) return ES_VENDOR_CODES.invalidTransition;
  return ownValue(CODE_BY_TEXT, vendorText) ?? null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** `errors: { "tickets.0.type": ["The tickets.0.type field is required."] }` → field errors. */
export function fieldErrors(errors: unknown): FieldError[] {
  if (!errors || typeof errors !== 'object' || Array.isArray(errors)) return [];
  const out: FieldError[] = [];
  for (const [field, messages] of Object.entries(errors as Record<string, unknown>)) {
    const list = Array.isArray(messages) ? messages : [messages];
    for (const message of list) {
      if (typeof message === 'string') out.push({ field, message });
    }
  }
  return out;
}

function statusCode(status: number): ErrorCode | undefined {
  switch (status) {
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 400:
    case 413:
    case 422:
      return 'validation';
    // 423: the brute-force lock on the key ("Authentication") is an authentication failure, not a retryable one.
    case 423:
      return 'unauthorized';
    case 429:
      return 'rate_limited';
    default:
      return status >= 500 ? 'server' : undefined;
  }
}

export function mapEventScheduleError(ctx: HttpErrorContext): VendorErrorDetails {
  const parsed = EsErrorBodySchema.safeParse(ctx.json);
  const body = parsed.success ? parsed.data : null;
  const vendorText = body ? (text(body.error) ?? text(body.message)) : null;
  const fields = body ? fieldErrors(body.errors) : [];
  const code = statusCode(ctx.status);
  const where = `${ctx.method} ${ctx.url}`;
  const base = vendorText ?? `Event Schedule answered ${ctx.status} to ${where}${ctx.text && !body ? `: ${ctx.text.slice(0, 200)}` : ''}`;
  const details: VendorErrorDetails = {
    message: base,
    ...(code ? { code } : {}),
    fields,
    vendorCode: codeOfText(ctx.status, vendorText, fields.length > 0),
  };

  if (ctx.status === 401 && vendorText === ES_ERROR_TEXT.keyExpired) {
    details.message =
      'Event Schedule: API key expired (keys last one year). Issue a new key in the web UI (Settings → API: turn API access off and on); `login` cannot replace a key while an unexpired one exists.';
  } else if (ctx.status === 401 && (vendorText === null || vendorText === ES_ERROR_TEXT.keyInvalid || vendorText === ES_ERROR_TEXT.keyRequired)) {
    details.message = `Event Schedule: ${vendorText ?? 'unauthorized'}. Check the \`apiKey\` (the X-API-Key of an owner or admin of the schedule).`;
  } else if (ctx.status === 403 && vendorText === ES_ERROR_TEXT.proGate) {
    details.message =
      'Event Schedule: API usage is limited to Pro accounts. This schedule needs a Pro plan (or a self-hosted install, where every schedule is Pro) for this call.';
  } else if (ctx.status === 423) {
    details.vendorCode = ES_VENDOR_CODES.keyLocked;
    details.message =
      'Event Schedule: API key temporarily blocked after repeated failed lookups with it. The lock lasts 15 minutes after the last failure; stop sending this key until then and check it is the right one.';
    details.transient = false;
  } else if (ctx.status === 429) {
    // The middleware's 429 has no Retry-After ("Rate limits"): wait the documented window instead of hammering.
    // The create-event throttle (Laravel) does send Retry-After, which the pipeline reads when present.
    if (parseRetryAfter(ctx.headers) === null) details.retryAfterMs = ownValue(ES_AUTH_LIMIT_TTL_MS, vendorText) || ES_RATE_LIMIT_WINDOW_MS;
    details.message = `Event Schedule: ${vendorText ?? 'rate limit exceeded'} (${where}).`;
  } else if (ctx.status === 422 && fields.length > 0) {
    details.message = `Event Schedule: ${vendorText ?? 'Validation failed'}: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`;
  } else if (ctx.status >= 300 && ctx.status < 400) {
    // "Base URL and transport": the hosted site redirects a path that ends in `/` (301), which turns a write into a GET.
    const location = ctx.headers.get('location');
    details.message = `Event Schedule redirected ${where} (${ctx.status}${location ? ` to ${location}` : ''}); request paths must not end in "/".`;
  } else if (vendorText) {
    details.message = `Event Schedule: ${vendorText}`;
  }
  return details;
}
