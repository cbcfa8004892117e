/**
 * HMAC-SHA256 through Web Crypto (`crypto.subtle`), so `ticketkit/webhooks` runs on Node 20 and on any runtime that
 * has it (Deno, Bun, workers), and a constant-time comparison of the result with what a delivery claims.
 */
import { ConfigError } from '../core/errors.js';

const encoder = new TextEncoder();

function subtle(): SubtleCrypto {
  const api = (globalThis as { crypto?: Crypto }).crypto?.subtle;
  if (api === undefined) {
    throw new ConfigError({ message: 'ticketkit/webhooks needs Web Crypto (globalThis.crypto.subtle): Node 20+, Deno, Bun and workers have it.' });
  }
  return api;
}

/** The HMAC-SHA256 of `message` with `secret` (its UTF-8 bytes), as raw bytes. */
export async function hmacSha256(secret: string, message: Uint8Array): Promise<Uint8Array> {
  const key = await subtle().importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await subtle().sign('HMAC', key, message as Uint8Array<ArrayBuffer>));
}

/** `a` and `b` joined (the `"<t>."` prefix and the body, without decoding the body to text). */
export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Lowercase or uppercase hex → bytes; `null` when it is not an even number of hex digits. */
export function hexToBytes(hex: string): Uint8Array | null {
  if (hex.length === 0 || hex.length % 2 !== 0 || !/^[0-9a-fA-F]+$/.test(hex)) return null;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/**
 * Whether two byte strings are equal, in time that depends only on their length (never on where they first differ),
 * so a forger learns nothing from how long a refusal took. The length of an HMAC is public.
 */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}
