/**
 * Seaty error mapping (docs/vendors/seaty.md, "Errors"). The code strings and statuses are documented; the body
 * that carries them is not, so it is read tolerantly (see `SEATY_ERROR_BODY_GUESS`).
 */
import type { ErrorCode, FieldError } from '../../core/errors.js';
import type { HttpErrorContext, VendorErrorDetails } from '../../core/pipeline.js';

/**
 * GUESS (docs/vendors/seaty.md, Guesses): the error body shape. Most likely `{ "error": { "code", "message" } }`, possibly
 * flat `{ "code", "message" }`. Both are read, in this order; a plain-string `error` or `message` is accepted
 * too. Laravel-style `errors: { field: [messages] }` are read as field errors when present.
 */
export const SEATY_ERROR_BODY_GUESS = {
  /** Where the code string may be, in order of preference. */
  codePaths: [['error', 'code'], ['code'], ['error']] as const,
  /** Where the human-readable message may be. */
  messagePaths: [['error', 'message'], ['message'], ['error', 'detail'], ['detail'], ['error']] as const,
  /** Where per-field problems may be. */
  fieldPaths: [['error', 'errors'], ['errors']] as const,
};

/** The documented codes. */
const CODE_MAP: Record<string, ErrorCode> = {
  bad_request: 'validation',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  not_found: 'not_found',
  conflict: 'conflict',
  unprocessable_entity: 'validation',
};

/**
 * GUESS (docs/vendors/seaty.md, Guesses): the codes of a 429 and a 5xx (Seaty's code table is cut off after 409).
 * The HTTP status decides the class either way; these only keep a matching code from being ignored.
 */
export const SEATY_ERROR_CODES_GUESS: Readonly<Record<string, ErrorCode>> = Object.freeze({
  rate_limited: 'rate_limited',
  too_many_requests: 'rate_limited',
  internal_error: 'server',
  server_error: 'server',
});

function at(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function firstString(value: unknown, paths: ReadonlyArray<readonly string[]>): string | null {
  for (const path of paths) {
    const found = at(value, path);
    if (typeof found === 'string' && found.trim() !== '') return found.trim();
  }
  return null;
}

function fieldsOf(value: unknown): FieldError[] {
  for (const path of SEATY_ERROR_BODY_GUESS.fieldPaths) {
    const found = at(value, path);
    if (found && typeof found === 'object' && !Array.isArray(found)) {
      const out: FieldError[] = [];
      for (const [field, messages] of Object.entries(found as Record<string, unknown>)) {
        const list = Array.isArray(messages) ? messages : [messages];
        for (const m of list) if (typeof m === 'string') out.push({ field: withoutKeys(field), message: withoutKeys(m) });
      }
      if (out.length) return out;
    }
  }
  return [];
}

const BALANCE_PAYMENT_PATH = /\/events\/[^/]+\/balance-payments/;

/**
 * Anything shaped like a Seaty key (`sk_live_…`, docs/vendors/seaty.md, Credentials): this client's or another, whole
 * or already cut short by Seaty. The client gives it to the pipeline as `ProviderWire.secretPatterns`, which scrubs it
 * from every error, hook payload and log line; `mapSeatyError` also applies it before it cuts a message to length, so
 * a cut can never keep a piece of a key, and a code that is a key is never taken for a code.
 */
export const SEATY_KEY_PATTERN = /sk_(?:live|test)_[A-Za-z0-9._~+/=-]*/g;

function withoutKeys(text: string): string {
  return text.replace(SEATY_KEY_PATTERN, '[redacted]');
}

/** Maps a non-2xx Seaty response to error details. Never throws. */
export function mapSeatyError(ctx: HttpErrorContext): VendorErrorDetails {
  const body = ctx.json;
  const rawCode = firstString(body, SEATY_ERROR_BODY_GUESS.codePaths);
  // A plain-string `error` is a code only when it looks like one (`not_found`), else it is the message; a code that
  // is a key is neither.
  const vendorCode = rawCode && /^[a-z][a-z0-9_.]*$/.test(rawCode) && withoutKeys(rawCode) === rawCode ? rawCode : null;
  const found = firstString(body, SEATY_ERROR_BODY_GUESS.messagePaths.filter((p) => !(p.length === 1 && p[0] === 'error' && vendorCode)));
  let message =
    found !== null ? withoutKeys(found) : body === undefined && ctx.text.trim() !== '' ? withoutKeys(ctx.text.trim()).slice(0, 200) : null;
  if (message === vendorCode) message = null;
  const mapped = vendorCode === null ? undefined : Object.hasOwn(CODE_MAP, vendorCode) ? CODE_MAP[vendorCode] : Object.hasOwn(SEATY_ERROR_CODES_GUESS, vendorCode) ? SEATY_ERROR_CODES_GUESS[vendorCode] : undefined;
  const base = `Seaty answered ${ctx.status}${vendorCode ? ` ${vendorCode}` : ''}`;
  let text = message ? `${base}: ${message}` : `${base} to ${ctx.method} ${ctx.url}.`;
  const isPayment = BALANCE_PAYMENT_PATH.test(ctx.url);

  if (ctx.status === 401) {
    text += ' Check the API key (Authorization: Bearer sk_live_…): it is missing, revoked or mistyped.';
  } else if (ctx.status === 403) {
    // The scope the endpoint needs (documented): `write:balance_payments` for the payment POST, `read` for every read.
    const scope = isPayment ? 'write:balance_payments' : ctx.method === 'GET' ? 'read' : null;
    if (scope && !(message ?? '').includes(scope)) text += ` Missing scope: ${scope}.`;
    if (isPayment) text += ' Create a key with the write:balance_payments permission to record balance payments.';
  } else if (ctx.status === 404) {
    text += ' (Seaty also answers 404 for a record that belongs to another organisation.)';
  } else if (ctx.status === 409 && isPayment) {
    text +=
      ' This Idempotency-Key was already used for another balance payment (or that payment is still being processed).' +
      ' Do not retry with a new key unless you mean to record a second payment.';
  }

  const fields = fieldsOf(body);
  const useMapped = mapped && !(ctx.status >= 500 && mapped !== 'server') && !(ctx.status === 429 && mapped !== 'rate_limited');
  return {
    ...(useMapped ? { code: mapped } : {}),
    message: text,
    vendorCode,
    fields: fields.length ? fields : (ctx.status === 400 || ctx.status === 422) && message ? [{ field: '(request)', message }] : [],
  };
}
