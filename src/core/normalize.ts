/** Helpers shared by every vendor's normalizer. */
import type { Money } from './money.js';
import { money, normalizeCurrency } from './money.js';

export interface NormalizeContext {
  /** Attach the vendor payload as `raw`. */
  raw: boolean;
  /** Reports a data problem (unknown currency, livemode mismatch) to the client's logger. */
  warn(message: string, data?: Record<string, unknown>): void;
}

/** Adds `raw` only when asked, so that output never carries an `undefined` member. */
export function withRaw<T extends object>(entity: T, payload: unknown, ctx: NormalizeContext): T {
  return ctx.raw ? { ...entity, raw: payload } : entity;
}

/** `money()` that warns once per object when the currency is unknown. */
export function moneyOrWarn(
  amount: number | null | undefined,
  currency: string | null | undefined,
  ctx: NormalizeContext,
  where: string,
): Money | null {
  if (amount === null || amount === undefined) return null;
  if (normalizeCurrency(currency) === null) {
    ctx.warn(`unknown currency ${JSON.stringify(currency ?? null)} on ${where}: amount left null`);
    return null;
  }
  return money(amount, currency);
}

/** Maps a vendor status through a table; an unknown value maps to `'unknown'` and is kept as `statusRaw`. */
export function mapStatus<S extends string>(
  raw: string | null | undefined,
  table: Record<string, S>,
  fallback: S,
): { status: S; statusRaw: string | null } {
  const statusRaw = typeof raw === 'string' ? raw : null;
  if (statusRaw === null) return { status: fallback, statusRaw };
  return { status: table[statusRaw.toLowerCase()] ?? fallback, statusRaw };
}

/** `undefined` → `null` (for optional wire fields). */
export function nil<T>(value: T | null | undefined): T | null {
  return value === undefined ? null : value;
}
