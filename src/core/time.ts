/** Time helpers for normalizers: every instant leaves the SDK as ISO-8601 UTC with a `Z`. */

/**
 * An ISO-8601 instant (with `Z` or an offset) as UTC ISO with `Z`; `null` for missing or unparseable input.
 * A string without zone is *not* accepted here (its zone is the vendor's business: see `utcFromNaive`).
 */
const CANONICAL_UTC = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\dZ$/;

/** Whether the `YYYY-MM-DD` that starts `value` exists (no February 30th). */
export function isRealDay(value: string): boolean {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month === 2) return day <= ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28);
  return day <= (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}

export function toUtcInstant(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  // Fast path (hot in big listings): already canonical; only the calendar day needs checking.
  if (CANONICAL_UTC.test(value)) return isRealDay(value) ? value : null;
  const text = value.trim();
  if (text === '') return null;
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(text)) return null;
  const ms = Date.parse(text);
  if (Number.isNaN(ms) || (/^\d{4}-\d{2}-\d{2}/.test(text) && !isRealDay(text))) return null;
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** A zone-less `YYYY-MM-DD[ T]HH:mm[:ss]` that the vendor documents as UTC, as UTC ISO with `Z`. */
export function utcFromNaive(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(:\d{2})?(\.\d+)?$/.exec(value.trim());
  if (!match) return toUtcInstant(value);
  return toUtcInstant(`${match[1]}T${match[2]}${match[3] ?? ':00'}Z`);
}

/** Milliseconds since the epoch as UTC ISO with `Z` (whole seconds shown without `.000`). */
export function isoFromMs(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
