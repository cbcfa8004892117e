/** Checks of wire values, shared by handlers (→ 400 `validation_error`) and seed builders (→ `ValidationError`). */
import { normalizeCurrency } from '../../../core/money.js';
import { EQ_CURRENCY_LOWERCASE_ONLY } from './wire.js';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO-8601 instant with `Z` or an offset, as UTC with `Z` (whole seconds without `.000`), or `null`. */
export function isoInstant(value: unknown): string | null {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().replace('.000Z', 'Z');
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

/** A wire currency (lowercase ISO-4217, Gaps #29), or `null` when it is not one. */
export function wireCurrency(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (EQ_CURRENCY_LOWERCASE_ONLY && value !== value.toLowerCase()) return null;
  const code = normalizeCurrency(value);
  return code === null ? null : code.toLowerCase();
}

export function isNonNegativeInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
