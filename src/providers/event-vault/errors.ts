/**
 * Event Vault error mapping (docs/vendors/event-vault.md, "Errors and rate limits"). Error bodies are plain text; the only way to
 * tell them apart is the exact trimmed text. The 408 is clock skew, handled with `ClockSync`.
 */
import type { ErrorCode, FieldError } from '../../core/errors.js';
import type { HttpErrorContext, VendorErrorDetails } from '../../core/pipeline.js';
import { scrubSecrets } from '../../internal/log.js';
import { ownValue } from '../../internal/own.js';

/** The documented plain-text bodies, copied exactly (final full stop included). */
export const EV_TEXT = {
  // The 200 replies of the four writes: the only bodies that mean the write was applied.
  guestAdded: 'User added successfully.',
  guestRemoved: 'User removed successfully.',
  ticketCreated: 'Ticket created successfully.',
  ticketRemoved: 'Ticket removed successfully.',
  // Errors.
  missingHeaders: 'The request must include x-api-key, x-client-id, x-event-id, and x-timestamp headers.',
  missingEmailBody: 'The request must include userEmail in the body.',
  missingEmailAndTypeBody: 'The request must include userEmail and ticketType in the body.',
  missingEmailQuery: 'The request must include userEmail as a query parameter.',
  missingTypeQuery: 'The request must include ticketType as a query parameter.',
  invalidApiKey: 'Invalid API key.',
  clientNotFound: 'Client not found.',
  eventNotFound: 'Event not found.',
  guestNotFound: 'User is not registered for the event.',
  ticketNotFound: 'Ticket not found for the user.',
  timestampWindow: 'Request timestamp is outside the allowed 5-minute window.',
  guestExists: 'User is already registered for the event.',
} as const;

/** The 5-minute window of `x-timestamp` (documented). */
export const EV_TIMESTAMP_WINDOW_MS = 5 * 60 * 1000;

interface KnownError {
  code: ErrorCode;
  vendorCode: string;
  fields?: FieldError[];
  hint?: string;
}

const KNOWN: Record<string, KnownError> = {
  [EV_TEXT.missingHeaders]: {
    code: 'validation',
    vendorCode: 'missing_headers',
    fields: ['x-api-key', 'x-client-id', 'x-event-id', 'x-timestamp'].map((field) => ({ field, message: 'required header' })),
    hint: 'ticketkit always sends all four; a proxy may have stripped one',
  },
  [EV_TEXT.missingEmailBody]: {
    code: 'validation',
    vendorCode: 'missing_field',
    fields: [{ field: 'userEmail', message: 'required in the body' }],
  },
  [EV_TEXT.missingEmailAndTypeBody]: {
    code: 'validation',
    vendorCode: 'missing_field',
    fields: [
      { field: 'userEmail', message: 'required in the body' },
      { field: 'ticketType', message: 'required in the body' },
    ],
  },
  [EV_TEXT.missingEmailQuery]: {
    code: 'validation',
    vendorCode: 'missing_field',
    fields: [{ field: 'userEmail', message: 'required query parameter' }],
  },
  [EV_TEXT.missingTypeQuery]: {
    code: 'validation',
    vendorCode: 'missing_field',
    fields: [{ field: 'ticketType', message: 'required query parameter' }],
  },
  // 403, but a bad credential: `AuthenticationError`.
  [EV_TEXT.invalidApiKey]: { code: 'unauthorized', vendorCode: 'invalid_api_key', hint: 'check `apiKey`' },
  // `not_found` with `vendorCode: 'client_not_found'` (a configuration error: check `clientId`). The ensure helpers match on the vendorCode, so it is never taken for "already gone".
  [EV_TEXT.clientNotFound]: {
    code: 'not_found',
    vendorCode: 'client_not_found',
    hint: 'a configuration error: check `clientId`',
  },
  [EV_TEXT.eventNotFound]: {
    code: 'not_found',
    vendorCode: 'event_not_found',
    hint: 'the event id is not an event of this client; check `eventId`',
  },
  [EV_TEXT.guestNotFound]: { code: 'not_found', vendorCode: 'guest_not_found' },
  [EV_TEXT.ticketNotFound]: { code: 'not_found', vendorCode: 'ticket_not_found' },
  [EV_TEXT.guestExists]: { code: 'conflict', vendorCode: 'guest_exists' },
};

/**
 * The smallest change of the estimated clock offset that counts as "learned something new". The `Date`
 * header has one-second precision and the estimate also absorbs network latency; a skew the vendor rejects is
 * at least 5 minutes, so anything between a few seconds and 5 minutes separates the two cases.
 */
export const CLOCK_OFFSET_MIN_CHANGE_MS = 5_000;

/**
 * The client's view of the server clock: `x-timestamp` is `clock() + offsetMs`, taken when each attempt is sent.
 * A 408 with a `Date` header teaches the offset; the failed attempt is retried once, only when the offset
 * just changed (a second 408 with the same estimate is not retried).
 */
export class ClockSync {
  offsetMs = 0;

  constructor(readonly clock: () => number) {}

  /** The `x-timestamp` value for an attempt sent now. */
  timestamp(): string {
    return String(Math.round(this.clock() + this.offsetMs));
  }

  /** Learns the offset from a 408's `Date` header. Returns whether it changed (then the attempt may be retried). */
  learn(dateHeader: string | null): { changed: boolean; estimateMs: number | null } {
    if (!dateHeader) return { changed: false, estimateMs: null };
    const serverMs = Date.parse(dateHeader);
    const local = this.clock();
    if (Number.isNaN(serverMs) || !Number.isFinite(local)) return { changed: false, estimateMs: null };
    const estimateMs = serverMs - local;
    if (Math.abs(estimateMs - this.offsetMs) < CLOCK_OFFSET_MIN_CHANGE_MS) return { changed: false, estimateMs };
    this.offsetMs = estimateMs;
    return { changed: true, estimateMs };
  }
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split('?')[0] ?? url;
  }
}

function describeSkew(ms: number): string {
  const seconds = Math.round(Math.abs(ms) / 1000);
  return `${seconds} s ${ms > 0 ? 'behind' : 'ahead of'} the server`;
}

/** The longest excerpt of an unrecognized error body kept in a message (the whole body stays in `raw`). */
const MESSAGE_EXCERPT_CHARS = 300;

/**
 * Maps a non-2xx Event Vault response. Never throws, never parses JSON (error bodies are plain text). `secrets` are
 * removed from the body before it is cut to an excerpt: cutting first could keep the start of an echoed key, which
 * no later scrubbing recognizes.
 */
export function mapEventVaultError(ctx: HttpErrorContext, clock: ClockSync, secrets: readonly string[] = []): VendorErrorDetails {
  const text = scrubSecrets(ctx.text, secrets).trim();
  const where = `${ctx.method} ${pathOf(ctx.url)}`;
  const quoted = text ? `: ${text.slice(0, MESSAGE_EXCERPT_CHARS)}` : '';

  if (ctx.status === 408) {
    const { changed, estimateMs } = clock.learn(ctx.headers.get('date'));
    const skew = estimateMs === null ? '' : ` This host's clock is about ${describeSkew(estimateMs)}.`;
    const action = changed
      ? ' ticketkit now corrects this client\'s timestamps by the offset of the server `Date` header (the failed attempt is retried once when retries are allowed); fix the system clock of this host (enable NTP).'
      : ' Fix the system clock of this host (enable NTP); the request is not retried blindly.';
    return {
      code: 'clock_skew',
      vendorCode: 'timestamp_out_of_window',
      message: `Event Vault rejected ${where}: the x-timestamp is outside its 5-minute window (clock skew, not a network timeout).${skew}${action}`,
      transient: changed,
      notProcessed: changed ? true : undefined,
      // The retry fixes the timestamp, not a load problem: no backoff needed.
      retryAfterMs: changed ? 0 : null,
    };
  }
  if (ctx.status === 429) {
    // Not documented (docs/vendors/event-vault.md, "Errors and rate limits"): handled like any rate limit.
    return { code: 'rate_limited', message: `Event Vault rate-limited ${where}${quoted}.` };
  }
  if (ctx.status >= 500) {
    return { code: 'server', message: `Event Vault failed on ${where} (${ctx.status})${quoted}` };
  }
  const known = ownValue(KNOWN, text);
  if (known) {
    return {
      code: known.code,
      vendorCode: known.vendorCode,
      fields: known.fields ?? [],
      message: `Event Vault answered ${ctx.status} to ${where}: ${text}${known.hint ? ` (${known.hint})` : ''}`,
    };
  }
  return { message: `Event Vault answered ${ctx.status} to ${where}${quoted}` };
}
