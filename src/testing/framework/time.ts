/** Time helpers of the emulators (apart from the SDK's own, like `money.ts`). */

/** Milliseconds since the epoch as ISO-8601 UTC, whole seconds without `.000`: `2026-01-01T00:00:00Z`. */
export function isoUtc(ms: number): string {
  const text = new Date(ms).toISOString();
  return text.endsWith('.000Z') ? `${text.slice(0, -5)}Z` : text;
}

/** Milliseconds since the epoch of an ISO-8601 instant with `Z` or an offset, or `null`. */
export function parseInstant(value: string): number | null {
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(value.trim())) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}
