/**
 * The wire values every Event Schedule record carries, read on the hot path of a listing without a regex, a `Date`,
 * BigInt or a closure (docs/vendors/event-schedule.md, "Speed"): the vendor's timestamp forms, decimal amounts and
 * plain ids. Each fast path returns exactly what the general helper in src/core would return for the values it
 * takes, and hands anything else to that helper (a test compares them).
 */
import { toMinorUnits } from '../../core/money.js';
import { toUtcInstant, utcFromNaive } from '../../core/time.js';
import { composeId } from '../../internal/ids.js';

const ZERO = 48;

function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = text.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether `text` starts with a real `YYYY-MM-DD?HH:MM:SS` (any separator `sep` between date and time): a day that
 * exists, hours 00-23, minutes and seconds 00-59.
 */
function isWallClock(text: string, sep: number): boolean {
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== sep) return false;
  if (text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return false;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return false;
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
}

const T = 84;
const SPACE = 32;
const Z = 90;

/**
 * A vendor timestamp (ISO with `+00:00` as the API sends it, `Z`, another offset, or a naive `Y-m-d H:i:s` the
 * vendor documents as UTC) as UTC ISO with `Z`, or `null`. Same result as `toUtcInstant(v) ?? utcFromNaive(v)`.
 */
export function instantOf(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  if (value.length === 25 && value.endsWith('+00:00') && isWallClock(value, T)) return `${value.slice(0, 19)}Z`;
  if (value.length === 20 && value.charCodeAt(19) === Z && isWallClock(value, T)) return value;
  if (value.trim() === '') return null;
  return toUtcInstant(value) ?? utcFromNaive(value);
}

/**
 * A naive `Y-m-d H:i:s` the vendor documents as UTC (an event's `starts_at`) as UTC ISO with `Z`, or `null`. Same
 * result as `utcFromNaive(v)`.
 */
export function naiveUtcInstant(value: string): string | null {
  return plainNaiveUtc(value) ?? utcFromNaive(value);
}

/** The common `Y-m-d H:i:s` form of a naive UTC time as UTC ISO with `Z`; `null` for any other text. */
export function plainNaiveUtc(value: string): string | null {
  return value.length === 19 && isWallClock(value, SPACE) ? `${value.slice(0, 10)}T${value.slice(11)}Z` : null;
}

const POWERS_OF_TEN = [1, 10, 100, 1000, 10_000];

/** A decimal text of digits with at most one `.` and an optional sign, short enough to be read exactly by `Number`. */
function isShortDecimal(text: string): boolean {
  if (text.length === 0 || text.length > 15) return false;
  let dots = 0;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= ZERO && c <= ZERO + 9) digits++;
    else if (c === 46) dots++;
    else if (!(i === 0 && (c === 45 || c === 43))) return false;
  }
  return dots <= 1 && digits > 0;
}

/**
 * A decimal amount in major units (`"25.000"`, `19.99`) as integer minor units of a currency with `exponent` digits,
 * or `null`. Same result as core's `toMinorUnits(amount, currency)`: an amount that is a whole number of minor units
 * (every price the vendor stores) is converted with one multiplication; anything else (a third decimal to round, a
 * huge amount, an odd text) goes to `toMinorUnits`.
 */
export function minorUnits(amount: string | number, currency: string, exponent: number, warn: (message: string) => void): number | null {
  const scale = POWERS_OF_TEN[exponent];
  if (scale !== undefined) {
    // `toMinorUnits` reads a number through its 12 significant digits: below this bound, all of them are kept.
    const n = typeof amount === 'number' ? (Math.abs(amount) < 1e12 / scale ? amount : Number.NaN) : isShortDecimal(amount) ? Number(amount) : Number.NaN;
    const scaled = n * scale;
    const minor = Math.round(scaled);
    if (Math.abs(scaled - minor) < 1e-6 && Number.isSafeInteger(minor)) return minor === 0 ? 0 : minor;
  }
  return toMinorUnits(amount, currency, warn);
}

/** Letters and digits only (a Sqids id, a unit number): a part `composeId` keeps as it is. */
function isPlainPart(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

/** `composeId(a, b)`, without its per-part regex for plain ids. */
export function joinId(a: string, b: string | number): string {
  return isPlainPart(a) && (typeof b === 'number' || isPlainPart(b)) ? `${a}:${b}` : composeId(a, b);
}
