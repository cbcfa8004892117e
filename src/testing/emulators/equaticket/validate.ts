/** Checks of wire values, shared by handlers (→ 400 `validation_error`) and seed builders (→ `ValidationError`). */
import { isoUtc, parseInstant } from '../../framework/index.js';
import { isLowercaseCurrency } from './currencies.js';
import { EQ_CURRENCY_LOWERCASE_ONLY_GUESS } from './guesses.js';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO-8601 instant with `Z` or an offset, as UTC with `Z` (whole seconds without `.000`), or `null`. */
export function isoInstant(value: unknown): string | null {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return null;
  const ms = parseInstant(value);
  return ms === null ? null : isoUtc(ms);
}

const zoneCache = new Map<string, boolean>();
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  let known = zoneCache.get(value);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: value });
      known = true;
    } catch {
      known = false;
    }
    zoneCache.set(value, known);
  }
  return known;
}

/** A wire currency (documented: lowercase ISO 4217; whether uppercase is refused is a guess), or `null`. */
export function wireCurrency(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (EQ_CURRENCY_LOWERCASE_ONLY_GUESS && value !== value.toLowerCase()) return null;
  const code = value.toLowerCase();
  return isLowercaseCurrency(code) ? code : null;
}

export function isNonNegativeInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** JSON with sorted keys (an idempotency fingerprint: the same parameters in another key order are the same). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}
