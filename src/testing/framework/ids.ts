/** Deterministic id formats for emulators. */

/**
 * A UUID-shaped id (version 4, variant 8 nibbles) made of a kind number and a counter, so ids are
 * sequential, sortable as strings, and distinct per kind:
 * `sequentialUuid(1, 42)` → `00000001-0000-4000-8000-00000000002a`.
 */
export function sequentialUuid(kind: number, n: number): string {
  return `${hex(kind, 8)}-0000-4000-8000-${hex(n, 12)}`;
}

function hex(value: number, width: number): string {
  return value.toString(16).padStart(width, '0');
}

/** A zero-padded decimal, e.g. `padded(7, 6)` → `"000007"`. */
export function padded(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
