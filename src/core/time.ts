/** Time helpers for normalizers: every instant leaves the SDK as ISO-8601 UTC with a `Z`. */

/**
 * An ISO-8601 instant (with `Z` or an offset) as UTC ISO with `Z`; `null` for missing or unparseable input.
 * A string without zone is *not* accepted here (its zone is the vendor's business: see `utcFromNaive`).
 */
export function toUtcInstant(value: string | null | undefined): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const text = value.trim();
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(text)) return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().replace('.000Z', 'Z');
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
