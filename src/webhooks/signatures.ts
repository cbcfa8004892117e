/**
 * The signature schemes: Event Schedule's (documented in its open-source code) and Equaticket's (not documented:
 * every part of it is a guess, each in one `..._GUESS` constant, listed in docs/webhooks.md). Each check computes the
 * HMAC for every configured secret and compares it in constant time with every signature the header carries, so a
 * rotation can overlap on either side.
 */
import { ConfigError, WebhookVerificationError, type ProviderId } from '../core/errors.js';
import type { HeaderLookup } from './body.js';
import { concatBytes, hexToBytes, hmacSha256, timingSafeEqual, utf8 } from './crypto.js';
import type { EquaticketSignatureScheme } from './types.js';

/** Event Schedule's signature header: `sha256=<hex HMAC-SHA256 of the raw body>` (docs/webhooks.md, "Event Schedule"). */
export const EVENT_SCHEDULE_SIGNATURE_HEADER = 'X-Webhook-Signature';
/** Event Schedule's event type header (not signed; the signed body's `event` wins). */
export const EVENT_SCHEDULE_EVENT_HEADER = 'X-Webhook-Event';

/** Guess (docs/webhooks.md, "Equaticket: the signature is a guess"): the header name; Equaticket copies Stripe's conventions. */
export const EQUATICKET_SIGNATURE_HEADER_GUESS = 'Equaticket-Signature';
/**
 * Guess (docs/webhooks.md, "Equaticket: the signature is a guess"): `t=<unix seconds>,v1=<hex>` with one or more `v1`
 * entries, each the hex HMAC-SHA256 of `"<t>.<raw body>"`.
 */
export const EQUATICKET_SIGNATURE_SCHEME_GUESS: EquaticketSignatureScheme = 'timestamp-v1';
/** Guess (docs/webhooks.md, "Equaticket: the signature is a guess"): how far `t` may be from now, either way. */
export const EQUATICKET_TOLERANCE_SECONDS_GUESS = 300;

/** The configured secrets, checked: at least one, each a non-empty string. The message never shows a secret. */
export function secretsOf(provider: ProviderId, secret: unknown): string[] {
  const list = typeof secret === 'string' ? [secret] : Array.isArray(secret) ? (secret as unknown[]) : null;
  const valid = list !== null && list.length > 0 && list.every((s) => typeof s === 'string' && s.trim() !== '');
  if (!valid) {
    const got = secret === undefined ? 'none' : list === null ? `a ${typeof secret}` : list.length === 0 ? 'an empty array' : 'an empty or non-string entry';
    throw new ConfigError({
      provider,
      message: `verifyWebhook for ${provider} needs the subscription's signing secret: secret must be a non-empty string or an array of them (several during a rotation), got ${got}.`,
    });
  }
  return list as string[];
}

function refuse(provider: ProviderId, header: string, bytes: Uint8Array, reason: 'missing_signature' | 'malformed_signature' | 'signature_mismatch', detail: string): WebhookVerificationError {
  return new WebhookVerificationError({ provider, reason, header, bodyBytes: bytes.length, message: `Webhook refused: ${detail}.` });
}

/** Whether any secret's HMAC of `message` equals any of `signatures` (all compared, in constant time each). */
async function anyMatch(secrets: readonly string[], message: Uint8Array, signatures: readonly Uint8Array[]): Promise<boolean> {
  let matched = false;
  for (const secret of secrets) {
    const expected = await hmacSha256(secret, message);
    for (const signature of signatures) if (timingSafeEqual(expected, signature)) matched = true;
  }
  return matched;
}

/** The header's value, or a `missing_signature` refusal. */
function requiredHeader(provider: ProviderId, header: HeaderLookup, name: string, bytes: Uint8Array): string {
  const value = header(name);
  if (value === null || value.trim() === '') throw refuse(provider, name, bytes, 'missing_signature', `no ${name} header (is this request from ${provider}, and is the header name right?)`);
  return value.trim();
}

/** `<name>: sha256=<hex>`: the HMAC-SHA256 of the raw body (Event Schedule; Equaticket's second guess). */
export async function verifySha256Body(provider: ProviderId, header: HeaderLookup, name: string, bytes: Uint8Array, secrets: readonly string[]): Promise<void> {
  const value = requiredHeader(provider, header, name, bytes);
  const signatures: Uint8Array[] = [];
  for (const part of value.split(',')) {
    const match = /^sha256=([0-9a-fA-F]+)$/.exec(part.trim());
    const decoded = match ? hexToBytes(match[1]!) : null;
    if (decoded !== null) signatures.push(decoded);
  }
  if (signatures.length === 0) throw refuse(provider, name, bytes, 'malformed_signature', `the ${name} header is not "sha256=<hex>"`);
  if (!(await anyMatch(secrets, bytes, signatures))) {
    throw refuse(provider, name, bytes, 'signature_mismatch', `the ${name} signature does not match the body with any configured secret (a modified body, or the wrong secret)`);
  }
}

/** The `t` and `v1` entries of a `t=<unix seconds>,v1=<hex>[,v1=<hex>]` header; other entries (`v0=`) are ignored. */
function timestampEntries(value: string): { t: number | null; v1: Uint8Array[] } {
  let t: number | null = null;
  let timestamps = 0;
  const v1: Uint8Array[] = [];
  for (const part of value.split(',')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const key = part.slice(0, at).trim();
    const text = part.slice(at + 1).trim();
    if (key === 't') {
      timestamps++;
      t = /^\d{1,12}$/.test(text) ? Number(text) : null;
    } else if (key === 'v1') {
      const decoded = hexToBytes(text);
      if (decoded !== null) v1.push(decoded);
    }
  }
  return { t: timestamps === 1 ? t : null, v1 };
}

/**
 * `<name>: t=<unix seconds>,v1=<hex>…` over `"<t>.<raw body>"` (Equaticket's guessed default), then `t` within
 * `toleranceSeconds` of `nowMs` (0: not checked). Returns `t` in milliseconds.
 */
export async function verifyTimestampV1(
  provider: ProviderId,
  header: HeaderLookup,
  name: string,
  bytes: Uint8Array,
  secrets: readonly string[],
  toleranceSeconds: number,
  nowMs: number,
): Promise<number> {
  const value = requiredHeader(provider, header, name, bytes);
  const { t, v1 } = timestampEntries(value);
  if (t === null || v1.length === 0) throw refuse(provider, name, bytes, 'malformed_signature', `the ${name} header is not "t=<unix seconds>,v1=<hex>"`);
  if (!(await anyMatch(secrets, concatBytes(utf8(`${t}.`), bytes), v1))) {
    throw refuse(provider, name, bytes, 'signature_mismatch', `no v1 signature in ${name} matches the body with any configured secret (a modified body, or the wrong secret)`);
  }
  assertWithinTolerance(provider, name, bytes, t * 1000, toleranceSeconds, nowMs);
  return t * 1000;
}

/** Refuses a signed time further than `toleranceSeconds` from `nowMs` either way (a replay, or a skewed clock). */
export function assertWithinTolerance(provider: ProviderId, name: string | null, bytes: Uint8Array, signedAtMs: number, toleranceSeconds: number, nowMs: number): void {
  if (toleranceSeconds === 0) return;
  const skewSeconds = Math.round((nowMs - signedAtMs) / 1000);
  if (Math.abs(nowMs - signedAtMs) <= toleranceSeconds * 1000) return;
  throw new WebhookVerificationError({
    provider,
    reason: 'timestamp_out_of_tolerance',
    header: name,
    bodyBytes: bytes.length,
    message: `Webhook refused: its signed timestamp is ${Math.abs(skewSeconds)} s ${skewSeconds >= 0 ? 'old' : 'in the future'}, beyond the tolerance of ${toleranceSeconds} s (a replayed delivery, or a clock out of sync; toleranceSeconds sets it).`,
  });
}
