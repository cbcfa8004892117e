/**
 * Eventbrite error mapping (docs/vendors/eventbrite.md, Errors):
 * `{ status_code, error, error_description, error_detail?, denied_permissions? }`. Keyed on `error` before the status.
 */
import type { ErrorCode, FieldError } from '../../core/errors.js';
import type { HttpErrorContext, VendorErrorDetails } from '../../core/pipeline.js';
import { EbErrorEnvelopeSchema } from './schemas.js';
import { ownValue } from '../../internal/own.js';

/** Documented rate limit (docs/vendors/eventbrite.md, Rate limits): 2 000 calls per hour per OAuth token. */
export const EB_RATE_LIMIT_PER_HOUR = 2_000;

/** The documented common error codes whose class differs from what the HTTP status alone says. */
const CODE_MAP: Record<string, ErrorCode> = {
  NO_AUTH: 'unauthorized',
  INVALID_AUTH: 'unauthorized',
  INVALID_AUTH_HEADER: 'unauthorized',
  ACCESS_DENIED: 'unauthorized',
  NOT_AUTHORIZED: 'forbidden',
  NOT_FOUND: 'not_found',
  ARGUMENTS_ERROR: 'validation',
  BAD_REQUEST: 'validation',
  INVALID_ARGUMENT: 'validation',
  INVALID_BODY: 'validation',
  INVALID_BATCH: 'validation',
  BAD_CONTINUATION_TOKEN: 'validation',
  BAD_PAGE: 'validation',
  ACTION_NOT_PROCESSED: 'validation',
  UNSUPPORTED_OPERATION: 'validation',
  METHOD_NOT_ALLOWED: 'validation',
  REQUEST_CONFLICT: 'conflict',
  HIT_RATE_LIMIT: 'rate_limited',
  EXPANSION_FAILED: 'server',
  INTERNAL_ERROR: 'server',
};

/**
 * The field list of an `error_detail`, e.g. `{"ARGUMENTS_ERROR": {"status": ["INVALID"]}}` →
 * `[{ field: 'status', message: 'INVALID' }]`. Dotted names (`event.start`) are kept as they are.
 */
export function fieldsFromDetail(detail: unknown): FieldError[] {
  if (!detail || typeof detail !== 'object' || Array.isArray(detail)) return [];
  const fields: FieldError[] = [];
  for (const group of Object.values(detail as Record<string, unknown>)) {
    if (!group || typeof group !== 'object' || Array.isArray(group)) continue;
    for (const [field, codes] of Object.entries(group as Record<string, unknown>)) {
      const list = Array.isArray(codes) ? codes.map(String) : codes === null || codes === undefined ? [] : [String(codes)];
      fields.push({ field, message: list.length ? list.join(', ') : 'invalid' });
    }
  }
  return fields;
}

export function mapEventbriteError(ctx: HttpErrorContext): VendorErrorDetails {
  const parsed = EbErrorEnvelopeSchema.safeParse(ctx.json);
  if (!parsed.success || (!parsed.data.error && !parsed.data.error_description)) {
    const rateLimited = ctx.status === 429;
    return {
      message: rateLimited
        ? `Eventbrite rate limit reached (documented: ${EB_RATE_LIMIT_PER_HOUR} calls per hour per token).`
        : `Eventbrite answered ${ctx.status} to ${ctx.method} ${ctx.url}${ctx.text ? `: ${ctx.text.slice(0, 200)}` : ''}.`,
    };
  }
  const { error: vendorCode, error_description: description, error_detail, denied_permissions } = parsed.data;
  const mapped = ownValue(CODE_MAP, vendorCode);
  const fields = fieldsFromDetail(error_detail);
  let message = (description ?? `Eventbrite answered ${ctx.status}`).trim().replace(/\.+$/, '');
  if (vendorCode) message += ` (${vendorCode})`;
  if (ctx.status === 429 || vendorCode === 'HIT_RATE_LIMIT') {
    message += `; the documented limit is ${EB_RATE_LIMIT_PER_HOUR} calls per hour per token`;
  }
  if (Array.isArray(denied_permissions) && denied_permissions.length > 0) {
    message += `; denied permissions: ${denied_permissions.map(String).join(', ')}`;
  }
  return {
    // A 5xx is a server error whatever the body says; an unknown code falls back to what the status means.
    ...(mapped && !(ctx.status >= 500 && mapped !== 'server') ? { code: mapped } : {}),
    message: message.endsWith('.') ? message : `${message}.`,
    vendorCode: vendorCode ?? null,
    fields,
    // "Retrying without expansions will probably work": the same request again will not.
    ...(vendorCode === 'EXPANSION_FAILED' ? { transient: false } : {}),
  };
}
