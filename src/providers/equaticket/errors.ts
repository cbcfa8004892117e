/**
 * Equaticket error mapping (documented envelope: `{ error: { code, message, request_id, param, doc_url } }`; the codes
 * are listed in docs/vendors/equaticket.md, "Errors and rate limits").
 */
import type { ErrorCode } from '../../core/errors.js';
import type { HttpErrorContext, VendorErrorDetails } from '../../core/pipeline.js';
import { scrubSecrets } from '../../internal/log.js';
import { EqErrorEnvelopeSchema } from './schemas.js';
import { ownValue } from '../../internal/own.js';

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

/**
 * The error mapping of a client whose credentials are `secrets`. A vendor may echo what it was sent (a 400 naming
 * the bad key), so every string taken from the body is scrubbed of them here, the request id and the doc URL
 * included (the pipeline scrubs the message, code and fields, not those two).
 */
export function equaticketErrorMapper(secrets: readonly string[]): (ctx: HttpErrorContext) => VendorErrorDetails {
  const clean = (text: string): string => scrubSecrets(text, secrets);
  const cleanOrNull = (text: string | null | undefined): string | null => (text === null || text === undefined ? null : clean(text));
  return (ctx) => {
    const parsed = EqErrorEnvelopeSchema.safeParse(ctx.json);
    if (!parsed.success) {
      return {
        message: clean(`Equaticket answered ${ctx.status} to ${ctx.method} ${ctx.url}${ctx.text ? `: ${ctx.text.slice(0, 200)}` : ''}.`),
      };
    }
    const { code, message, request_id, param, doc_url } = parsed.data.error;
    const mapped = ownValue(CODE_MAP, code);
    const text = message ?? `Equaticket answered ${ctx.status}${code ? ` (${code})` : ''}.`;
    return {
      // A code we do not know falls back to what the HTTP status means.
      ...(mapped && !(ctx.status >= 500 && mapped !== 'server') ? { code: mapped } : {}),
      message: clean(param ? `${text} (param: ${param})` : text),
      vendorCode: cleanOrNull(code),
      requestId: cleanOrNull(request_id),
      docUrl: cleanOrNull(doc_url),
      fields: param ? [{ field: clean(param), message: clean(message ?? code ?? 'invalid') }] : [],
    };
  };
}
