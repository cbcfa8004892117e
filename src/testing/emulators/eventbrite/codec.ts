/**
 * The Eventbrite emulator's own small helpers (it shares no code with the adapter, see docs/vendors/eventbrite.md,
 * "Emulator: rules and guesses"): ISO 4217 codes, the opaque continuation token encoding, and a listing fingerprint.
 */

/** ISO 4217 currency codes, from the runtime's ICU data (not from the SDK's own table). */
const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** The upper-case ISO 4217 code of `value`, or `null` when it is not one. Eventbrite sends codes in upper case. */
export function currencyCode(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const code = value.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) && CURRENCIES.has(code) ? code : null;
}

/** base64url without padding (continuation tokens: Eventbrite's own are base64 of a small JSON object). */
export function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The text of a base64url token, or `null` when it is not one. */
export function fromBase64Url(token: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) return null;
  try {
    const binary = atob(token.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** A short, stable fingerprint of a listing (path and filters), so a token only resumes the listing it came from. */
export function fingerprint(text: string): string {
  // djb2, 32-bit: collisions only matter between two listings of one test, which is good enough here.
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 33) + text.charCodeAt(i)) >>> 0;
  return hash.toString(36);
}
