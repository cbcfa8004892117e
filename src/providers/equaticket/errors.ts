/** Equaticket error mapping (reference section 11): `{ error: { code, message, request_id, param, doc_url } }`. */
import type { ErrorCode } from '../../core/errors.js';
import type { HttpErrorContext, VendorErrorDetails } from '../../core/pipeline.js';
import { EqErrorEnvelopeSchema } from './schemas.js';

const CODE_MAP: Record<string, ErrorCode> = {
  validation_error: 'validation',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  api_terms_required: 'forbidden',
  not_found: 'not_found',
  conflict: 'conflict',
  unprocessable: 'validation',
  rate_limited: 'rate_limited',
  internal_error: 'server',
};

export function mapEquaticketError(ctx: HttpErrorContext): VendorErrorDetails {
  const parsed = EqErrorEnvelopeSchema.safeParse(ctx.json);
  if (!parsed.success) {
    return {
      message: `Equaticket answered ${ctx.status} to ${ctx.method} ${ctx.url}${ctx.text ? `: ${ctx.text.slice(0, 200)}` : ''}.`,
    };
  }
  const { code, message, request_id, param, doc_url } = parsed.data.error;
  const mapped = code ? CODE_MAP[code] : undefined;
  const text = message ?? `Equaticket answered ${ctx.status}${code ? ` (${code})` : ''}.`;
  return {
    // A code we do not know falls back to what the HTTP status means.
    ...(mapped && !(ctx.status >= 500 && mapped !== 'server') ? { code: mapped } : {}),
    message: param ? `${text} (param: ${param})` : text,
    vendorCode: code ?? null,
    requestId: request_id ?? null,
    docUrl: doc_url ?? null,
    fields: param ? [{ field: param, message: message ?? code ?? 'invalid' }] : [],
  };
}
