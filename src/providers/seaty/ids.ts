/**
 * Seaty ids as the SDK accepts them (docs/vendors/seaty.md, "Ids"). Seaty documents every id as an integer, so an
 * id is checked before anything is sent: a normalized id is a string of those digits; the native layer, which
 * speaks Seaty's own types, also takes the integer itself.
 */
import { InputProblem } from '../../core/input.js';
import { seg } from '../../internal/path.js';

/**
 * Seaty's documented id syntax: a non-negative integer, written in digits. The SDK reads ids as JavaScript numbers, so
 * an id above `Number.MAX_SAFE_INTEGER` cannot have come from Seaty through it and is refused too.
 */
export const SEATY_ID = {
  test: (text: string): boolean => /^\d+$/.test(text) && Number(text) <= Number.MAX_SAFE_INTEGER,
  description: 'a Seaty id: the digits of a non-negative integer (Seaty ids are integers)',
} as const;

/**
 * A normalized-layer id (`events.get(id)`, `orders.list({ eventId })`, ...): a string of digits, else an
 * `InputProblem` naming `field` (a `ValidationError` for the caller; nothing is sent). A number is refused too: the
 * normalized model's ids are strings.
 */
export function seatyId(value: unknown, field: string): string {
  return seg(value as string, field, SEATY_ID);
}

/**
 * A native-layer id, as a path segment: Seaty's integer itself (a non-negative safe integer, as the native payloads
 * carry it) or its digits as a string.
 */
export function nativeIdSeg(value: unknown, field: string): string {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new InputProblem(field, `expected ${SEATY_ID.description}, got ${value}`, value);
    }
    return String(value);
  }
  return seatyId(value, field);
}
